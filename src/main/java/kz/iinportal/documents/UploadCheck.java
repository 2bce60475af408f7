package kz.iinportal.documents;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;

/**
 * Checks one uploaded file by its content, never by its name or the content type the browser declared. Plain Java
 * and PDFBox, no framework: the web layer and {@link DocumentStore} both use it.
 *
 * <p>Order of the checks, first problem wins: {@link UploadProblem#EMPTY}, {@link UploadProblem#TOO_LARGE} (decided
 * from the length alone, before any byte is looked at), {@link UploadProblem#WRONG_TYPE} (the first bytes are none
 * of the {@link DocumentFormat} signatures), then by format:
 * <ul>
 * <li>PDF: {@link UploadProblem#PASSWORD_PROTECTED} (the scan below, before any parsing),
 * {@link UploadProblem#PDF_DAMAGED} (markup at the start, see {@link #startsWithMarkup}, or PDFBox cannot read it),
 * {@link UploadProblem#PASSWORD_PROTECTED} again for what PDFBox finds encrypted, {@link UploadProblem#ACTIVE_CONTENT}
 * (scripts, launch actions, attached files, XFA: {@link PdfCheck});</li>
 * <li>JPEG and PNG: {@link UploadProblem#IMAGE_DAMAGED} (the header with the pixel size cannot be read),
 * {@link UploadProblem#IMAGE_TOO_LARGE} ({@link ImageCheck}).</li>
 * </ul>
 * The number of documents per application is a separate check, {@link #checkCount(long)}.
 *
 * <h2>Password-protected PDFs before the PDF library</h2>
 * Encrypted files are refused before PDFBox parses them (which would mean decrypting them). A PDF is encrypted exactly when its trailer (or, from PDF 1.5 on, its cross-reference stream's dictionary) has an
 * {@code /Encrypt} entry. Both are plain, uncompressed dictionaries in the file, so {@link #declaresEncryption}
 * scans the bytes with a small PDF lexer and looks for the <em>name</em> {@code /Encrypt}, skipping everything that
 * may contain those letters without meaning encryption:
 * <ul>
 * <li>the data of every stream ({@code stream} … {@code endstream}): page content (where a text or a marked-content
 * tag may well say {@code /Encrypt}), compressed objects, images;</li>
 * <li>literal strings {@code ( … )} with nested parentheses and backslash escapes, and hex strings {@code < … >},
 * e.g. a document title "How to /Encrypt a file";</li>
 * <li>comments, from {@code %} to the end of the line.</li>
 * </ul>
 * A name is compared whole and after decoding its {@code #xx} escapes, so {@code /EncryptMetadata} or
 * {@code /EncryptedPayload} alone do not count and {@code /Encr#79pt} does. Any {@code /Encrypt} outside those
 * places counts, in any revision of an incrementally updated file. This rejects PDFs with an owner password only
 * too (they open without a password but are encrypted and restricted): the operators must be able to work with the
 * file. The scan is linear in the file size and only runs on files within the size limit.
 */
public final class UploadCheck {

    /** The largest file accepted: 10 MB. */
    public static final int MAX_BYTES = 10 * 1024 * 1024;

    /** The most documents one application may have. */
    public static final int MAX_DOCUMENTS = 10;

    /** Stored file names are at most this many characters (Unicode code points), extension included. */
    public static final int MAX_FILE_NAME = 100;

    /** Longest extension (with its dot) that {@link #safeFileName} keeps when it shortens a name. */
    private static final int MAX_EXTENSION = 10;

    private static final byte[] ENDSTREAM = "endstream".getBytes(StandardCharsets.US_ASCII);

    private UploadCheck() {
    }

    /** The outcome of {@link #check(byte[])}: either the detected format or the problem, never both. */
    public record Result(DocumentFormat format, UploadProblem problem) {

        public Result {
            if ((format == null) == (problem == null)) {
                throw new IllegalArgumentException("exactly one of format and problem");
            }
        }

        static Result accepted(DocumentFormat format) {
            return new Result(format, null);
        }

        static Result rejected(UploadProblem problem) {
            return new Result(null, problem);
        }

        public boolean isAccepted() {
            return format != null;
        }
    }

    /** Checks the content of one uploaded file. {@code null} counts as empty. */
    public static Result check(byte[] content) {
        Optional<UploadProblem> size = checkSize(content == null ? 0 : content.length);
        if (size.isPresent()) {
            return Result.rejected(size.get());
        }
        Optional<DocumentFormat> format = DocumentFormat.detect(content);
        if (format.isEmpty()) {
            return Result.rejected(UploadProblem.WRONG_TYPE);
        }
        Optional<UploadProblem> problem = switch (format.get()) {
            case PDF -> declaresEncryption(content) ? Optional.of(UploadProblem.PASSWORD_PROTECTED)
                    : startsWithMarkup(content) ? Optional.of(UploadProblem.PDF_DAMAGED)
                    : PdfCheck.check(content);
            case JPEG, PNG -> ImageCheck.check(format.get(), content);
        };
        return problem.map(Result::rejected).orElseGet(() -> Result.accepted(format.get()));
    }

    /** Like {@link #check(byte[])}, but throws the problem. */
    public static DocumentFormat require(byte[] content) {
        Result result = check(content);
        if (!result.isAccepted()) {
            throw new UploadRejected(result.problem());
        }
        return result.format();
    }

    /**
     * The size check alone, for a caller that knows the size before reading the file (e.g. a multipart upload on
     * disk): {@link UploadProblem#EMPTY} for 0 bytes, {@link UploadProblem#TOO_LARGE} above {@link #MAX_BYTES}.
     */
    public static Optional<UploadProblem> checkSize(long size) {
        if (size <= 0) {
            return Optional.of(UploadProblem.EMPTY);
        }
        if (size > MAX_BYTES) {
            return Optional.of(UploadProblem.TOO_LARGE);
        }
        return Optional.empty();
    }

    /** {@link UploadProblem#TOO_MANY} when an application that already has {@code existing} documents may not get one more. */
    public static Optional<UploadProblem> checkCount(long existing) {
        return existing >= MAX_DOCUMENTS ? Optional.of(UploadProblem.TOO_MANY) : Optional.empty();
    }

    /**
     * Reads an upload into memory, but never more than {@link #MAX_BYTES} + 1 bytes: a larger stream is refused with
     * {@link UploadProblem#TOO_LARGE} as soon as that is known. The stream is not closed.
     */
    public static byte[] readLimited(InputStream in) throws IOException {
        byte[] content = in.readNBytes(MAX_BYTES + 1);
        if (content.length > MAX_BYTES) {
            throw new UploadRejected(UploadProblem.TOO_LARGE);
        }
        return content;
    }

    /** How much of the start of a PDF {@link #startsWithMarkup} looks at: more than any sniffer reads. */
    private static final int SNIFFED_BYTES = 1024;

    private static final String[] MARKUP = { "<html", "<head", "<body", "<script", "<!doctype", "<svg", "<iframe" };

    /**
     * Whether HTML or SVG tags appear in the first {@link #SNIFFED_BYTES} bytes. A file can be a valid PDF and a web
     * page at once (a polyglot): PDF readers skip what lies between objects, while a browser, a mail client or an old
     * content sniffer that looks past the {@code %PDF-} line sees a page with scripts. No PDF writer puts such tags
     * there (XMP metadata is no HTML and lives in a stream further on), so such a file is no real PDF.
     */
    static boolean startsWithMarkup(byte[] pdf) {
        String start = new String(pdf, 0, Math.min(pdf.length, SNIFFED_BYTES), StandardCharsets.ISO_8859_1)
                .toLowerCase(Locale.ROOT);
        for (String tag : MARKUP) {
            if (start.contains(tag)) {
                return true;
            }
        }
        return false;
    }

    // --- PDF encryption -------------------------------------------------------------------------------------------

    /**
     * Whether the bytes of a PDF contain the name {@code /Encrypt} outside stream data, strings and comments (see the
     * class comment). Does not check that the bytes are a PDF.
     */
    public static boolean declaresEncryption(byte[] pdf) {
        int n = pdf.length;
        int i = 0;
        while (i < n) {
            int c = pdf[i] & 0xFF;
            if (c == '%') {
                i = skipComment(pdf, i);
            } else if (c == '(') {
                i = skipLiteralString(pdf, i);
            } else if (c == '<') {
                i = i + 1 < n && pdf[i + 1] == '<' ? i + 2 : skipHexString(pdf, i);
            } else if (c == '/') {
                int end = tokenEnd(pdf, i + 1);
                if (isName(pdf, i + 1, end, "Encrypt")) {
                    return true;
                }
                i = end;
            } else if (isWhitespace(c) || isDelimiter(c)) {
                i++;
            } else {
                int end = tokenEnd(pdf, i);
                i = end - i == 6 && regionEquals(pdf, i, "stream") ? skipStreamData(pdf, end) : end;
            }
        }
        return false;
    }

    private static int skipComment(byte[] b, int i) {
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

    static int skipHexString(byte[] b, int i) {
        while (i < b.length && b[i] != '>') {
            i++;
        }
        return Math.min(i + 1, b.length);
    }

    /**
     * From after the {@code stream} keyword to after the next {@code endstream}. The stream's {@code /Length} may be
     * an indirect reference, so the end is found by the keyword; binary data that happens to contain "endstream"
     * would end the skip early, which at worst lets a later {@code /Encrypt} in the same binary data be seen.
     */
    private static int skipStreamData(byte[] b, int i) {
        int end = indexOf(b, ENDSTREAM, i);
        return end < 0 ? b.length : end + ENDSTREAM.length;
    }

    static int tokenEnd(byte[] b, int i) {
        while (i < b.length && !isWhitespace(b[i] & 0xFF) && !isDelimiter(b[i] & 0xFF)) {
            i++;
        }
        return i;
    }

    /** Whether the name's characters from {@code start} to {@code end}, with {@code #xx} escapes decoded, equal {@code expected}. */
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

    private static boolean regionEquals(byte[] b, int start, String ascii) {
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

    private static boolean isDelimiter(int c) {
        return c == '(' || c == ')' || c == '<' || c == '>' || c == '[' || c == ']' || c == '{' || c == '}'
                || c == '/' || c == '%';
    }

    // --- file names -----------------------------------------------------------------------------------------------

    /** {@link #safeFileName(String, DocumentFormat)} without a detected format: the fallback is {@code document}. */
    public static String safeFileName(String original) {
        return safeFileName(original, null);
    }

    /**
     * A file name that is safe to store, show and send back in a download: only the last path segment (after the last
     * {@code /} or {@code \}), without control and invisible formatting characters (e.g. right-to-left overrides
     * that disguise an extension), without {@code < > " ' &}, without leading dots and surrounding blanks, at most
     * {@link #MAX_FILE_NAME} characters with the extension kept. When nothing is left: {@code document} plus the
     * detected format's extension.
     */
    public static String safeFileName(String original, DocumentFormat detected) {
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
