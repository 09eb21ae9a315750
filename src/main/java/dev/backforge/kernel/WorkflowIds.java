package dev.backforge.kernel;

import java.util.regex.Pattern;

/**
 * The one pattern of workflow ids, for every route, the command line and the folders named after them: 1 to 100
 * letters, digits, '.', '_' or '-', starting with a letter or digit (so never '.' or '..').
 */
public final class WorkflowIds {

    public static final String PATTERN = "[A-Za-z0-9][A-Za-z0-9._-]{0,99}";
    public static final String RULE = "workflow ids are 1 to 100 letters, digits, '.', '_' or '-', starting with a "
            + "letter or digit";

    private static final Pattern COMPILED = Pattern.compile(PATTERN);

    private WorkflowIds() {
    }

    public static boolean valid(String id) {
        return id != null && COMPILED.matcher(id).matches();
    }
}
