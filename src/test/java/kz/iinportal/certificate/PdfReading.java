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
     * The QR code as bin/verify-certificate reads it: at 150 dpi (a phone photo of a print), then at 300 dpi. At 150
     * dpi a module of the dense token code is 3.3 pixels, and for some contents ZXing's binarizer misreads the format
     * bits (a FormatException seen once in CI); a phone focuses closer, as the 300 dpi pass does.
     */
    static String qrCode(byte[] pdf) throws IOException, ReaderException {
        return CertificateCheck.qrText(pdf);
    }
}
