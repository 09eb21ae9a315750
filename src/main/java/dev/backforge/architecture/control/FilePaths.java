package dev.backforge.architecture.control;

import java.util.Optional;
import java.util.regex.Pattern;

/** The rules a {@code file_path} must follow before anything is written at it. */
public final class FilePaths {

    private static final Pattern DRIVE = Pattern.compile("^[A-Za-z]:.*");

    private FilePaths() {
    }

    /** The broken rule and why, or empty when the path is a safe relative path of a module of the dialect. */
    public static Optional<String[]> problem(String path, Dialect dialect) {
        String extension = dialect.fileExtension();
        for (char ch : path.toCharArray()) {
            if (ch < 0x20 || ch == 0x7f) {
                return Optional.of(new String[] {"file-path-control-character",
                        "file_path contains a NUL or control character (code " + (int) ch + ")"});
            }
        }
        String unified = path.replace('\\', '/');
        if (DRIVE.matcher(unified).matches()) {
            return Optional.of(new String[] {"file-path-drive-letter", "file_path must not start with a drive letter"});
        }
        if (unified.startsWith("/") || unified.startsWith("~")) {
            return Optional.of(new String[] {"file-path-absolute", "file_path must be relative, got '" + path + "'"});
        }
        for (String part : unified.split("/", -1)) {
            if (part.equals("..")) {
                return Optional.of(new String[] {"file-path-traversal", "file_path must not contain '..'"});
            }
            if (part.isEmpty() || part.equals(".")) {
                return Optional.of(new String[] {"file-path-segment", "file_path has an empty or '.' segment"});
            }
        }
        if (!unified.endsWith(extension) || unified.endsWith("/" + extension)) {
            return Optional.of(new String[] {"file-path-extension",
                    "file_path must end with '" + extension + "' for this stack, got '" + path + "'"});
        }
        String module = unified.substring(0, unified.length() - extension.length());
        for (String part : module.split("/")) {
            if (!dialect.isModuleName(part)) {
                return Optional.of(new String[] {"file-path-module",
                        "'" + part + "' in file_path is not a valid module name of the stack's language"});
            }
        }
        return Optional.empty();
    }
}
