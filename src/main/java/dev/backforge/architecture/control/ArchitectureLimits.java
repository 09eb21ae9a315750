package dev.backforge.architecture.control;

/** How large an artifact may be; both bounds protect the server from a document it cannot afford to process. */
public record ArchitectureLimits(long maxBytes, int maxComponents) {

    public static final ArchitectureLimits DEFAULT = new ArchitectureLimits(5L * 1024 * 1024, 5_000);
}
