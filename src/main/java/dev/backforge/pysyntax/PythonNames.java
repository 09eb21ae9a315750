package dev.backforge.pysyntax;

import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Where the names that annotations of the python-fastapi stack may use come from: builtins need no import, the rest
 * come from the standard library or from the stack's libraries.
 */
public final class PythonNames {

    public static final Set<String> BUILTIN_TYPES = Set.of("str", "int", "float", "bool", "bytes", "bytearray",
            "list", "dict", "set", "frozenset", "tuple", "object", "type", "complex", "None", "range", "memoryview");

    public static final Set<String> BUILTIN_EXCEPTIONS = Set.of("BaseException", "Exception", "ArithmeticError",
            "AssertionError", "AttributeError", "BufferError", "ConnectionError", "EOFError", "FileNotFoundError",
            "ImportError", "IndexError", "KeyError", "LookupError", "MemoryError", "NotImplementedError", "OSError",
            "OverflowError", "PermissionError", "RecursionError", "ReferenceError", "RuntimeError", "TimeoutError",
            "TypeError", "UnicodeError", "ValueError", "ZeroDivisionError");

    /** Python's hard keywords: never a name in code, so a field called so is aliased. */
    public static final Set<String> KEYWORDS = Set.of("False", "None", "True", "and", "as", "assert", "async", "await",
            "break", "class", "continue", "def", "del", "elif", "else", "except", "finally", "for", "from", "global",
            "if", "import", "in", "is", "lambda", "nonlocal", "not", "or", "pass", "raise", "return", "try", "while",
            "with", "yield");

    /**
     * Names a generated table class inherits from SQLAlchemy's declarative base (its MetaData and registry): a column
     * called so gets another attribute name, and the class attribute of the same name is still there to be read.
     */
    public static final Set<String> TABLE_MEMBERS = Set.of("metadata", "registry");

    /**
     * Every public attribute of Pydantic's BaseModel: a field must not shadow one (a warning at import, an error for
     * mypy).
     */
    public static final Set<String> MODEL_MEMBERS = Set.of("construct", "copy", "dict", "from_orm", "json",
            "model_computed_fields", "model_config", "model_construct", "model_copy", "model_dump", "model_dump_json",
            "model_extra", "model_fields", "model_fields_set", "model_json_schema", "model_parametrized_name",
            "model_post_init", "model_rebuild", "model_validate", "model_validate_json", "model_validate_strings",
            "parse_file", "parse_obj", "parse_raw", "schema", "schema_json", "update_forward_refs", "validate");

    /**
     * Class names the generated code imports from its libraries (FastAPI, Starlette, Pydantic, SQLAlchemy, typing):
     * an architecture's class of the same name is imported under another name where both meet.
     */
    public static final Set<String> LIBRARY_CLASSES = Set.of("APIRouter", "FastAPI", "Query", "Path", "Header",
            "Depends", "Request", "Response", "JSONResponse", "HTTPException", "HTTPBearer",
            "HTTPAuthorizationCredentials", "Field", "ConfigDict", "AliasChoices", "BaseModel", "BaseSettings",
            "SettingsConfigDict", "Table", "Column", "MetaData", "ForeignKey", "UniqueConstraint", "CheckConstraint",
            "Mapped", "DeclarativeBase", "AsyncSession", "IntegrityError", "Annotated", "Any", "Enum", "CryptContext",
            "BaseHTTPMiddleware", "RequestValidationError", "CORSMiddleware", "ASGIApp", "Receive", "Scope", "Send");

    /** Python 3 builtins a module may use without defining or importing them. */
    public static final Set<String> BUILTINS = builtins();

    /** Name to the module it is imported from. */
    private static final Map<String, String> SOURCES = Map.ofEntries(
            Map.entry("Any", "typing"), Map.entry("Optional", "typing"), Map.entry("Union", "typing"),
            Map.entry("Literal", "typing"), Map.entry("Annotated", "typing"), Map.entry("ClassVar", "typing"),
            Map.entry("Final", "typing"), Map.entry("TypeAlias", "typing"), Map.entry("Self", "typing"),
            Map.entry("AsyncIterator", "collections.abc"), Map.entry("AsyncGenerator", "collections.abc"),
            Map.entry("AsyncIterable", "collections.abc"), Map.entry("Iterator", "collections.abc"),
            Map.entry("Generator", "collections.abc"), Map.entry("Iterable", "collections.abc"),
            Map.entry("Sequence", "collections.abc"), Map.entry("Mapping", "collections.abc"),
            Map.entry("MutableMapping", "collections.abc"), Map.entry("Callable", "collections.abc"),
            Map.entry("Awaitable", "collections.abc"), Map.entry("Coroutine", "collections.abc"),
            Map.entry("datetime", "datetime"), Map.entry("date", "datetime"), Map.entry("time", "datetime"),
            Map.entry("timedelta", "datetime"), Map.entry("timezone", "datetime"), Map.entry("UUID", "uuid"),
            Map.entry("Decimal", "decimal"), Map.entry("Path", "pathlib"),
            Map.entry("IPv4Address", "ipaddress"), Map.entry("IPv6Address", "ipaddress"),
            Map.entry("EmailStr", "pydantic"), Map.entry("SecretStr", "pydantic"), Map.entry("SecretBytes", "pydantic"),
            Map.entry("HttpUrl", "pydantic"), Map.entry("AnyUrl", "pydantic"), Map.entry("AnyHttpUrl", "pydantic"),
            Map.entry("PostgresDsn", "pydantic"), Map.entry("RedisDsn", "pydantic"), Map.entry("Json", "pydantic"),
            Map.entry("PositiveInt", "pydantic"), Map.entry("NonNegativeInt", "pydantic"),
            Map.entry("PositiveFloat", "pydantic"), Map.entry("NonNegativeFloat", "pydantic"),
            Map.entry("AwareDatetime", "pydantic"), Map.entry("NaiveDatetime", "pydantic"),
            Map.entry("IPvAnyAddress", "pydantic"), Map.entry("BaseModel", "pydantic"),
            Map.entry("AsyncSession", "sqlalchemy.ext.asyncio"), Map.entry("AsyncEngine", "sqlalchemy.ext.asyncio"),
            Map.entry("Request", "fastapi"), Map.entry("Response", "fastapi"), Map.entry("UploadFile", "fastapi"),
            Map.entry("BackgroundTasks", "fastapi"), Map.entry("Redis", "redis.asyncio"));

    /** Modules an annotation may name directly ({@code datetime.date}, {@code uuid.UUID}). */
    private static final Set<String> MODULES = Set.of("datetime", "uuid", "decimal", "typing", "collections",
            "pathlib", "ipaddress", "enum");

    /** Standard library modules, for grouping imports. */
    private static final Set<String> STDLIB = Set.of("typing", "collections", "datetime", "uuid", "decimal",
            "pathlib", "ipaddress", "enum", "logging", "functools", "contextlib", "asyncio", "json", "re", "os",
            "secrets", "hashlib", "hmac", "time", "math", "dataclasses", "abc", "builtins", "__future__");

    private PythonNames() {
    }

    public static Optional<String> sourceOf(String name) {
        return Optional.ofNullable(SOURCES.get(name));
    }

    public static boolean isKnown(String name) {
        return BUILTIN_TYPES.contains(name) || SOURCES.containsKey(name) || MODULES.contains(name);
    }

    public static boolean isModule(String name) {
        return MODULES.contains(name) && !SOURCES.containsKey(name);
    }

    public static boolean isStandardLibrary(String module) {
        return STDLIB.contains(module.split("\\.")[0]);
    }

    private static Set<String> builtins() {
        Set<String> all = new HashSet<>(BUILTIN_TYPES);
        all.addAll(BUILTIN_EXCEPTIONS);
        all.addAll(Set.of("abs", "all", "any", "ascii", "bin", "breakpoint", "callable", "chr", "classmethod",
                "compile", "delattr", "dir", "divmod", "enumerate", "eval", "exec", "filter", "format", "getattr",
                "globals", "hasattr", "hash", "help", "hex", "id", "input", "isinstance", "issubclass", "iter", "len",
                "locals", "map", "max", "min", "next", "oct", "open", "ord", "pow", "print", "property", "repr",
                "reversed", "round", "setattr", "slice", "sorted", "staticmethod", "sum", "super", "vars", "zip",
                "aiter", "anext", "True", "False", "NotImplemented", "Ellipsis", "__name__", "__file__", "__doc__",
                "__debug__", "__import__", "__build_class__", "__spec__", "__package__", "__loader__",
                "StopIteration", "StopAsyncIteration", "GeneratorExit", "KeyboardInterrupt", "SystemExit",
                "Warning", "DeprecationWarning", "UserWarning", "RuntimeWarning", "NameError", "SyntaxError",
                "IndentationError", "ModuleNotFoundError", "NotADirectoryError", "IsADirectoryError",
                "FileExistsError", "BlockingIOError", "BrokenPipeError", "ChildProcessError",
                "ConnectionAbortedError", "ConnectionRefusedError", "ConnectionResetError", "InterruptedError",
                "ProcessLookupError", "UnboundLocalError", "UnicodeDecodeError", "UnicodeEncodeError",
                "FloatingPointError", "EnvironmentError", "IOError", "ExceptionGroup", "BaseExceptionGroup"));
        return Set.copyOf(all);
    }
}
