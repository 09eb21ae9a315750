package dev.backforge.stacks.python.generator;

import dev.backforge.architecture.entity.Component;
import dev.backforge.architecture.entity.ComponentType;
import dev.backforge.architecture.entity.MethodSpec;
import dev.backforge.architecture.entity.Parameter;
import dev.backforge.architecture.entity.SettingSpec;
import dev.backforge.architecture.entity.Signature;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Utilities whose shape is unmistakable: a session factory over an async engine (it hands out AsyncSession and has a
 * database URL setting), a password hasher (passlib or bcrypt, hash and verify), and a Redis key store whose key
 * layout the implementation notes spell out ({@code refresh:{user_id}:{token_id}}).
 */
final class UtilityRecipes {

    private static final Pattern KEY_LAYOUT = Pattern.compile("([A-Za-z0-9_.-]+(?::\\{[a-z_][a-z0-9_]*\\})+)");
    private static final Pattern POOL_SIZE = Pattern.compile("pool_size\\s*(?:=|of)?\\s*(\\d+)");

    private enum Kind {
        SESSIONS, PASSWORDS, KEY_STORE, NONE
    }

    private final PyModule m;
    private final Component c;
    private final Kind kind;
    private final Optional<Injections.Injected> settings;
    private final Optional<SettingSpec> databaseUrl;
    private final String keyLayout;

    UtilityRecipes(PyContext ctx, PyModule m, Component c, List<Injections.Injected> injected) {
        this.m = m;
        this.c = c;
        this.settings = injected.stream()
                .filter(i -> i.source() != null && i.source().kind() == ComponentType.CONFIG).findFirst();
        this.databaseUrl = settings.flatMap(s -> s.source().settings().stream()
                .filter(x -> x.name().matches(".*(database_url|db_url|dsn).*")).findFirst());
        Matcher layout = c.implementationNotes() == null ? null : KEY_LAYOUT.matcher(c.implementationNotes());
        this.keyLayout = layout != null && layout.find() ? layout.group(1) : null;
        if (Injections.isSessionSource(c) && databaseUrl.isPresent()) {
            kind = Kind.SESSIONS;
        } else if (Injections.external(c, "passlib") || Injections.external(c, "bcrypt")) {
            kind = Kind.PASSWORDS;
        } else if (Injections.external(c, "redis") && keyLayout != null) {
            kind = Kind.KEY_STORE;
        } else {
            kind = Kind.NONE;
        }
    }

    List<String> constructorLines() {
        return switch (kind) {
            case SESSIONS -> engine();
            case PASSWORDS -> passlib() ? List.of(
                    "        self._context = CryptContext(schemes=[\"bcrypt\"], deprecated=\"auto\")") : List.of();
            default -> List.of();
        };
    }

    private boolean passlib() {
        if (!Injections.external(c, "passlib")) {
            return false;
        }
        m.from("passlib.context", "CryptContext");
        // passlib ships no type information; without this the type checker rejects the import
        m.importComment("passlib.context", "# type: ignore[import-untyped]");
        return true;
    }

    private List<String> engine() {
        m.from("sqlalchemy.ext.asyncio", "create_async_engine");
        m.from("sqlalchemy.ext.asyncio", "async_sessionmaker");
        m.from("sqlalchemy.ext.asyncio", "AsyncSession");
        SettingSpec url = databaseUrl.orElseThrow();
        String value = "self._" + settings.orElseThrow().param() + "." + url.name()
                + (url.secret() || url.type().contains("SecretStr") ? ".get_secret_value()" : "");
        List<String> args = new ArrayList<>(List.of(value, "pool_pre_ping=True"));
        Matcher pool = POOL_SIZE.matcher(c.implementationNotes() == null ? "" : c.implementationNotes());
        if (pool.find()) {
            args.add("pool_size=" + pool.group(1));
        }
        List<String> lines = new ArrayList<>(PyText.call("        ", "self._engine = create_async_engine", args, ""));
        lines.addAll(PyText.call("        ", "self._sessions = async_sessionmaker", List.of("self._engine",
                "class_=AsyncSession", "expire_on_commit=False"), ""));
        return lines;
    }

    Optional<List<String>> body(MethodSpec spec) {
        Signature s = spec.parsed();
        return switch (kind) {
            case SESSIONS -> sessions(s);
            case PASSWORDS -> passwords(s);
            case KEY_STORE -> keyStore(s);
            case NONE -> Optional.empty();
        };
    }

    private Optional<List<String>> sessions(Signature s) {
        String returns = Methods.compact(s.returns());
        if (s.async() && s.arguments().isEmpty() && (returns.equals("AsyncIterator[AsyncSession]")
                || returns.startsWith("AsyncGenerator[AsyncSession"))) {
            return Optional.of(List.of(
                    "# begin() commits when the caller is done and rolls back if it raised",
                    "async with self._sessions.begin() as session:",
                    "    yield session"));
        }
        if (s.async() && s.arguments().isEmpty() && returns.equals("None")
                && s.name().matches("dispose|close|shutdown")) {
            return Optional.of(List.of("await self._engine.dispose()"));
        }
        return Optional.empty();
    }

    private Optional<List<String>> passwords(Signature s) {
        List<Parameter> args = s.arguments();
        String returns = Methods.compact(s.returns());
        boolean strings = args.stream().allMatch(p -> Methods.compact(p.annotation()).equals("str"));
        if (s.async() || !strings) {
            return Optional.empty();
        }
        boolean viaPasslib = Injections.external(c, "passlib");
        if (args.size() == 1 && returns.equals("str") && s.name().matches("hash.*")) {
            String p = args.get(0).name();
            if (viaPasslib) {
                return Optional.of(List.of("return str(self._context.hash(" + p + "))"));
            }
            m.importModule("bcrypt");
            return Optional.of(List.of("return bcrypt.hashpw(" + p + ".encode(), bcrypt.gensalt()).decode()"));
        }
        if (args.size() == 2 && returns.equals("bool") && s.name().matches("(verify|check).*")) {
            String p = args.get(0).name();
            String h = args.get(1).name();
            if (viaPasslib) {
                return Optional.of(List.of("return bool(self._context.verify(" + p + ", " + h + "))"));
            }
            m.importModule("bcrypt");
            return Optional.of(List.of("return bcrypt.checkpw(" + p + ".encode(), " + h + ".encode())"));
        }
        return Optional.empty();
    }

    /** Methods over keys of the layout: store with a TTL, check, delete one, delete all under a prefix. */
    private Optional<List<String>> keyStore(Signature s) {
        List<String> placeholders = new ArrayList<>();
        Matcher ph = Pattern.compile("\\{([a-z_][a-z0-9_]*)\\}").matcher(keyLayout);
        while (ph.find()) {
            placeholders.add(ph.group(1));
        }
        List<String> names = s.arguments().stream().map(Parameter::name).toList();
        String returns = Methods.compact(s.returns());
        String key = "f" + PyText.literal(keyLayout);
        if (!s.async()) {
            return Optional.empty();
        }
        List<String> keyParams = names.stream().filter(placeholders::contains).toList();
        List<String> rest = names.stream().filter(n -> !placeholders.contains(n)).toList();
        boolean fullKey = keyParams.size() == placeholders.size();
        if (fullKey && rest.size() == 1 && returns.equals("None") && s.name().matches("(store|set|save|put|add).*")
                && Methods.compact(Methods.parameter(s, rest.get(0)).orElseThrow().annotation()).equals("int")) {
            return Optional.of(List.of("key = " + key,
                    "await self._redis.set(key, \"1\", ex=" + rest.get(0) + ")"));
        }
        if (fullKey && rest.isEmpty() && returns.equals("bool")) {
            return Optional.of(List.of("key = " + key, "return bool(await self._redis.exists(key))"));
        }
        if (fullKey && rest.isEmpty() && returns.equals("None") && s.name().matches("(revoke|delete|remove).*")) {
            return Optional.of(List.of("key = " + key, "await self._redis.delete(key)"));
        }
        boolean prefix = !keyParams.isEmpty() && rest.isEmpty()
                && keyParams.equals(placeholders.subList(0, keyParams.size())) && !fullKey;
        if (prefix && returns.equals("int") && s.name().matches("(revoke|delete|remove|clear).*")) {
            String last = "{" + keyParams.get(keyParams.size() - 1) + "}";
            String pattern = keyLayout.substring(0, keyLayout.indexOf(last) + last.length()) + ":*";
            return Optional.of(List.of(
                    "revoked = 0",
                    "async for key in self._redis.scan_iter(match=f" + PyText.literal(pattern) + "):",
                    "    revoked += await self._redis.delete(key)",
                    "return revoked"));
        }
        return Optional.empty();
    }
}
