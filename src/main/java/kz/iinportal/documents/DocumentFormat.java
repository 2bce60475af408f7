package kz.iinportal.documents;

import java.util.Arrays;
import java.util.Optional;

/**
 * The file formats the portal accepts, recognised by their first bytes (magic numbers), never by the file name or the
 * content type the browser declared.
 */
public enum DocumentFormat {
    /** {@code %PDF-} */
    PDF("application/pdf", ".pdf", new byte[] { '%', 'P', 'D', 'F', '-' }),
    /** {@code FF D8 FF}: start-of-image marker followed by the first segment's marker. */
    JPEG("image/jpeg", ".jpg", new byte[] { (byte) 0xFF, (byte) 0xD8, (byte) 0xFF }),
    /** {@code 89 50 4E 47 0D 0A 1A 0A} */
    PNG("image/png", ".png", new byte[] { (byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A });

    private final String mediaType;
    private final String extension;
    private final byte[] magic;

    DocumentFormat(String mediaType, String extension, byte[] magic) {
        this.mediaType = mediaType;
        this.extension = extension;
        this.magic = magic;
    }

    /** The media type the document is stored and served with, e.g. {@code application/pdf}. */
    public String mediaType() {
        return mediaType;
    }

    /** The usual file name extension, with its dot, e.g. {@code .pdf}. */
    public String extension() {
        return extension;
    }

    /** The format whose signature the content starts with, if any. */
    public static Optional<DocumentFormat> detect(byte[] content) {
        if (content == null) {
            return Optional.empty();
        }
        return Arrays.stream(values()).filter(f -> f.startsOf(content)).findFirst();
    }

    private boolean startsOf(byte[] content) {
        return content.length >= magic.length && Arrays.equals(content, 0, magic.length, magic, 0, magic.length);
    }
}
