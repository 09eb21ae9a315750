package dev.backforge.stacks.python.project;

import java.util.List;

/**
 * What tests/conftest.py is written from: the settings the tests set, where the application, its session provider
 * and its token maker are, and, when the architecture's own service checks tokens, what a caller looks like.
 *
 * @param tokenModule the module of {@code create_token} (Backforge's bearer tokens), or null
 * @param principalModule the module of {@code get_current_principal} to override, or null
 */
public record ConftestView(List<Pair> environment, String appModule, boolean migrations, String sessionModule,
                           String tokenModule, String principalModule, String principalTypeModule,
                           String principalType, String principalSample, List<Pair> contextHeaders) {

    /** A name and a value. */
    public record Pair(String variable, String value) {
    }

    public boolean principalOverride() {
        return principalModule != null;
    }
}
