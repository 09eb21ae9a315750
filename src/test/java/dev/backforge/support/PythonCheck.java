package dev.backforge.support;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The independent judge of generated Python (src/test/resources/pycheck/pycheck.py): CPython's compiler, pyflakes,
 * mypy against the real libraries, and an import of every module, in an environment that holds those libraries.
 */
public final class PythonCheck {

    /** What generated code may import, and the judges. */
    public static final List<String> LIBRARIES = List.of("fastapi", "pydantic", "pydantic-settings",
            "sqlalchemy[asyncio]", "greenlet", "aiosqlite", "asyncpg", "email-validator", "passlib", "bcrypt", "pyjwt",
            "redis", "httpx", "alembic", "uvicorn", "pytest", "pytest-asyncio", "python-multipart", "mypy",
            "pyflakes");

    private static final Pattern SUMMARY = Pattern.compile("pycheck: (.*)$", Pattern.MULTILINE);

    /** The summary counters and the full output. */
    public record Result(Map<String, String> counts, String output) {
        public int count(String name) {
            return Integer.parseInt(counts.getOrDefault(name, "-1"));
        }

        public boolean clean() {
            return count("files") > 0 && count("syntax_errors") == 0 && count("pyflakes") == 0
                    && count("mypy_errors") == 0 && count("import_errors") == 0;
        }
    }

    private PythonCheck() {
    }

    public static Result run(Path dir) throws IOException, InterruptedException {
        PythonEnv env = PythonEnv.of(LIBRARIES);
        Path script = Files.createTempFile("pycheck", ".py");
        try (InputStream in = PythonCheck.class.getResourceAsStream("/pycheck/pycheck.py")) {
            Files.write(script, in.readAllBytes());
        }
        try {
            String output = env.run(List.of(script.toString(), dir.toAbsolutePath().toString()), dir, 900).output();
            Matcher m = SUMMARY.matcher(output);
            String last = null;
            while (m.find()) {
                last = m.group(1);
            }
            if (last == null) {
                throw new IllegalStateException("no summary from pycheck.py:\n" + output);
            }
            Map<String, String> counts = new LinkedHashMap<>();
            for (String pair : last.trim().split("\\s+")) {
                String[] kv = pair.split("=", 2);
                counts.put(kv[0], kv[1]);
            }
            return new Result(counts, output);
        } finally {
            Files.deleteIfExists(script);
        }
    }
}
