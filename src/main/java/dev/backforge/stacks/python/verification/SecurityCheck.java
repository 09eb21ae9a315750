package dev.backforge.stacks.python.verification;

import dev.backforge.pysyntax.SyntaxNode;
import dev.backforge.verification.entity.Finding.Severity;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The security items of the checklist: no secret written into the code, no eval or exec, no SQL statement assembled
 * by string formatting (f-strings, %, .format or +), which is how injection gets in.
 */
final class SecurityCheck {

    /** A name whose last words say it holds a secret: token_type and password_hash are not secrets. */
    private static final Pattern SECRET_NAME = Pattern.compile(
            "(?i)(^|_)(secret|secret_key|password|passwd|pwd|api_key|apikey|private_key|access_key|auth_token"
                    + "|access_token|refresh_token|client_secret|token)$");
    /** Literals that are credentials whatever they are called: cloud keys, provider keys, PEM private keys. */
    private static final Pattern SECRET_VALUE = Pattern.compile(
            "AKIA[0-9A-Z]{16}|sk-[A-Za-z0-9_-]{20,}|-----BEGIN [A-Z ]*PRIVATE KEY-----|ghp_[A-Za-z0-9]{30,}"
                    + "|xox[baprs]-[A-Za-z0-9-]{10,}");
    private static final Pattern SQL = Pattern.compile(
            "(?is)^\\s*(select|insert|update|delete|with|create|drop|alter|replace|merge|truncate)\\b.*"
                    + "\\b(from|into|set|table|where|values|index|view)\\b.*");

    private final Report report;

    SecurityCheck(Report report) {
        this.report = report;
    }

    void run(SyntaxNode root) {
        root.walk(n -> {
            switch (n.type()) {
                case "call" -> call(n);
                case "assignment" -> assignment(n);
                case "default_parameter", "typed_default_parameter" -> secretDefault(n);
                case "string" -> literal(n);
                case "binary_operator" -> formatting(n);
                default -> {
                }
            }
        });
    }

    private void call(SyntaxNode n) {
        String function = n.child("function").map(SyntaxNode::text).orElse("");
        if (function.equals("eval") || function.equals("exec") || function.equals("builtins.eval")
                || function.equals("builtins.exec")) {
            report.add(n.line(), "eval-exec", Severity.ERROR, function + "() runs arbitrary code; remove it");
        }
        if (function.endsWith(".format")) {
            n.child("function").flatMap(f -> f.child("object")).filter(o -> o.is("string") && isSql(o))
                    .ifPresent(o -> sqlFormatted(n, ".format()"));
        }
    }

    private void assignment(SyntaxNode n) {
        Optional<SyntaxNode> left = n.child("left");
        Optional<SyntaxNode> right = n.child("right");
        if (left.isEmpty() || right.isEmpty()) {
            return;
        }
        String name = left.get().is("attribute") ? left.get().child("attribute").map(SyntaxNode::text).orElse("")
                : left.get().text();
        if (!SECRET_NAME.matcher(name).find()) {
            return;
        }
        SyntaxNode value = right.get();
        if (plainLiteral(value)) {
            secret(n, name);
        } else if (value.is("call")) {
            // Field(default="...") and friends
            value.child("arguments").ifPresent(args -> args.namedChildren().stream()
                    .filter(a -> a.is("keyword_argument") && a.child("name").map(x -> x.text().equals("default"))
                            .orElse(false))
                    .forEach(
                            a -> a.child("value").filter(SecurityCheck::plainLiteral).ifPresent(v -> secret(n, name))));
        }
    }

    private void secretDefault(SyntaxNode n) {
        String name = n.child("name").map(SyntaxNode::text).orElse("");
        if (SECRET_NAME.matcher(name).find() && n.child("value").filter(SecurityCheck::plainLiteral).isPresent()) {
            secret(n, name);
        }
    }

    private void literal(SyntaxNode n) {
        if (SECRET_VALUE.matcher(n.text()).find()) {
            report.add(n.line(), "hardcoded-secret", Severity.ERROR, "a credential is written into the code; read it "
                    + "from the environment (settings) instead");
        }
        boolean interpolated = n.namedChildren().stream().anyMatch(c -> c.is("interpolation"));
        if (interpolated && isSql(n)) {
            sqlFormatted(n, "an f-string");
        }
    }

    private void formatting(SyntaxNode n) {
        String operator = n.children().stream().filter(c -> "operator".equals(c.field())).findFirst()
                .map(SyntaxNode::text).orElse("");
        SyntaxNode left = n.child("left").orElse(null);
        SyntaxNode right = n.child("right").orElse(null);
        if (left == null || right == null) {
            return;
        }
        if (operator.equals("%") && left.is("string") && isSql(left)) {
            sqlFormatted(n, "% formatting");
        }
        if (operator.equals("+") && (left.is("string") && isSql(left) && !right.is("string")
                || right.is("string") && isSql(right) && !left.is("string"))) {
            sqlFormatted(n, "concatenation");
        }
    }

    private void secret(SyntaxNode n, String name) {
        report.add(n.line(), "hardcoded-secret", Severity.ERROR, "'" + name + "' is given a literal value; secrets "
                + "come from the environment (settings with SecretStr), never from the code");
    }

    private void sqlFormatted(SyntaxNode n, String how) {
        report.add(n.line(), "sql-string-formatting", Severity.ERROR, "SQL built with " + how
                + "; use bound parameters (SQLAlchemy expressions or text() with :params)");
    }

    /** A string literal without interpolation that is not empty. */
    private static boolean plainLiteral(SyntaxNode value) {
        if (!value.is("string") || value.namedChildren().stream().anyMatch(c -> c.is("interpolation"))) {
            return false;
        }
        return value.namedChildren().stream().anyMatch(c -> c.is("string_content") && !c.text().isBlank());
    }

    private static boolean isSql(SyntaxNode string) {
        StringBuilder content = new StringBuilder();
        string.namedChildren().stream().filter(c -> c.is("string_content")).forEach(c -> content.append(c.text()));
        return SQL.matcher(content).matches();
    }
}
