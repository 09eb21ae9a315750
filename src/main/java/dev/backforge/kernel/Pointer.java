package dev.backforge.kernel;

/** Builds JSON Pointers (RFC 6901) from path segments. */
public final class Pointer {

    private Pointer() {
    }

    public static String of(Object... segments) {
        StringBuilder s = new StringBuilder();
        for (Object segment : segments) {
            s.append('/').append(segment.toString().replace("~", "~0").replace("/", "~1"));
        }
        return s.toString();
    }
}
