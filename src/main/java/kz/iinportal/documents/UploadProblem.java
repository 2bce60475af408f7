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
    /** The application already has {@link UploadCheck#MAX_DOCUMENTS} documents. */
    TOO_MANY;

    /** The key of the user-facing message in the message bundles. */
    public String messageKey() {
        return "upload.error." + name();
    }
}
