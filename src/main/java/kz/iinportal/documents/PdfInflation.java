package kz.iinportal.documents;

import static kz.iinportal.documents.UploadCheck.ENDSTREAM;
import static kz.iinportal.documents.UploadCheck.indexOf;
import static kz.iinportal.documents.UploadCheck.isDelimiter;
import static kz.iinportal.documents.UploadCheck.isWhitespace;
import static kz.iinportal.documents.UploadCheck.regionEquals;
import static kz.iinportal.documents.UploadCheck.skipComment;
import static kz.iinportal.documents.UploadCheck.skipHexString;
import static kz.iinportal.documents.UploadCheck.skipLiteralString;
import static kz.iinportal.documents.UploadCheck.tokenEnd;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.filter.FilterFactory;

/**
 * Guards {@link PdfCheck} against decompression bombs. PDFBox decodes cross-reference streams and object streams
 * into memory, whole, with no limit: a 4 MB upload whose object stream inflates to 4 GB exhausts the heap of the
 * portal. So before PDFBox sees the file, those streams are decoded here by counting alone (nothing is kept but the
 * intermediate stage of a chain of filters), and the file is refused as damaged when they would together inflate to
 * more than {@link #MAX_DECODED_BYTES}, or one intermediate stage to more than {@link #MAX_STAGE_BYTES}. Other
 * streams (page content, images) are never decoded by the check and do not count, so a well-compressed scan is fine.
 *
 * <p>Only the general filters are decoded (Flate, LZW, run length, ASCII hex and 85): they are the ones that expand.
 * A chain stops at the first image codec (DCT, JPX, CCITT, JBIG2). Streams are found with the lexer of
 * {@link UploadCheck} (strings and comments skipped, stream data skipped by a correct {@code /Length}, direct or
 * indirect, else up to {@code endstream}); the filters are the names after {@code /Filter} in the dictionary just
 * before {@code stream}. Each general filter ends its own data (an end-of-data marker, the end of the deflate
 * stream), so decoding starts at the data and needs no length. A {@code /Filter} that is not a name or an array of
 * names (an indirect reference) is refused: no writer does that, and it would hide the filters from this check.
 *
 * <p>Real object streams hold a few megabytes at most; the limit costs well under a second of counting.
 */
final class PdfInflation {

    /** All object and cross-reference streams of one file together, decoded: 64 MB. */
    static final long MAX_DECODED_BYTES = 64L * 1024 * 1024;

    /** One intermediate stage of a chain of filters, held in memory: 16 MB. */
    static final int MAX_STAGE_BYTES = 16 * 1024 * 1024;

    private static final Set<String> GENERAL_FILTERS = Set.of("FlateDecode", "Fl", "LZWDecode", "LZW",
            "RunLengthDecode", "RL", "ASCIIHexDecode", "AHx", "ASCII85Decode", "A85");

    private PdfInflation() {
    }

    /** Thrown by the counting output when the budget is spent. */
    private static final class TooLarge extends IOException {
        TooLarge() {
            super("decodes to more than the limit");
        }
    }

    /** Whether every stream decodes within the limits, and every stream's filters are plain names. */
    static boolean withinLimits(byte[] pdf) {
        long[] budget = { MAX_DECODED_BYTES };
        @SuppressWarnings("unchecked")
        Map<String, Long>[] lengths = new Map[1];
        int n = pdf.length;
        int i = 0;
        int depth = 0;
        int dictionaryStart = -1;
        int lastDictionaryStart = -1;
        int lastDictionaryEnd = -1;
        while (i < n) {
            int c = pdf[i] & 0xFF;
            if (c == '%') {
                i = skipComment(pdf, i);
            } else if (c == '(') {
                i = skipLiteralString(pdf, i);
            } else if (c == '<') {
                if (i + 1 < n && pdf[i + 1] == '<') {
                    if (depth++ == 0) {
                        dictionaryStart = i;
                    }
                    i += 2;
                } else {
                    i = skipHexString(pdf, i);
                }
            } else if (c == '>' && i + 1 < n && pdf[i + 1] == '>') {
                if (depth > 0 && --depth == 0) {
                    lastDictionaryStart = dictionaryStart;
                    lastDictionaryEnd = i + 2;
                }
                i += 2;
            } else if (c == '/') {
                i = tokenEnd(pdf, i + 1);
            } else if (isWhitespace(c) || isDelimiter(c) || c == '>') {
                i++;
            } else {
                int end = tokenEnd(pdf, i);
                if (end - i == 6 && regionEquals(pdf, i, "stream")) {
                    int data = dataStart(pdf, end);
                    long length = -1;
                    if (lastDictionaryStart >= 0) {
                        List<String> filters = filters(pdf, lastDictionaryStart, lastDictionaryEnd);
                        if (filters == null) {
                            return false;
                        }
                        if (decodedByPdfBox(pdf, lastDictionaryStart, lastDictionaryEnd)
                                && !decodesWithin(pdf, data, filters, budget)) {
                            return false;
                        }
                        length = length(pdf, lastDictionaryStart, lastDictionaryEnd, lengths);
                    }
                    depth = 0;
                    lastDictionaryStart = -1;
                    i = afterStream(pdf, data, length);
                } else {
                    i = end;
                }
            }
        }
        return true;
    }

    /**
     * Whether PDFBox decodes the stream to check the file: object streams (they need {@code /First}) and
     * cross-reference streams (they need {@code /W}). Page content, images, fonts and metadata are never decoded, so
     * they do not count, however well a scan compresses. Which keys are there is read from the bytes: neither a
     * missing {@code /Type} nor an indirect value hides them.
     */
    private static boolean decodedByPdfBox(byte[] pdf, int start, int end) {
        return valueOf(pdf, start, end, "First") >= 0 || valueOf(pdf, start, end, "W") >= 0;
    }

    /**
     * After the stream's {@code endstream}: found by its {@code /Length} when that is right (as PDFBox does), so that
     * an {@code endstream} hidden in the data cannot make this scan read the rest of the data as objects; otherwise
     * by searching for the keyword.
     */
    private static int afterStream(byte[] pdf, int data, long length) {
        if (length >= 0 && data + length <= pdf.length) {
            int i = (int) (data + length);
            while (i < pdf.length && isWhitespace(pdf[i] & 0xFF)) {
                i++;
            }
            if (i + ENDSTREAM.length <= pdf.length && regionEquals(pdf, i, "endstream")) {
                return i + ENDSTREAM.length;
            }
        }
        int endstream = indexOf(pdf, ENDSTREAM, data);
        return endstream < 0 ? pdf.length : endstream + ENDSTREAM.length;
    }

    /** After the {@code stream} keyword and its end of line (CR LF or LF). */
    private static int dataStart(byte[] pdf, int afterKeyword) {
        int i = afterKeyword;
        if (i < pdf.length && pdf[i] == '\r') {
            i++;
        }
        if (i < pdf.length && pdf[i] == '\n') {
            i++;
        }
        return i;
    }

    /**
     * The filter names after {@code /Filter} in the dictionary, in order; empty without one; {@code null} when its
     * value is neither a name nor an array of names.
     */
    static List<String> filters(byte[] pdf, int start, int end) {
        int value = valueOf(pdf, start, end, "Filter");
        return value < 0 ? List.of() : filterValue(pdf, value, end);
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
                if (depth == 0 && UploadCheck.isName(pdf, i + 1, nameEnd, key)) {
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

    /**
     * The stream's {@code /Length}: a direct integer, or an indirect reference to an object that is one (as pdfTeX
     * writes it); -1 when it is neither. {@code lengths} holds the integer objects of the file, found on first need.
     */
    static long length(byte[] pdf, int start, int end, Map<String, Long>[] lengths) {
        int value = valueOf(pdf, start, end, "Length");
        if (value < 0) {
            return -1;
        }
        Matcher direct = INTEGER_OR_REFERENCE.matcher(ascii(pdf, value, Math.min(end, value + 40)));
        if (!direct.lookingAt()) {
            return -1;
        }
        if (direct.group(2) == null) {
            return Long.parseLong(direct.group(1));
        }
        if (lengths[0] == null) {
            // One pass over the file for all indirect lengths, however many streams refer to them.
            lengths[0] = new HashMap<>();
            Matcher object = INTEGER_OBJECT.matcher(ascii(pdf, 0, pdf.length));
            while (object.find()) {
                lengths[0].putIfAbsent(object.group(1) + " " + object.group(2), Long.parseLong(object.group(3)));
            }
        }
        return lengths[0].getOrDefault(Long.parseLong(direct.group(1)) + " " + Long.parseLong(direct.group(2)), -1L);
    }

    private static final Pattern INTEGER_OBJECT = Pattern
            .compile("(?<![0-9])([1-9][0-9]{0,9})\\s+(0|[1-9][0-9]{0,4})\\s+obj\\s*([0-9]{1,10})\\s*endobj");

    private static final Pattern INTEGER_OR_REFERENCE = Pattern.compile("([0-9]{1,10})(?:\\s+([0-9]{1,5})\\s+R)?");

    private static String ascii(byte[] pdf, int from, int to) {
        return new String(pdf, from, to - from, StandardCharsets.ISO_8859_1);
    }

    private static List<String> filterValue(byte[] pdf, int i, int end) {
        List<String> names = new ArrayList<>();
        if (i < end && pdf[i] == '/') {
            names.add(name(pdf, i + 1, tokenEnd(pdf, i + 1)));
            return names;
        }
        if (i >= end || pdf[i] != '[') {
            return null;
        }
        i++;
        while (i < end) {
            int c = pdf[i] & 0xFF;
            if (c == ']') {
                return names;
            } else if (c == '/') {
                int nameEnd = tokenEnd(pdf, i + 1);
                names.add(name(pdf, i + 1, nameEnd));
                i = nameEnd;
            } else if (isWhitespace(c)) {
                i++;
            } else {
                return null;
            }
        }
        return null;
    }

    /** The name's characters with {@code #xx} escapes decoded. */
    private static String name(byte[] pdf, int start, int end) {
        StringBuilder name = new StringBuilder();
        for (int i = start; i < end; i++) {
            int c = pdf[i] & 0xFF;
            if (c == '#' && i + 2 < end && Character.digit(pdf[i + 1], 16) >= 0 && Character.digit(pdf[i + 2], 16) >= 0) {
                c = Character.digit(pdf[i + 1], 16) * 16 + Character.digit(pdf[i + 2], 16);
                i += 2;
            }
            name.append((char) c);
        }
        return name.toString();
    }

    /** Decodes the general filters at the head of the chain; the last one only counts its output. */
    private static boolean decodesWithin(byte[] pdf, int dataStart, List<String> filters, long[] budget) {
        List<String> general = new ArrayList<>();
        for (String filter : filters) {
            if (!GENERAL_FILTERS.contains(filter)) {
                break;
            }
            general.add(filter);
        }
        if (general.isEmpty() || dataStart >= pdf.length) {
            return true;
        }
        InputStream data = new ByteArrayInputStream(pdf, dataStart, pdf.length - dataStart);
        for (int k = 0; k < general.size(); k++) {
            boolean last = k == general.size() - 1;
            Limited out = new Limited(last ? budget[0] : Math.min(budget[0], MAX_STAGE_BYTES), !last);
            try {
                FilterFactory.INSTANCE.getFilter(general.get(k)).decode(data, out, new COSDictionary(), 0);
            } catch (IOException | RuntimeException e) {
                if (spent(e)) {
                    return false;
                }
                // Otherwise damaged data: PDFBox decides about it itself, leniently; what was decoded counts.
            }
            budget[0] -= out.count;
            if (!last) {
                data = new ByteArrayInputStream(out.kept.toByteArray());
            }
        }
        return true;
    }

    /** Whether the budget ran out, also when a filter wrapped that in an exception of its own. */
    private static boolean spent(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof TooLarge) {
                return true;
            }
        }
        return false;
    }

    /** Counts what is written and refuses more than {@code limit} bytes; keeps it when asked to. */
    private static final class Limited extends OutputStream {
        final long limit;
        final ByteArrayOutputStream kept;
        long count;

        Limited(long limit, boolean keep) {
            this.limit = limit;
            this.kept = keep ? new ByteArrayOutputStream() : null;
        }

        @Override
        public void write(int b) throws IOException {
            add(1);
            if (kept != null) {
                kept.write(b);
            }
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            add(len);
            if (kept != null) {
                kept.write(b, off, len);
            }
        }

        private void add(int bytes) throws TooLarge {
            count += bytes;
            if (count > limit) {
                throw new TooLarge();
            }
        }
    }
}
