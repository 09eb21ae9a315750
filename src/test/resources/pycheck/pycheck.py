"""Judges a tree of generated Python with independent tools; changes nothing in the tree.

    python pycheck.py DIR

Run with the interpreter of an environment that holds the real libraries (FastAPI, Pydantic, SQLAlchemy, ...),
mypy and pyflakes. Stages: CPython's compiler on every file, pyflakes, mypy over the whole tree (the tree's own
configuration if it has one, else pydantic's plugin), then an import of every module. Prints each finding and a
last line:

    pycheck: files=N syntax_errors=N pyflakes=N mypy_errors=N import_errors=N
"""
import importlib
import os
import pathlib
import shutil
import subprocess
import sys
import tempfile
import traceback


def python_files(root):
    skip = {".venv", "venv", "__pycache__", ".mypy_cache", ".pytest_cache"}
    out = []
    for dirpath, dirnames, filenames in os.walk(root):
        dirnames[:] = sorted(d for d in dirnames if d not in skip and not d.startswith("."))
        for f in sorted(filenames):
            if f.endswith(".py"):
                out.append(os.path.relpath(os.path.join(dirpath, f), root))
    return out


def syntax(root, files):
    bad = 0
    for f in files:
        try:
            compile(pathlib.Path(root, f).read_text(encoding="utf-8"), f, "exec")
        except SyntaxError as e:
            bad += 1
            print(f"syntax: {f}:{e.lineno}: {e.msg}")
    return bad


def pyflakes(root, files):
    r = subprocess.run([sys.executable, "-m", "pyflakes", *files], cwd=root, capture_output=True, text=True)
    lines = [l for l in (r.stdout + r.stderr).splitlines() if l.strip()]
    for l in lines:
        print(f"pyflakes: {l}")
    return len(lines)


def has_own_mypy_config(root):
    p = pathlib.Path(root)
    if (p / "mypy.ini").exists() or (p / ".mypy.ini").exists():
        return True
    pyproject = p / "pyproject.toml"
    return pyproject.exists() and "[tool.mypy" in pyproject.read_text(encoding="utf-8")


MYPY = ["-m", "mypy", "--explicit-package-bases", "--namespace-packages", "--no-error-summary", "--no-color-output",
        "--hide-error-context"]

# what generated code imports: their analysis is most of a check's time, and the same in every tree
LIBRARIES = ["fastapi", "fastapi.security", "fastapi.testclient", "fastapi.middleware.cors", "starlette.exceptions",
             "pydantic", "pydantic_settings", "sqlalchemy", "sqlalchemy.orm", "sqlalchemy.ext.asyncio",
             "sqlalchemy.exc", "alembic", "alembic.config", "alembic.command", "pytest", "httpx", "jwt",
             "passlib.context", "redis.asyncio"]


def library_cache():
    """mypy's cache of the libraries alone, made once per environment.

    Each check starts from a copy: mypy reuses a cached module only while its source is unchanged, so the copy
    spares analysing the libraries again and cannot hide an error in the tree, whose modules it does not hold.
    """
    home = pathlib.Path(sys.prefix, "mypy-library-cache")
    if home.exists():
        return home
    work = tempfile.mkdtemp(dir=sys.prefix)
    probe = pathlib.Path(work, "libraries_probe.py")
    probe.write_text("".join(f"import {name}  # noqa: F401\n" for name in LIBRARIES))
    ini = pathlib.Path(work, "mypy.ini")
    ini.write_text("[mypy]\nplugins = pydantic.mypy\n")
    cache = pathlib.Path(work, "cache")
    subprocess.run([sys.executable, *MYPY, f"--cache-dir={cache}", "--config-file", str(ini), str(probe)],
                   cwd=work, capture_output=True, text=True)
    try:
        os.rename(cache, home)  # one at a time: a second maker finds it there and keeps its own copy out
    except OSError:
        pass
    shutil.rmtree(work, ignore_errors=True)
    return home if home.exists() else None


def mypy(root, files):
    with tempfile.TemporaryDirectory() as work:
        cache = pathlib.Path(work, "cache")
        libraries = library_cache()
        if libraries:
            shutil.copytree(libraries, cache)
        args = [sys.executable, *MYPY, f"--cache-dir={cache}"]
        if not has_own_mypy_config(root):
            ini = pathlib.Path(work, "mypy.ini")
            ini.write_text("[mypy]\nplugins = pydantic.mypy\n")
            args += ["--config-file", str(ini)]
        r = subprocess.run(args + files, cwd=root, capture_output=True, text=True)
    errors = [l for l in r.stdout.splitlines() if ": error:" in l]
    for l in errors:
        print(f"mypy: {l}")
    if r.returncode not in (0, 1):
        print(f"mypy: could not run: {r.stderr.strip()[-500:]}")
        return max(1, len(errors))
    return len(errors)


def imports(root, files):
    sys.path.insert(0, root)
    sys.dont_write_bytecode = True
    os.chdir(root)
    bad = 0
    for f in files:
        module = f[:-3].replace(os.sep, ".")
        if module.endswith(".__init__"):
            module = module[: -len(".__init__")]
        if module.startswith("migrations") or module.startswith("tests") or module == "conftest":
            continue  # run by alembic and pytest, not imported on their own
        try:
            importlib.import_module(module)
        except BaseException as e:  # whatever a module raises on import, it is broken
            bad += 1
            last = traceback.extract_tb(e.__traceback__)[-1] if e.__traceback__ else None
            where = f" ({os.path.basename(last.filename)}:{last.lineno})" if last else ""
            first = str(e).splitlines()[0] if str(e) else ""
            print(f"import: {module}: {type(e).__name__}: {first}{where}")
    return bad


def main():
    root = os.path.abspath(sys.argv[1])
    files = python_files(root)
    counts = {"files": len(files), "syntax_errors": syntax(root, files)}
    counts["pyflakes"] = pyflakes(root, files) if files else 0
    counts["mypy_errors"] = mypy(root, files) if files else 0
    counts["import_errors"] = imports(root, files)
    print("pycheck: " + " ".join(f"{k}={v}" for k, v in counts.items()))
    sys.exit(0 if files and all(v == 0 for k, v in counts.items() if k != "files") else 1)


if __name__ == "__main__":
    main()
