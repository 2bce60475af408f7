package kz.iinportal.certificate;

import java.io.IOException;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;

import com.google.zxing.ReaderException;

/** Reads a certificate back as a person's reader and phone would: its text, and its QR code from the printed page. */
final class PdfReading {

    private PdfReading() {
    }

    static String text(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document);
        }
    }

    /**
     * The QR code as bin/verify-certificate reads it: at 150 dpi (a phone photo of a print), then at 300 dpi, with
     * ZXing's multi-code reader (its single-code reader took a letter of the page for a finder pattern on some
     * certificates in CI and failed at every resolution).
     */
    static String qrCode(byte[] pdf) throws IOException, ReaderException {
        return CertificateCheck.qrText(pdf);
    }
}
