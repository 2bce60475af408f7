package kz.iinportal.documents;

import static kz.iinportal.documents.PdfSyntax.indexOf;
import static kz.iinportal.documents.PdfSyntax.isWhitespace;
import static kz.iinportal.documents.PdfSyntax.name;
import static kz.iinportal.documents.PdfSyntax.tokenEnd;
import static kz.iinportal.documents.PdfSyntax.valueOf;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

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
 * A chain stops at the first image codec (DCT, JPX, CCITT, JBIG2). Streams are found by their {@code stream}
 * keyword, each on its own (see {@link #dictionaryBefore}); the filters are the names after {@code /Filter} in the
 * dictionary between the object's {@code obj} and {@code stream}, read with the string and name rules of
 * {@link PdfSyntax}. Each general filter ends its own data (an end-of-data marker, the end of the deflate
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

    /** More {@code stream} keywords than this in 10 MB are no document: each costs a search backwards. */
    static final int MAX_STREAMS = 100_000;

    /** The longest stream dictionary looked for: 8 KB, more than any writer produces. */
    private static final int MAX_DICTIONARY = 8 * 1024;

    private static final byte[] STREAM = "stream".getBytes(StandardCharsets.US_ASCII);

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
        int keywords = 0;
        for (int at = indexOf(pdf, STREAM, 0); at >= 0; at = indexOf(pdf, STREAM, at + STREAM.length)) {
            if (!isStreamKeyword(pdf, at)) {
                continue;
            }
            if (++keywords > MAX_STREAMS) {
                return false;
            }
            int dictionary = dictionaryBefore(pdf, at);
            if (dictionary < 0) {
                return false;
            }
            List<String> filters = filters(pdf, dictionary, at);
            if (filters == null) {
                return false;
            }
            if (decodedByPdfBox(pdf, dictionary, at)
                    && !decodesWithin(pdf, dataStart(pdf, at + STREAM.length), filters, budget)) {
                return false;
            }
        }
        return true;
    }

    /**
     * The keyword {@code stream}, not the end of {@code endstream}: after white space or {@code >>}, before the end
     * of line that must follow it.
     */
    private static boolean isStreamKeyword(byte[] pdf, int at) {
        int after = at + STREAM.length;
        return at > 0 && (isWhitespace(pdf[at - 1] & 0xFF) || pdf[at - 1] == '>') && after < pdf.length
                && (pdf[after] == '\r' || pdf[after] == '\n');
    }

    /**
     * Where the stream's dictionary starts: the first {@code <<} after the nearest {@code obj} keyword within
     * {@link #MAX_DICTIONARY} bytes before the {@code stream} keyword; -1 when there is none. Searching backwards
     * from each keyword, rather than lexing the file from its start, cannot be led astray by what lies between
     * objects (an unbalanced parenthesis there would make a lexer read the rest of the file as a string, while PDFBox
     * jumps over it by the cross-reference offsets).
     */
    private static int dictionaryBefore(byte[] pdf, int at) {
        int limit = Math.max(0, at - MAX_DICTIONARY);
        for (int i = at - 3; i >= limit; i--) {
            if (pdf[i] == 'o' && pdf[i + 1] == 'b' && pdf[i + 2] == 'j'
                    && (i == 0 || !Character.isLetter(pdf[i - 1])) && !Character.isLetter(pdf[i + 3])) {
                for (int k = i + 3; k + 1 < at; k++) {
                    if (pdf[k] == '<' && pdf[k + 1] == '<') {
                        return k;
                    }
                }
                return -1;
            }
        }
        return -1;
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
