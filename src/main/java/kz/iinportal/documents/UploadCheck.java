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
 * Password-protected PDFs are found before PDFBox parses them ({@link PdfEncryption}); stored file names are made
 * safe by {@link SafeFileName}.
 */
public final class UploadCheck {

    /** The largest file accepted: 10 MB. */
    public static final int MAX_BYTES = 10 * 1024 * 1024;

    /** The most documents one application may have. */
    public static final int MAX_DOCUMENTS = 10;

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
            case PDF -> PdfEncryption.declared(content) ? Optional.of(UploadProblem.PASSWORD_PROTECTED)
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
}
