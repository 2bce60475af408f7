package kz.iinportal.documents;

import static kz.iinportal.documents.PdfSyntax.indexOf;
import static kz.iinportal.documents.PdfSyntax.isDelimiter;
import static kz.iinportal.documents.PdfSyntax.isName;
import static kz.iinportal.documents.PdfSyntax.isWhitespace;
import static kz.iinportal.documents.PdfSyntax.regionEquals;
import static kz.iinportal.documents.PdfSyntax.skipComment;
import static kz.iinportal.documents.PdfSyntax.skipHexString;
import static kz.iinportal.documents.PdfSyntax.skipLiteralString;
import static kz.iinportal.documents.PdfSyntax.tokenEnd;

import java.nio.charset.StandardCharsets;

/**
 * Password-protected PDFs, found before the PDF library: encrypted files are refused before PDFBox parses them
 * (which would mean decrypting them). A PDF is encrypted exactly when its trailer (or, from PDF 1.5 on, its
 * cross-reference stream's dictionary) has an {@code /Encrypt} entry. Both are plain, uncompressed dictionaries in
 * the file, so {@link #declared} scans the bytes with a small PDF lexer ({@link PdfSyntax}) and looks for the
 * <em>name</em> {@code /Encrypt}, skipping everything that may contain those letters without meaning encryption:
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
final class PdfEncryption {

    private static final byte[] ENDSTREAM = "endstream".getBytes(StandardCharsets.US_ASCII);

    private PdfEncryption() {
    }

    /**
     * Whether the bytes of a PDF contain the name {@code /Encrypt} outside stream data, strings and comments (see the
     * class comment). Does not check that the bytes are a PDF.
     */
    static boolean declared(byte[] pdf) {
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

    /**
     * From after the {@code stream} keyword to after the next {@code endstream}. The stream's {@code /Length} may be
     * an indirect reference, so the end is found by the keyword; binary data that happens to contain "endstream"
     * would end the skip early, which at worst lets a later {@code /Encrypt} in the same binary data be seen.
     */
    private static int skipStreamData(byte[] b, int i) {
        int end = indexOf(b, ENDSTREAM, i);
        return end < 0 ? b.length : end + ENDSTREAM.length;
    }
}
