package dev.backforge.stacks.python.project;

import java.util.List;

/**
 * What the project-level templates (pyproject.toml, .env.example, README.md) are written from.
 *
 * @param distribution the package's name on an index ({@code multi-tenant-store})
 * @param roots the top-level packages of the generated modules
 * @param appModule the module whose {@code app} uvicorn serves
 * @param tokenCommand how a developer gets a bearer token, or null when no route needs one
 */
public record ProjectView(String name, String distribution, String version, String description,
                          List<String> dependencies, List<String> testDependencies, List<String> roots,
                          List<Setting> settings, String appModule, boolean migrations, String tokenCommand,
                          String tokenNote, List<Route> routes) {

    /** One environment variable of the project. */
    public record Setting(String variable, String example, String description, boolean secret, boolean required) {
    }

    /** One endpoint, for the README's table. */
    public record Route(String method, String path, String summary, boolean protectedRoute, boolean stub) {
    }

    /** The description as a TOML basic string. */
    public String descriptionLiteral() {
        StringBuilder s = new StringBuilder("\"");
        for (char c : description.toCharArray()) {
            switch (c) {
                case '"' -> s.append("\\\"");
                case '\\' -> s.append("\\\\");
                case '\n' -> s.append("\\n");
                case '\t' -> s.append("\\t");
                case '\r' -> s.append("\\r");
                default -> {
                    if (c < 0x20 || c == 0x7f) {
                        s.append(String.format("\\u%04x", (int) c));
                    } else {
                        s.append(c);
                    }
                }
            }
        }
        return s.append('"').toString();
    }
}
