package kz.iinportal.certificate;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;

import org.junit.jupiter.api.Test;

import com.google.zxing.ReaderException;

/**
 * A certificate drawn in CI whose QR code ZXing's single-code reader could not read at any resolution (it took a
 * letter of the page for a finder pattern): bin/verify-certificate and the tests must read it.
 */
class QrReadingTest {

    @Test
    void theCodeOfACertificateTheSingleReaderMisreadIsRead() throws IOException, ReaderException {
        byte[] pdf;
        try (InputStream in = QrReadingTest.class
                .getResourceAsStream("/certificates/qr-misread-by-single-reader.pdf")) {
            pdf = in.readAllBytes();
        }
        String text = CertificateCheck.qrText(pdf);
        assertTrue(text.startsWith("http://localhost:8080/verify?t="), text);
    }
}
