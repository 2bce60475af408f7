package kz.iinportal.documents;

import static kz.iinportal.documents.TestFiles.ascii;
import static kz.iinportal.documents.TestFiles.concat;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Optional;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Test;

/**
 * The content check of uploads: type by magic bytes, size, password-protected, damaged and active PDFs, image sizes,
 * and safe file names.
 */
class UploadCheckTest {

    private static final int MB = 1024 * 1024;

    // --- accepted files -------------------------------------------------------------------------------------------

    @Test
    void acceptsAMinimalPdf() {
        assertAccepted(DocumentFormat.PDF, "application/pdf", TestFiles.plainPdf());
    }

    @Test
    void acceptsAJpeg() {
        assertAccepted(DocumentFormat.JPEG, "image/jpeg", TestFiles.jpeg());
    }

    @Test
    void acceptsAPng() {
        assertAccepted(DocumentFormat.PNG, "image/png", TestFiles.png());
    }

    @Test
    void aPdfWrittenByPdfBoxIsAccepted() {
        assertAccepted(DocumentFormat.PDF, "application/pdf", TestFiles.pdfBoxPlain());
    }

    @Test
    void theSignatureDecidesTheTypeButIsNotEnough() {
        // The signature picks the check; a signature alone is then no readable file of that type.
        assertProblem(UploadProblem.PDF_DAMAGED, ascii("%PDF-1.7\n"));
        assertProblem(UploadProblem.IMAGE_DAMAGED, bytes("FFD8FFE0"));
        assertProblem(UploadProblem.IMAGE_DAMAGED, bytes("89504E470D0A1A0A"));
    }

    private static void assertAccepted(DocumentFormat format, String mediaType, byte[] content) {
        UploadCheck.Result result = UploadCheck.check(content);
        assertTrue(result.isAccepted(), "refused: " + result.problem());
        assertEquals(format, result.format());
        assertNull(result.problem());
        assertEquals(mediaType, result.format().mediaType());
        assertEquals(format, UploadCheck.require(content));
    }

    // --- wrong type -----------------------------------------------------------------------------------------------

    @Test
    void anElfExecutableNamedPdfIsTheWrongType() {
        byte[] elf = concat(bytes("7F454C46020101000000000000000000"), new byte[200]);
        assertProblem(UploadProblem.WRONG_TYPE, elf);
    }

    @Test
    void aWindowsExecutableNamedPdfIsTheWrongType() {
        byte[] pe = concat(ascii("MZ"), bytes("90000300000004000000FFFF0000B8"), new byte[200],
                ascii("This program cannot be run in DOS mode. %PDF-1.4"));
        assertProblem(UploadProblem.WRONG_TYPE, pe);
    }

    @Test
    void htmlIsTheWrongType() {
        assertProblem(UploadProblem.WRONG_TYPE,
                ascii("<!DOCTYPE html><html><body><script>alert(1)</script></body></html>"));
        assertProblem(UploadProblem.WRONG_TYPE, ascii("<html>%PDF-1.4</html>"));
    }

    @Test
    void otherFormatsAreTheWrongType() {
        assertProblem(UploadProblem.WRONG_TYPE, concat(bytes("504B0304"), new byte[100])); // ZIP, also DOCX
        assertProblem(UploadProblem.WRONG_TYPE, ascii("GIF89a\u0001\u0000\u0001\u0000"));
        assertProblem(UploadProblem.WRONG_TYPE, ascii("<svg xmlns=\"http://www.w3.org/2000/svg\"/>"));
        assertProblem(UploadProblem.WRONG_TYPE, ascii("plain text"));
    }

    @Test
    void aSignatureMustBeCompleteAndAtTheStart() {
        assertProblem(UploadProblem.WRONG_TYPE, ascii("%PDF"));
        assertProblem(UploadProblem.WRONG_TYPE, ascii("%pdf-1.4"));
        assertProblem(UploadProblem.WRONG_TYPE, bytes("FFD8"));
        assertProblem(UploadProblem.WRONG_TYPE, bytes("89504E470D0A1A"));
        assertProblem(UploadProblem.WRONG_TYPE, concat(bytes("EFBBBF"), TestFiles.plainPdf())); // byte order mark
        assertProblem(UploadProblem.WRONG_TYPE, concat(ascii(" "), TestFiles.plainPdf()));
    }

    // --- size -----------------------------------------------------------------------------------------------------

    @Test
    void zeroBytesAreEmpty() {
        assertProblem(UploadProblem.EMPTY, new byte[0]);
        assertProblem(UploadProblem.EMPTY, null);
        assertEquals(Optional.of(UploadProblem.EMPTY), UploadCheck.checkSize(0));
    }

    @Test
    void elevenMegabytesAreTooLarge() {
        assertProblem(UploadProblem.TOO_LARGE, paddedPdf(11 * MB));
        assertEquals(Optional.of(UploadProblem.TOO_LARGE), UploadCheck.checkSize(11L * MB));
    }

    @Test
    void tenMegabytesExactlyAreAcceptedOneByteMoreIsNot() {
        assertAccepted(DocumentFormat.PDF, "application/pdf", paddedPdf(10 * MB));
        assertProblem(UploadProblem.TOO_LARGE, paddedPdf(10 * MB + 1));
        assertEquals(Optional.empty(), UploadCheck.checkSize(10 * MB));
        assertEquals(Optional.of(UploadProblem.TOO_LARGE), UploadCheck.checkSize(10 * MB + 1));
    }

    @Test
    void theSizeIsDecidedBeforeTheContentIsLookedAt() {
        // Too large and encrypted: the answer is TOO_LARGE, so the PDF was never scanned.
        byte[] encrypted = TestFiles.encryptedPdf();
        byte[] large = Arrays.copyOf(encrypted, 11 * MB);
        assertProblem(UploadProblem.TOO_LARGE, large);
        // Too large and not a PDF at all.
        assertProblem(UploadProblem.TOO_LARGE, new byte[11 * MB]);
    }

    @Test
    void readingAnUploadStopsJustAfterTheLimit() throws IOException {
        CountingEndlessStream endless = new CountingEndlessStream();
        UploadRejected rejected = assertThrows(UploadRejected.class, () -> UploadCheck.readLimited(endless));
        assertEquals(UploadProblem.TOO_LARGE, rejected.problem());
        assertEquals(UploadCheck.MAX_BYTES + 1L, endless.read);

        byte[] pdf = TestFiles.plainPdf();
        assertArrayEquals(pdf, UploadCheck.readLimited(new ByteArrayInputStream(pdf)));
        byte[] tenMb = paddedPdf(10 * MB);
        assertArrayEquals(tenMb, UploadCheck.readLimited(new ByteArrayInputStream(tenMb)));
    }

    private static byte[] paddedPdf(int size) {
        byte[] pdf = TestFiles.plainPdf();
        byte[] padded = Arrays.copyOf(pdf, size);
        Arrays.fill(padded, pdf.length, size, (byte) '\n'); // trailing white space after %%EOF
        return padded;
    }

    /** An endless stream of zero bytes that counts what was read from it. */
    private static final class CountingEndlessStream extends InputStream {
        long read;

        @Override
        public int read() {
            read++;
            return 0;
        }

        @Override
        public int read(byte[] b, int off, int len) {
            Arrays.fill(b, off, off + len, (byte) 0);
            read += len;
            return len;
        }
    }

    // --- password-protected PDFs ----------------------------------------------------------------------------------

    @Test
    void anEncryptedPdfIsPasswordProtected() {
        assertProblem(UploadProblem.PASSWORD_PROTECTED, TestFiles.encryptedPdf());
    }

    @Test
    void anEncryptedPdfWithACrossReferenceStreamIsPasswordProtected() {
        assertProblem(UploadProblem.PASSWORD_PROTECTED, TestFiles.encryptedPdf("/Encrypt", true));
    }

    @Test
    void theEncryptNameIsRecognisedWithHexEscapes() {
        assertProblem(UploadProblem.PASSWORD_PROTECTED, TestFiles.encryptedPdf("/Encr#79pt", false));
        assertProblem(UploadProblem.PASSWORD_PROTECTED, TestFiles.encryptedPdf("/#45ncrypt", true));
    }

    @Test
    void aNormalPdfThatMentionsEncryptIsNotPasswordProtected() {
        byte[] pdf = TestFiles.pdfMentioningEncrypt();
        assertTrue(new String(pdf, StandardCharsets.ISO_8859_1).contains("/Encrypt"),
                "the fixture does contain the bytes /Encrypt");
        assertAccepted(DocumentFormat.PDF, "application/pdf", pdf);
    }

    @Test
    void theScanSkipsStringsCommentsAndStreamsOnly() {
        String pdf = "%PDF-1.4\n";
        assertFalse(PdfEncryption.declared(ascii(pdf + "(a /Encrypt b)")));
        assertFalse(PdfEncryption.declared(ascii(pdf + "(a (nested) /Encrypt \\) still inside)")));
        assertFalse(PdfEncryption.declared(ascii(pdf + "<2F456E6372797074>")));
        assertFalse(PdfEncryption.declared(ascii(pdf + "% /Encrypt\n")));
        assertFalse(PdfEncryption.declared(ascii(pdf + "<< /Length 8 >>\nstream\n/Encrypt\nendstream")));
        assertFalse(PdfEncryption.declared(ascii(pdf + "<< /EncryptMetadata false /Encrypted 1 >>")));

        assertTrue(PdfEncryption.declared(ascii(pdf + "(a \\( b) << /Encrypt 5 0 R >>")));
        assertTrue(PdfEncryption.declared(ascii(pdf + "(a (b) c) <00ff> % x\n<</Encrypt 5 0 R>>")));
        assertTrue(PdfEncryption.declared(ascii(pdf + "stream\n(\nendstream\ntrailer<</Encrypt 5 0 R>>")));
        assertTrue(PdfEncryption.declared(ascii(pdf + "trailer\n<</Size 5/Encrypt[5 0 R]>>")));
    }

    @Test
    void aPdfWithAUserPasswordIsPasswordProtected() {
        byte[] pdf = TestFiles.pdfWithUserPassword();
        assertProblem(UploadProblem.PASSWORD_PROTECTED, pdf);
        // PDFBox alone comes to the same answer, for files the scan before it might miss.
        assertEquals(Optional.of(UploadProblem.PASSWORD_PROTECTED), PdfCheck.check(pdf));
        assertEquals(Optional.of(UploadProblem.PASSWORD_PROTECTED), PdfCheck.check(TestFiles.encryptedPdf()));
    }

    // --- damaged PDFs and polyglots -------------------------------------------------------------------------------

    @Test
    void thePdfSignatureFollowedByHtmlIsDamaged() {
        assertProblem(UploadProblem.PDF_DAMAGED, TestFiles.pdfHtmlPolyglot());
        // Not only because of the markup: PDFBox cannot read it either.
        assertEquals(Optional.of(UploadProblem.PDF_DAMAGED), PdfCheck.check(TestFiles.pdfHtmlPolyglot()));
    }

    @Test
    void aValidPdfWithHtmlAfterItsHeaderIsRefusedToo() {
        byte[] polyglot = TestFiles.validPdfWithHtmlInside();
        assertEquals(Optional.empty(), PdfCheck.check(polyglot), "PDFBox reads it as a PDF");
        assertProblem(UploadProblem.PDF_DAMAGED, polyglot);
    }

    @Test
    void aTruncatedOrGarbledPdfIsDamaged() {
        byte[] pdf = TestFiles.pdfBoxPlain();
        assertProblem(UploadProblem.PDF_DAMAGED, Arrays.copyOf(pdf, pdf.length / 3));
        assertProblem(UploadProblem.PDF_DAMAGED, concat(ascii("%PDF-1.4\n"), new byte[5000]));
        assertProblem(UploadProblem.PDF_DAMAGED, ascii("%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 1 0 R >> endobj\n"
                + "trailer << /Root 1 0 R >>\n%%EOF\n"));
    }

    @Test
    void absurdNestingIsDamagedNotAnError() {
        String deep = "[".repeat(100_000) + "]".repeat(100_000);
        byte[] pdf = ascii("%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R /X " + deep + " >> endobj\n"
                + "2 0 obj << /Type /Pages /Kids [] /Count 0 >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n");
        assertProblem(UploadProblem.PDF_DAMAGED, pdf);
    }

    @Test
    void aDecompressionBombIsDamagedBeforePdfBoxInflatesIt() {
        byte[] small = TestFiles.pdfWithObjectStreamInflatingTo(1);
        assertAccepted(DocumentFormat.PDF, "application/pdf", small); // the same file, inflating to 1 MB, is fine
        byte[] bomb = TestFiles.pdfWithObjectStreamInflatingTo(100);
        assertTrue(bomb.length < 200_000, "a small file: " + bomb.length);
        assertFalse(PdfInflation.withinLimits(bomb));
        assertProblem(UploadProblem.PDF_DAMAGED, bomb);
        // An unbalanced parenthesis before the object would make a lexer read the rest as a string; PDFBox skips it.
        assertFalse(PdfInflation.withinLimits(TestFiles.pdfWithObjectStreamInflatingTo(100, "(\n")));
        assertTrue(PdfInflation.withinLimits(TestFiles.pdfWithObjectStreamInflatingTo(1, "(\n")));
    }

    @Test
    void onlyObjectAndCrossReferenceStreamsCountTowardsTheInflationLimit() {
        assertTrue(PdfInflation.withinLimits(TestFiles.pdfBoxPlain()));
        // An indirect /Filter would hide the filters from the count.
        assertFalse(PdfInflation.withinLimits(ascii("%PDF-1.4\n1 0 obj << /First 4 /Filter 2 0 R /Length 1 >>\n"
                + "stream\nx\nendstream endobj\n")));
    }

    // --- active content in PDFs -----------------------------------------------------------------------------------

    @Test
    void documentJavaScriptIsActiveContent() {
        assertActive(TestFiles.pdfWithDocumentJavaScript(), true, true);
    }

    @Test
    void anOpenActionWithJavaScriptIsActiveContent() {
        assertActive(TestFiles.pdfWithOpenActionJavaScript(), true, true);
    }

    @Test
    void aLaunchActionIsActiveContent() {
        assertActive(TestFiles.pdfWithLaunchLink(), true, true);
    }

    @Test
    void aSubmitFormActionIsActiveContent() {
        assertActive(TestFiles.pdfWithSubmitFormLink(), true, false);
    }

    @Test
    void pageOpenJavaScriptIsActiveContent() {
        assertActive(TestFiles.pdfWithPageOpenJavaScript(), true, true);
    }

    @Test
    void aFieldScriptIsActiveContent() {
        assertActive(TestFiles.pdfWithFieldJavaScript(), true, true);
    }

    @Test
    void anXfaFormIsActiveContent() {
        assertActive(TestFiles.pdfWithXfa(), true, true);
    }

    @Test
    void anEmbeddedFileIsActiveContent() {
        assertActive(TestFiles.pdfWithEmbeddedFile(), true, true);
    }

    @Test
    void aFileAttachmentAnnotationIsActiveContent() {
        assertActive(TestFiles.pdfWithFileAttachmentAnnotation(), true, true);
    }

    @Test
    void javaScriptInACompressedBookmarkIsFoundByTheWalkOverEveryObject() {
        byte[] pdf = TestFiles.pdfWithOutlineJavaScript();
        String raw = new String(pdf, StandardCharsets.ISO_8859_1);
        assertTrue(raw.contains("/ObjStm"), "the objects are in a compressed object stream");
        assertFalse(raw.contains("JavaScript"), "so a byte search would not find the script");
        assertActive(pdf, false, true);
    }

    @Test
    void anOpenActionThatIsOnlyADestinationIsNoActiveContent() {
        assertAccepted(DocumentFormat.PDF, "application/pdf", TestFiles.pdfOpeningAtAPage());
    }

    @Test
    void anOpenActionThatOnlyGoesToAPageIsNoActiveContent() {
        assertAccepted(DocumentFormat.PDF, "application/pdf", TestFiles.pdfOpeningWithAGoToAction());
    }

    @Test
    void aWebLinkIsNoActiveContentButOpeningAWebAddressOnOpeningIs() {
        assertAccepted(DocumentFormat.PDF, "application/pdf", TestFiles.pdfWithWebLink());
        assertActive(TestFiles.pdfOpeningAWebAddress(), true, false);
    }

    @Test
    void pageTextThatNamesActiveFeaturesIsNoActiveContent() {
        assertAccepted(DocumentFormat.PDF, "application/pdf", TestFiles.pdfTalkingAboutJavaScript());
    }

    /** Refused as active content, and which of the two walks sees it on its own. */
    private static void assertActive(byte[] pdf, boolean model, boolean everyObject) {
        assertProblem(UploadProblem.ACTIVE_CONTENT, pdf);
        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertEquals(model, PdfCheck.hasActiveContent(document), "the object model walk");
            assertEquals(everyObject, PdfCheck.hasActiveNames(document.getDocument()), "the walk over every object");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    // --- image sizes ----------------------------------------------------------------------------------------------

    @Test
    void aPngDeclaring50000PixelsASideIsTooLarge() {
        assertProblem(UploadProblem.IMAGE_TOO_LARGE, TestFiles.pngDeclaring(50_000, 50_000));
    }

    @Test
    void aJpegDeclaring50000PixelsASideIsTooLarge() {
        assertProblem(UploadProblem.IMAGE_TOO_LARGE, TestFiles.jpegDeclaring(50_000, 50_000));
    }

    @Test
    void theImageLimitsAre12000PixelsASideAnd60Megapixels() {
        assertAccepted(DocumentFormat.PNG, "image/png", TestFiles.pngDeclaring(12_000, 5_000));
        assertAccepted(DocumentFormat.JPEG, "image/jpeg", TestFiles.jpegDeclaring(5_000, 12_000));
        assertAccepted(DocumentFormat.PNG, "image/png", TestFiles.pngDeclaring(12_000, 1));
        assertProblem(UploadProblem.IMAGE_TOO_LARGE, TestFiles.pngDeclaring(12_001, 1));
        assertProblem(UploadProblem.IMAGE_TOO_LARGE, TestFiles.jpegDeclaring(1, 12_001));
        assertProblem(UploadProblem.IMAGE_TOO_LARGE, TestFiles.pngDeclaring(12_000, 5_001));
        assertProblem(UploadProblem.IMAGE_TOO_LARGE, TestFiles.jpegDeclaring(8_000, 8_000));
        assertProblem(UploadProblem.IMAGE_TOO_LARGE, TestFiles.pngDeclaring(0xFFFF_FFFFL, 0xFFFF_FFFFL));
    }

    @Test
    void theSizeComesFromTheHeaderOfRealImages() {
        assertEquals(Optional.of(new ImageCheck.Size(2, 2)), ImageCheck.pngSize(TestFiles.png()));
        assertEquals(Optional.of(new ImageCheck.Size(2, 2)), ImageCheck.jpegSize(TestFiles.jpeg()));
        assertEquals(Optional.of(new ImageCheck.Size(640, 480)),
                ImageCheck.jpegSize(TestFiles.jpegDeclaring(640, 480)));
    }

    @Test
    void anImageWhoseHeaderCannotBeReadIsDamaged() {
        byte[] png = TestFiles.pngDeclaring(100, 100);
        byte[] badCrc = png.clone();
        badCrc[29] ^= 1;
        assertProblem(UploadProblem.IMAGE_DAMAGED, badCrc);
        assertProblem(UploadProblem.IMAGE_DAMAGED, Arrays.copyOf(png, 30));
        assertProblem(UploadProblem.IMAGE_DAMAGED, TestFiles.pngDeclaring(0, 100));
        assertProblem(UploadProblem.IMAGE_DAMAGED, concat(bytes("89504E470D0A1A0A"),
                TestFiles.pngChunk("tEXt", ascii("Comment\u0000x")))); // IHDR must come first

        byte[] jpeg = TestFiles.jpegDeclaring(100, 100);
        assertProblem(UploadProblem.IMAGE_DAMAGED, Arrays.copyOf(jpeg, 30)); // ends inside the frame header
        assertProblem(UploadProblem.IMAGE_DAMAGED, TestFiles.jpegDeclaring(100, 0));
        assertProblem(UploadProblem.IMAGE_DAMAGED, bytes("FFD8FFD9")); // end of image, no frame
        assertProblem(UploadProblem.IMAGE_DAMAGED, bytes("FFD8FFDA000C03010002110311003F00")); // scan before frame
        assertProblem(UploadProblem.IMAGE_DAMAGED, concat(bytes("FFD8FFE0FFFF"), new byte[100])); // segment too long
        assertProblem(UploadProblem.IMAGE_DAMAGED, concat(bytes("FFD8FF"), ascii("<html><script></script></html>")));
    }

    // --- number of documents --------------------------------------------------------------------------------------

    @Test
    void theEleventhDocumentIsTooMany() {
        assertEquals(Optional.empty(), UploadCheck.checkCount(0));
        assertEquals(Optional.empty(), UploadCheck.checkCount(9));
        assertEquals(Optional.of(UploadProblem.TOO_MANY), UploadCheck.checkCount(10));
        assertEquals(Optional.of(UploadProblem.TOO_MANY), UploadCheck.checkCount(11));
    }

    @Test
    void everyProblemHasItsOwnMessageKey() {
        assertEquals("upload.error.PASSWORD_PROTECTED", UploadProblem.PASSWORD_PROTECTED.messageKey());
        assertEquals("upload.error.TOO_MANY", new UploadRejected(UploadProblem.TOO_MANY).messageKey());
        assertEquals("upload.error.ACTIVE_CONTENT", UploadProblem.ACTIVE_CONTENT.messageKey());
        assertEquals("upload.error.PDF_DAMAGED", UploadProblem.PDF_DAMAGED.messageKey());
        assertEquals("upload.error.IMAGE_DAMAGED", UploadProblem.IMAGE_DAMAGED.messageKey());
        assertEquals("upload.error.IMAGE_TOO_LARGE", UploadProblem.IMAGE_TOO_LARGE.messageKey());
        assertEquals(UploadProblem.values().length,
                Arrays.stream(UploadProblem.values()).map(UploadProblem::messageKey).distinct().count());
    }

    private static void assertProblem(UploadProblem expected, byte[] content) {
        UploadCheck.Result result = UploadCheck.check(content);
        assertFalse(result.isAccepted(), "accepted as " + result.format());
        assertEquals(expected, result.problem());
        assertNull(result.format());
        assertEquals(expected, assertThrows(UploadRejected.class, () -> UploadCheck.require(content)).problem());
    }

    // --- file names -----------------------------------------------------------------------------------------------

    @Test
    void safeFileNameDropsUnixPaths() {
        assertEquals("passwd", SafeFileName.of("../../etc/passwd"));
        assertEquals("scan.pdf", SafeFileName.of("/home/x/scan.pdf"));
    }

    @Test
    void safeFileNameDropsWindowsPaths() {
        assertEquals("scan.pdf", SafeFileName.of("C:\\Users\\x\\scan.pdf"));
        assertEquals("scan.pdf", SafeFileName.of("..\\..\\scan.pdf"));
    }

    @Test
    void safeFileNameDropsMarkup() {
        assertEquals("script.png", SafeFileName.of("<script>alert(1)</script>.png"));
        assertEquals("img src=x onerror=alert(1).png", SafeFileName.of("<img src=x onerror=alert(1)>.png"));
        assertEquals("a onerror=alert(1) .jpg", SafeFileName.of("a\" onerror='alert(1)' &.jpg"));
    }

    @Test
    void safeFileNameDropsControlAndInvisibleCharacters() {
        assertEquals("scan.pdf", SafeFileName.of("sc\u0000an\r\n.pdf"));
        assertEquals("passportgpj.exe", SafeFileName.of("passport\u202Egpj.exe")); // right-to-left override
        assertEquals("паспорт Ұлы.pdf", SafeFileName.of("паспорт Ұлы.pdf"));
    }

    @Test
    void safeFileNameShortensLongNamesKeepingTheExtension() {
        String name = SafeFileName.of("a".repeat(300) + ".pdf");
        assertEquals(100, name.length());
        assertEquals("a".repeat(96) + ".pdf", name);

        String noExtension = SafeFileName.of("b".repeat(300));
        assertEquals("b".repeat(100), noExtension);

        // Counted in characters, not UTF-16 units: a surrogate pair is never split.
        String emoji = SafeFileName.of("\uD83D\uDCC4".repeat(150) + ".png");
        assertEquals(100, emoji.codePointCount(0, emoji.length()));
        assertTrue(emoji.endsWith("\uD83D\uDCC4.png"));
    }

    @Test
    void safeFileNameDropsLeadingDots() {
        assertEquals("bashrc", SafeFileName.of(".bashrc"));
        assertEquals("document", SafeFileName.of("..."));
        assertEquals("document.pdf", SafeFileName.of("...", DocumentFormat.PDF));
        assertEquals("document.pdf", SafeFileName.of("../..", DocumentFormat.PDF));
    }

    @Test
    void safeFileNameFallsBackToDocumentWithTheDetectedExtension() {
        assertEquals("document", SafeFileName.of(""));
        assertEquals("document.png", SafeFileName.of("", DocumentFormat.PNG));
        assertEquals("document.jpg", SafeFileName.of(null, DocumentFormat.JPEG));
        assertEquals("document.pdf", SafeFileName.of("C:\\scans\\", DocumentFormat.PDF));
        assertEquals("document.pdf", SafeFileName.of("<>\"'&", DocumentFormat.PDF));
        assertEquals("document.pdf", SafeFileName.of("  \t ", DocumentFormat.PDF));
    }

    private static byte[] bytes(String hex) {
        return HexFormat.of().parseHex(hex);
    }
}
