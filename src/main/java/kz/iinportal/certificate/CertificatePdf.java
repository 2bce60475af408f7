package kz.iinportal.certificate;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.List;
import java.util.Map;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.common.PDStream;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationWidget;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAppearanceDictionary;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAppearanceStream;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.PDSignature;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.SignatureOptions;
import org.apache.pdfbox.pdmodel.interactive.form.PDAcroForm;
import org.apache.pdfbox.pdmodel.interactive.form.PDSignatureField;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;

import kz.iinportal.signing.Signer;

/**
 * Draws a certificate on one A4 page with PDFBox. The font (DejaVu Sans, shipped in the application) is embedded as
 * a subset, so Kazakh letters print on any reader and nothing depends on the fonts of the machine. The QR code is
 * drawn as vector squares: sharp at any zoom and on paper.
 */
public final class CertificatePdf {

    private static final byte[] REGULAR = font("fonts/DejaVuSans.ttf");
    private static final byte[] BOLD = font("fonts/DejaVuSans-Bold.ttf");

    private static final float MARGIN = 56;
    private static final float LABEL_WIDTH = 190;
    private static final float GAP = 14;
    /**
     * 48 mm: the signed token makes a version 17 code (85 modules), and at this size a module is 0.56 mm, which a
     * phone reads from an office print (docs/performance.md).
     */
    static final float QR_SIZE = 136;
    private static final float GREY = 0.35f;

    private CertificatePdf() {
    }

    /** The height of the visible signature block at the foot of the page. */
    private static final float SIGNATURE_HEIGHT = 58;

    /**
     * The certificate signed (PAdES baseline B): drawn, then signed in an incremental update whose signature covers
     * the whole file but the signature itself. The same certificate gives the same bytes: the signing time is the
     * issue time, the document id is derived from it, and the signer is deterministic (docs/decisions.md).
     */
    public static byte[] signed(CertificateContent content, Signer signer) {
        byte[] drawn = render(content);
        try (PDDocument document = Loader.loadPDF(drawn)) {
            long issued = content.issuedAt().toInstant().toEpochMilli();
            // PDFBox derives the trailer's /ID from this instead of the clock
            document.setDocumentId(issued);
            PDSignature signature = new PDSignature();
            signature.setFilter(PDSignature.FILTER_ADOBE_PPKLITE);
            signature.setSubFilter(PDSignature.SUBFILTER_ETSI_CADES_DETACHED);
            signature.setName(content.signerName());
            signature.setReason(content.title().get(0) + " " + content.number());
            Calendar signedAt = GregorianCalendar.from(content.issuedAt().toZonedDateTime());
            signature.setSignDate(signedAt);
            PDPage page = document.getPage(0);
            PDRectangle area = new PDRectangle(MARGIN, MARGIN / 2, page.getMediaBox().getWidth() - 2 * MARGIN,
                    SIGNATURE_HEIGHT);
            try (SignatureOptions options = new SignatureOptions()) {
                options.setVisualSignature(appearance(page.getMediaBox(), area, content.signatureBlock()));
                options.setPage(0);
                options.setPreferredSignatureSize(SIGNATURE_SIZE);
                document.addSignature(signature, signer::sign, options);
                ByteArrayOutputStream bytes = new ByteArrayOutputStream(drawn.length + 2 * SIGNATURE_SIZE + 4096);
                document.saveIncremental(bytes);
                return bytes.toByteArray();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Room for the CMS: two certificates and an ECDSA signature take about 1.5 KB; an RSA chain of 3 about 5 KB. */
    private static final int SIGNATURE_SIZE = 12_288;

    /**
     * A one-page document holding only the signature's widget and its appearance: PDFBox copies it into the signed
     * PDF (as apache/pdfbox's CreateVisibleSignature2 example does).
     */
    private static InputStream appearance(PDRectangle mediaBox, PDRectangle area, List<String> lines)
            throws IOException {
        try (PDDocument template = new PDDocument()) {
            PDPage page = new PDPage(mediaBox);
            template.addPage(page);
            PDAcroForm form = new PDAcroForm(template);
            template.getDocumentCatalog().setAcroForm(form);
            PDSignatureField field = new PDSignatureField(form);
            PDAnnotationWidget widget = field.getWidgets().get(0);
            form.setSignaturesExist(true);
            form.setAppendOnly(true);
            form.getCOSObject().setDirect(true);
            form.getFields().add(field);
            widget.setRectangle(area);
            widget.setPage(page);
            page.getAnnotations().add(widget);

            PDFormXObject xObject = new PDFormXObject(new PDStream(template));
            xObject.setResources(new PDResources());
            xObject.setFormType(1);
            xObject.setBBox(new PDRectangle(area.getWidth(), area.getHeight()));
            PDAppearanceDictionary appearance = new PDAppearanceDictionary();
            appearance.getCOSObject().setDirect(true);
            PDAppearanceStream stream = new PDAppearanceStream(xObject.getCOSObject());
            appearance.setNormalAppearance(stream);
            widget.setAppearance(appearance);

            PDFont font = PDType0Font.load(template, new ByteArrayInputStream(REGULAR), true);
            try (PDPageContentStream out = new PDPageContentStream(template, stream)) {
                out.setStrokingColor(0.35f);
                out.setLineWidth(0.8f);
                out.addRect(0.4f, 0.4f, area.getWidth() - 0.8f, area.getHeight() - 0.8f);
                out.stroke();
                Writer w = new Writer(out, area.getHeight() - 4);
                w.lines(font, 8, 0, 8, area.getWidth() - 16, lines.subList(0, 1));
                w.lines(font, 7, GREY, 8, area.getWidth() - 16, lines.subList(1, lines.size()));
            }
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            template.save(bytes);
            return new ByteArrayInputStream(bytes.toByteArray());
        }
    }

    /** The certificate drawn, not signed. */
    static byte[] render(CertificateContent content) {
        try (PDDocument document = new PDDocument()) {
            PDFont regular = PDType0Font.load(document, new ByteArrayInputStream(REGULAR), true);
            PDFont bold = PDType0Font.load(document, new ByteArrayInputStream(BOLD), true);
            PDPage page = new PDPage(PDRectangle.A4);
            document.addPage(page);
            describe(document, content);
            // the trailer's /ID from the issue time, not from the clock: the same certificate gives the same file
            document.setDocumentId(content.issuedAt().toInstant().toEpochMilli());

            float width = page.getMediaBox().getWidth() - 2 * MARGIN;
            try (PDPageContentStream out = new PDPageContentStream(document, page)) {
                Writer w = new Writer(out, page.getMediaBox().getHeight() - MARGIN);
                w.lines(bold, 18, 0, MARGIN, width, content.title().subList(0, 1));
                w.lines(regular, 11, GREY, MARGIN, width, content.title().subList(1, content.title().size()));
                w.y -= 10;
                w.rule(MARGIN, width);
                w.y -= 16;
                for (CertificateContent.Row row : content.rows()) {
                    w.row(row, regular, bold, width);
                }
                w.rule(MARGIN, width);
                w.y -= 24;
                float qrTop = w.y;
                qr(out, content.qrUrl(), MARGIN, qrTop, QR_SIZE);
                float textX = MARGIN + QR_SIZE + 2 * GAP;
                float textWidth = width - QR_SIZE - 2 * GAP;
                w.y = qrTop - 4;
                w.lines(regular, 10, 0, textX, textWidth, content.verificationCaption().subList(0, 1));
                w.lines(regular, 8, GREY, textX, textWidth,
                        content.verificationCaption().subList(1, content.verificationCaption().size()));
                w.y -= 4;
                w.lines(bold, 10, 0, textX, textWidth, List.of(content.verificationUrl()));
                w.y = Math.min(w.y, qrTop - QR_SIZE) - 24;
                w.lines(regular, 8, GREY, MARGIN, width, content.footer());
            }
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            document.save(bytes);
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void describe(PDDocument document, CertificateContent content) {
        PDDocumentInformation info = document.getDocumentInformation();
        info.setTitle(content.title().get(0) + " " + content.number());
        info.setCreator("IIN portal");
        // The issue time, not the download time: the same certificate gives the same file.
        Calendar created = GregorianCalendar.from(content.issuedAt().toZonedDateTime());
        info.setCreationDate(created);
        info.setModificationDate(created);
        document.getDocumentCatalog().setLanguage(content.language());
    }

    /** Draws the QR code of {@code text} with its top-left corner at (x, top); the page's white is its quiet zone. */
    static void qr(PDPageContentStream out, String text, float x, float top, float size) throws IOException {
        BitMatrix matrix;
        try {
            matrix = new QRCodeWriter().encode(text, BarcodeFormat.QR_CODE, 0, 0,
                    Map.of(EncodeHintType.MARGIN, 0, EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M));
        } catch (WriterException e) {
            throw new IllegalStateException("QR code for " + text, e);
        }
        float module = size / matrix.getWidth();
        out.setNonStrokingColor(0f);
        for (int row = 0; row < matrix.getHeight(); row++) {
            int col = 0;
            while (col < matrix.getWidth()) {
                if (!matrix.get(col, row)) {
                    col++;
                    continue;
                }
                int start = col;
                while (col < matrix.getWidth() && matrix.get(col, row)) {
                    col++;
                }
                // One rectangle per run of dark modules: no hairline seams between neighbours when rasterised.
                out.addRect(x + start * module, top - (row + 1) * module, (col - start) * module, module);
            }
        }
        out.fill();
    }

    private static byte[] font(String resource) {
        try (InputStream in = CertificatePdf.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(resource + " not on the class path");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Writes lines top-down from a cursor. */
    private static final class Writer {
        private final PDPageContentStream out;
        float y;

        Writer(PDPageContentStream out, float top) {
            this.out = out;
            this.y = top;
        }

        void row(CertificateContent.Row row, PDFont regular, PDFont bold, float width) throws IOException {
            float top = y;
            lines(regular, 10, 0, MARGIN, LABEL_WIDTH, row.labels().subList(0, 1));
            lines(regular, 8, GREY, MARGIN, LABEL_WIDTH, row.labels().subList(1, row.labels().size()));
            float labelBottom = y;
            y = top;
            lines(row.emphasis() ? bold : regular, row.emphasis() ? 13 : 11, 0, MARGIN + LABEL_WIDTH + GAP,
                    width - LABEL_WIDTH - GAP, List.of(row.value()));
            y = Math.min(y, labelBottom) - 10;
        }

        void lines(PDFont font, float size, float grey, float x, float width, List<String> texts) throws IOException {
            for (String text : texts) {
                for (String line : wrap(font, size, width, printable(font, text))) {
                    y -= size * 1.25f;
                    out.beginText();
                    out.setFont(font, size);
                    out.setNonStrokingColor(grey);
                    out.newLineAtOffset(x, y);
                    out.showText(line);
                    out.endText();
                }
            }
        }

        void rule(float x, float width) throws IOException {
            out.setStrokingColor(0.6f);
            out.setLineWidth(0.5f);
            out.moveTo(x, y);
            out.lineTo(x + width, y);
            out.stroke();
        }
    }

    /** Breaks text into lines no wider than {@code width}, at spaces where possible. */
    static List<String> wrap(PDFont font, float size, float width, String text) throws IOException {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : text.split(" ")) {
            String candidate = line.isEmpty() ? word : line + " " + word;
            if (line.isEmpty() || width(font, size, candidate) <= width) {
                line.setLength(0);
                line.append(candidate);
            } else {
                lines.add(line.toString());
                line.setLength(0);
                line.append(word);
            }
            while (width(font, size, line.toString()) > width && line.length() > 1) {
                int cut = line.length() - 1;
                while (cut > 1 && width(font, size, line.substring(0, cut)) > width) {
                    cut--;
                }
                lines.add(line.substring(0, cut));
                line.delete(0, cut);
            }
        }
        if (!line.isEmpty() || lines.isEmpty()) {
            lines.add(line.toString());
        }
        return lines;
    }

    private static float width(PDFont font, float size, String text) throws IOException {
        return font.getStringWidth(text) / 1000 * size;
    }

    /** The text with characters the font has no glyph for (and control characters) replaced, instead of failing. */
    static String printable(PDFont font, String text) {
        StringBuilder result = new StringBuilder(text.length());
        text.codePoints().forEach(cp -> {
            String ch = Character.isISOControl(cp) ? " " : new String(Character.toChars(cp));
            try {
                font.encode(ch);
                result.append(ch);
            } catch (IOException | IllegalArgumentException e) {
                result.append('?');
            }
        });
        return result.toString();
    }
}
