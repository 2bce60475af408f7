package kz.iinportal.documents;

/** The name an upload is stored and downloaded under: what the filer called it, minus anything that could deceive. */
public final class SafeFileName {

    /** Stored file names are at most this many characters (Unicode code points), extension included. */
    public static final int MAX_FILE_NAME = 100;

    /** Longest extension (with its dot) that {@link #of} keeps when it shortens a name. */
    private static final int MAX_EXTENSION = 10;

    private SafeFileName() {
    }

    /** {@link #of(String, DocumentFormat)} without a detected format: the fallback is {@code document}. */
    public static String of(String original) {
        return of(original, null);
    }

    /**
     * A file name that is safe to store, show and send back in a download: only the last path segment (after the last
     * {@code /} or {@code \}), without control and invisible formatting characters (e.g. right-to-left overrides
     * that disguise an extension), without {@code < > " ' &}, without leading dots and surrounding blanks, at most
     * {@link #MAX_FILE_NAME} characters with the extension kept. When nothing is left: {@code document} plus the
     * detected format's extension.
     */
    public static String of(String original, DocumentFormat detected) {
        String fallback = "document" + (detected == null ? "" : detected.extension());
        if (original == null) {
            return fallback;
        }
        int slash = Math.max(original.lastIndexOf('/'), original.lastIndexOf('\\'));
        StringBuilder kept = new StringBuilder();
        original.substring(slash + 1).codePoints().filter(cp -> !unwantedInFileName(cp)).forEach(kept::appendCodePoint);
        String name = kept.toString();
        int start = 0;
        while (start < name.length() && (name.charAt(start) == '.' || Character.isWhitespace(name.charAt(start))
                || Character.isSpaceChar(name.charAt(start)))) {
            start++;
        }
        name = limit(name.substring(start).strip());
        return name.isEmpty() ? fallback : name;
    }

    private static boolean unwantedInFileName(int cp) {
        if ("<>\"'&".indexOf(cp) >= 0) {
            return true;
        }
        int type = Character.getType(cp);
        return type == Character.CONTROL || type == Character.FORMAT || type == Character.SURROGATE
                || type == Character.UNASSIGNED || type == Character.PRIVATE_USE
                || type == Character.LINE_SEPARATOR || type == Character.PARAGRAPH_SEPARATOR;
    }

    /** Shortens to {@link #MAX_FILE_NAME} code points, keeping a short extension. */
    private static String limit(String name) {
        int length = name.codePointCount(0, name.length());
        if (length <= MAX_FILE_NAME) {
            return name;
        }
        int dot = name.lastIndexOf('.');
        String extension = dot > 0 ? name.substring(dot) : "";
        int extensionLength = extension.codePointCount(0, extension.length());
        if (extensionLength > MAX_EXTENSION || extension.codePoints().anyMatch(Character::isWhitespace)) {
            extension = "";
            extensionLength = 0;
        }
        String base = name.substring(0, name.offsetByCodePoints(0, MAX_FILE_NAME - extensionLength));
        return base.stripTrailing() + extension;
    }
}
