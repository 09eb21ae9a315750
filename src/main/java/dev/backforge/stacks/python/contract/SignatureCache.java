package dev.backforge.stacks.python.contract;

import dev.backforge.architecture.entity.Signature;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Signatures read before, by their line, least recently used first out. A workflow's artifact comes back launch
 * after launch with most of its def lines unchanged, and each line costs a tree-sitter parse: about a sixth of a
 * millisecond, a third of a 200-component launch's time on the server. A {@link Signature} is immutable, so one
 * read serves every caller; a line that does not parse is not kept.
 */
final class SignatureCache {

    /** About a kilobyte per entry at most: a few megabytes, enough for several large artifacts. */
    static final int CAPACITY = 4096;

    private final Map<String, Signature> entries = new LinkedHashMap<>(256, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Signature> eldest) {
            return size() > CAPACITY;
        }
    };

    synchronized Signature get(String line) {
        return entries.get(line);
    }

    synchronized void put(String line, Signature signature) {
        entries.put(line, signature);
    }

    synchronized int size() {
        return entries.size();
    }
}
