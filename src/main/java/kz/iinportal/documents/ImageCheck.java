package kz.iinportal.documents;

import java.util.Optional;
import java.util.zip.CRC32;

/**
 * The image part of {@link UploadCheck}: the pixel size, read from the header alone. A 100 KB file can declare
 * 50,000 × 50,000 pixels; whoever decodes it later (a thumbnail, the operator's viewer) would need gigabytes, so the
 * declared size is what is limited, and no pixel is ever decoded here.
 *
 * <ul>
 * <li>PNG: the first chunk must be {@code IHDR} (the format requires it), 13 bytes, with a correct CRC;</li>
 * <li>JPEG: the segments after the start-of-image marker are walked by their lengths up to the first start-of-frame
 * marker ({@code SOF0} … {@code SOF15} except the {@code DHT}, {@code JPG} and {@code DAC} markers that share the
 * range); a scan or the end of the image before any frame header means the header is unreadable.</li>
 * </ul>
 * A width or height of 0 counts as unreadable too (JPEG allows a height given later in the scan; no camera or scanner
 * writes that, and the size could then not be checked).
 */
final class ImageCheck {

    /** The longest side accepted, in pixels. */
    static final int MAX_SIDE = 12_000;

    /** The most pixels accepted: 60 megapixels. */
    static final long MAX_PIXELS = 60_000_000L;

    private static final int[] IHDR = { 'I', 'H', 'D', 'R' };

    private ImageCheck() {
    }

    /** The declared size of an image. */
    record Size(long width, long height) {
    }

    /** The problem of an image that has the JPEG or PNG signature, if any. */
    static Optional<UploadProblem> check(DocumentFormat format, byte[] image) {
        Optional<Size> size = switch (format) {
            case PNG -> pngSize(image);
            case JPEG -> jpegSize(image);
            default -> throw new IllegalArgumentException("not an image format: " + format);
        };
        if (size.isEmpty()) {
            return Optional.of(UploadProblem.IMAGE_DAMAGED);
        }
        long width = size.get().width();
        long height = size.get().height();
        if (width > MAX_SIDE || height > MAX_SIDE || width * height > MAX_PIXELS) {
            return Optional.of(UploadProblem.IMAGE_TOO_LARGE);
        }
        return Optional.empty();
    }

    /** Signature (8 bytes), then the IHDR chunk: length, type, width, height, 5 more bytes of data, CRC. */
    static Optional<Size> pngSize(byte[] png) {
        if (png.length < 33 || u32(png, 8) != 13) {
            return Optional.empty();
        }
        for (int k = 0; k < IHDR.length; k++) {
            if ((png[12 + k] & 0xFF) != IHDR[k]) {
                return Optional.empty();
            }
        }
        CRC32 crc = new CRC32();
        crc.update(png, 12, 4 + 13); // the CRC covers the chunk type and data
        if (crc.getValue() != u32(png, 29)) {
            return Optional.empty();
        }
        return positive(u32(png, 16), u32(png, 20));
    }

    /** Marker by marker from after the start-of-image marker (offset 2) to the first frame header. */
    static Optional<Size> jpegSize(byte[] jpeg) {
        int i = 2;
        while (i < jpeg.length) {
            if ((jpeg[i] & 0xFF) != 0xFF) {
                return Optional.empty();
            }
            while (i < jpeg.length && (jpeg[i] & 0xFF) == 0xFF) { // fill bytes may precede a marker
                i++;
            }
            if (i >= jpeg.length) {
                return Optional.empty();
            }
            int marker = jpeg[i++] & 0xFF;
            if (marker == 0x01 || marker == 0xD8 || (marker >= 0xD0 && marker <= 0xD7)) {
                continue; // markers without a segment
            }
            if (marker == 0xD9 || marker == 0xDA || i + 2 > jpeg.length) {
                return Optional.empty(); // end of image or scan data before any frame header
            }
            int length = u16(jpeg, i);
            if (length < 2 || i + length > jpeg.length) {
                return Optional.empty();
            }
            if (isStartOfFrame(marker)) {
                // length, sample precision, number of lines (height), samples per line (width)
                return length < 7 ? Optional.empty() : positive(u16(jpeg, i + 5), u16(jpeg, i + 3));
            }
            i += length;
        }
        return Optional.empty();
    }

    private static boolean isStartOfFrame(int marker) {
        return marker >= 0xC0 && marker <= 0xCF && marker != 0xC4 && marker != 0xC8 && marker != 0xCC;
    }

    private static Optional<Size> positive(long width, long height) {
        return width > 0 && height > 0 ? Optional.of(new Size(width, height)) : Optional.empty();
    }

    private static long u32(byte[] b, int i) {
        return ((long) (b[i] & 0xFF) << 24) | ((b[i + 1] & 0xFF) << 16) | ((b[i + 2] & 0xFF) << 8) | (b[i + 3] & 0xFF);
    }

    private static int u16(byte[] b, int i) {
        return ((b[i] & 0xFF) << 8) | (b[i + 1] & 0xFF);
    }
}
