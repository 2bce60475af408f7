package kz.iinportal.documents;

/**
 * The little of PDF's lexical rules that the checks before PDFBox need (ISO 32000-1, 7.2 and 7.3): white space and
 * delimiters, comments, literal and hex strings, names with {@code #xx} escapes, a dictionary's own keys. Shared by
 * {@link PdfEncryption} and {@link PdfInflation}, which read the raw bytes of a file PDFBox has not parsed yet.
 */
final class PdfSyntax {

    private PdfSyntax() {
    }

    /** From {@code %} to the end of the line (not past it). */
    static int skipComment(byte[] b, int i) {
        while (i < b.length && b[i] != '\n' && b[i] != '\r') {
            i++;
        }
        return i;
    }

    /** From the opening parenthesis to after the balancing closing one; {@code \}-escaped bytes do not count. */
    static int skipLiteralString(byte[] b, int i) {
        int depth = 0;
        while (i < b.length) {
            byte c = b[i++];
            if (c == '\\') {
                i++;
            } else if (c == '(') {
                depth++;
            } else if (c == ')' && --depth == 0) {
                return i;
            }
        }
        return b.length;
    }

    /** From {@code <} to after the closing {@code >}. */
    static int skipHexString(byte[] b, int i) {
        while (i < b.length && b[i] != '>') {
            i++;
        }
        return Math.min(i + 1, b.length);
    }

    /** Where the regular characters starting at {@code i} end: at white space, a delimiter or the end. */
    static int tokenEnd(byte[] b, int i) {
        while (i < b.length && !isWhitespace(b[i] & 0xFF) && !isDelimiter(b[i] & 0xFF)) {
            i++;
        }
        return i;
    }

    /**
     * Whether the name's characters from {@code start} to {@code end}, with {@code #xx} escapes decoded, equal
     * {@code expected}.
     */
    static boolean isName(byte[] b, int start, int end, String expected) {
        int k = 0;
        for (int i = start; i < end; i++) {
            int c = b[i] & 0xFF;
            if (c == '#' && i + 2 < end) {
                int hi = Character.digit(b[i + 1], 16);
                int lo = Character.digit(b[i + 2], 16);
                if (hi >= 0 && lo >= 0) {
                    c = hi * 16 + lo;
                    i += 2;
                }
            }
            if (k >= expected.length() || expected.charAt(k++) != c) {
                return false;
            }
        }
        return k == expected.length();
    }

    static boolean regionEquals(byte[] b, int start, String ascii) {
        for (int k = 0; k < ascii.length(); k++) {
            if (b[start + k] != ascii.charAt(k)) {
                return false;
            }
        }
        return true;
    }

    static int indexOf(byte[] b, byte[] what, int from) {
        outer:
        for (int i = from; i <= b.length - what.length; i++) {
            for (int k = 0; k < what.length; k++) {
                if (b[i + k] != what[k]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }

    static boolean isWhitespace(int c) {
        return c == 0 || c == '\t' || c == '\n' || c == '\f' || c == '\r' || c == ' ';
    }

    static boolean isDelimiter(int c) {
        return c == '(' || c == ')' || c == '<' || c == '>' || c == '[' || c == ']' || c == '{' || c == '}'
                || c == '/' || c == '%';
    }

    /** Where the value of the dictionary's own {@code key} starts (not a nested dictionary's); -1 without it. */
    static int valueOf(byte[] pdf, int start, int end, String key) {
        int i = start + 2;
        int depth = 0;
        while (i < end) {
            int c = pdf[i] & 0xFF;
            if (c == '(') {
                i = skipLiteralString(pdf, i);
            } else if (c == '<' && i + 1 < end && pdf[i + 1] == '<') {
                depth++;
                i += 2;
            } else if (c == '>' && i + 1 < end && pdf[i + 1] == '>') {
                depth--;
                i += 2;
            } else if (c == '<') {
                i = skipHexString(pdf, i);
            } else if (c == '/') {
                int nameEnd = tokenEnd(pdf, i + 1);
                if (depth == 0 && isName(pdf, i + 1, nameEnd, key)) {
                    while (nameEnd < end && isWhitespace(pdf[nameEnd] & 0xFF)) {
                        nameEnd++;
                    }
                    return nameEnd;
                }
                i = nameEnd;
            } else {
                i++;
            }
        }
        return -1;
    }

    /** The name's characters with {@code #xx} escapes decoded. */
    static String name(byte[] pdf, int start, int end) {
        StringBuilder name = new StringBuilder();
        for (int i = start; i < end; i++) {
            int c = pdf[i] & 0xFF;
            if (c == '#' && i + 2 < end && Character.digit(pdf[i + 1], 16) >= 0
                    && Character.digit(pdf[i + 2], 16) >= 0) {
                c = Character.digit(pdf[i + 1], 16) * 16 + Character.digit(pdf[i + 2], 16);
                i += 2;
            }
            name.append((char) c);
        }
        return name.toString();
    }
}
