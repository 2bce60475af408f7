package kz.iinportal.documents;

/**
 * Why an uploaded file was refused. Machine-readable: the constants are stable, each has one message key
 * ({@code upload.error.<NAME>}) in the en, ru and kk bundles.
 *
 * <p>{@link UploadCheck#check(byte[])} reports the first problem in the declaration order below; {@link #TOO_MANY}
 * is a separate check on the number of documents the application already has.
 */
public enum UploadProblem {
    /** The file has 0 bytes (or no file was sent). */
    EMPTY,
    /** The file is larger than {@link UploadCheck#MAX_BYTES} (10 MB). */
    TOO_LARGE,
    /** The content is not a PDF, JPEG or PNG, whatever the file is called. */
    WRONG_TYPE,
    /** A PDF with an {@code /Encrypt} entry: it needs a password to open (or has owner restrictions). */
    PASSWORD_PROTECTED,
    /** Starts like a PDF but PDFBox cannot read it, or it has no page: damaged, or another format in disguise. */
    PDF_DAMAGED,
    /** A PDF with scripts, actions that launch or send, attached files or an XFA form (see {@link PdfCheck}). */
    ACTIVE_CONTENT,
    /** Starts like a JPEG or PNG but its header (and so its pixel size) cannot be read. */
    IMAGE_DAMAGED,
    /** An image declaring more than {@link ImageCheck#MAX_SIDE} pixels a side or {@link ImageCheck#MAX_PIXELS}. */
    IMAGE_TOO_LARGE,
    /** The application already has {@link UploadCheck#MAX_DOCUMENTS} documents. */
    TOO_MANY;

    /** The key of the user-facing message in the message bundles. */
    public String messageKey() {
        return "upload.error." + name();
    }
}
