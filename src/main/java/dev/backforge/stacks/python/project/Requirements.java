package dev.backforge.stacks.python.project;

import dev.backforge.architecture.entity.Component;
import dev.backforge.pysyntax.PythonNames;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The distributions a generated project needs: those its modules import, those its components declare, and what
 * running and migrating it takes, each with a version range that matches the code Backforge writes.
 */
final class Requirements {

    private static final Pattern IMPORT = Pattern.compile("^\\s*(?:from|import)\\s+([A-Za-z_][A-Za-z0-9_]*)",
            Pattern.MULTILINE);

    /** Import name to the requirement that provides it (FastAPI from 0.121 for Depends(..., scope=...)). */
    private static final Map<String, String> BY_MODULE = Map.ofEntries(
            Map.entry("fastapi", "fastapi>=0.121,<1"),
            Map.entry("starlette", "fastapi>=0.121,<1"),
            Map.entry("pydantic", "pydantic>=2.6,<3"),
            Map.entry("pydantic_settings", "pydantic-settings>=2.2,<3"),
            Map.entry("sqlalchemy", "sqlalchemy[asyncio]>=2.0.25,<2.2"),
            Map.entry("alembic", "alembic>=1.13,<2"),
            Map.entry("jwt", "pyjwt>=2.8,<3"),
            Map.entry("passlib", "passlib[bcrypt]>=1.7.4,<2"),
            Map.entry("bcrypt", "bcrypt>=4.1,<6"),
            Map.entry("redis", "redis>=5,<9"),
            Map.entry("email_validator", "email-validator>=2.1,<3"),
            Map.entry("multipart", "python-multipart>=0.0.9,<1"),
            Map.entry("httpx", "httpx>=0.27,<1"));

    /** Declared pip names (lower case, without extras) to the requirement Backforge writes for them. */
    private static final Map<String, String> BY_NAME = Map.ofEntries(
            Map.entry("fastapi", "fastapi>=0.121,<1"),
            Map.entry("pydantic", "pydantic>=2.6,<3"),
            Map.entry("pydantic-settings", "pydantic-settings>=2.2,<3"),
            Map.entry("sqlalchemy", "sqlalchemy[asyncio]>=2.0.25,<2.2"),
            Map.entry("alembic", "alembic>=1.13,<2"),
            Map.entry("pyjwt", "pyjwt>=2.8,<3"),
            Map.entry("passlib", "passlib[bcrypt]>=1.7.4,<2"),
            Map.entry("bcrypt", "bcrypt>=4.1,<6"),
            Map.entry("redis", "redis>=5,<9"),
            Map.entry("email-validator", "email-validator>=2.1,<3"),
            Map.entry("uvicorn", "uvicorn>=0.27,<1"),
            Map.entry("httpx", "httpx>=0.27,<1"));

    /** Always: the server, the development database, PostgreSQL, migrations. */
    private static final List<String> RUNTIME = List.of("uvicorn>=0.27,<1", "aiosqlite>=0.19,<1",
            "asyncpg>=0.29,<1", "alembic>=1.13,<2");

    static final List<String> TEST = List.of("pytest>=8,<10", "pytest-asyncio>=0.23,<2", "httpx>=0.27,<1");

    private Requirements() {
    }

    /** Sorted by distribution name, one requirement per distribution. */
    static List<String> of(List<String> pythonSources, List<Component> components, List<String> localRoots) {
        Map<String, String> byDistribution = new TreeMap<>();
        RUNTIME.forEach(r -> add(byDistribution, r));
        for (String source : pythonSources) {
            Matcher m = IMPORT.matcher(source);
            while (m.find()) {
                String module = m.group(1);
                if (BY_MODULE.containsKey(module)) {
                    add(byDistribution, BY_MODULE.get(module));
                }
            }
            if (source.contains("EmailStr")) {
                add(byDistribution, BY_MODULE.get("email_validator"));
            }
        }
        for (Component c : components) {
            for (String declared : c.dependencies().external()) {
                String name = distribution(declared);
                if (name.isEmpty() || localRoots.contains(name) || PythonNames.isStandardLibrary(name)) {
                    continue;
                }
                add(byDistribution, BY_NAME.getOrDefault(name, declared.strip()));
            }
        }
        return List.copyOf(byDistribution.values());
    }

    private static void add(Map<String, String> byDistribution, String requirement) {
        byDistribution.putIfAbsent(distribution(requirement), requirement);
    }

    /** {@code passlib[bcrypt]>=1.7} gives {@code passlib}. */
    static String distribution(String requirement) {
        return requirement.strip().toLowerCase(Locale.ROOT).split("[\\[<>=~!; ]")[0].replace('_', '-');
    }

    /** A map of requirement to the first source that needs it, for reports. */
    static Map<String, String> describe(List<String> requirements) {
        Map<String, String> out = new LinkedHashMap<>();
        requirements.forEach(r -> out.put(distribution(r), r));
        return out;
    }
}
