package kz.iinportal.certificate;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.function.UnaryOperator;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.junit.jupiter.api.Test;

import kz.iinportal.application.Application;
import kz.iinportal.application.Service;
import kz.iinportal.iin.DocumentType;
import kz.iinportal.staff.TerritorialBody;
import kz.iinportal.web.LocalizedText;

/** The certificate's content and layout, read back from the PDF bytes, without a server or a database. */
class CertificatePdfTest {

    static final String KAZAKH_LETTERS = "Әә Ғғ Ққ Ңң Өө Ұұ Үү Һһ Іі";
    static final String URL = "https://iin.example.kz";
    /** Stands in for PortalKey#signJws, whose key needs the application: the payload in a JWS's shape, unsigned. */
    static final UnaryOperator<String> SIGNER = json -> "eyJhbGciOiJFUzI1NiJ9."
            + Base64.getUrlEncoder().withoutPadding().encodeToString(json.getBytes(StandardCharsets.UTF_8)) + ".c2ln";

    @Test
    void aFormationCertificateInEnglishCarriesEverythingWithKazakhAndRussianLabels() throws Exception {
        Certificate certificate = certificate(Service.FORMATION, "en");
        byte[] pdf = CertificatePdf.render(CertificateContent.of(certificate, URL, SIGNER));
        String text = PdfReading.text(pdf).replaceAll("\\s+", " ");

        for (String expected : new String[] { "850615450012", "ABILKAIYROVA ULZHAN", "ӘБІЛҚАЙЫРОВА ҰЛЖАН ҒАЛЫМҚЫЗЫ",
                "15.06.1985", "Germany", "Passport P1234567, Germany", "02.03.2026", "Kostanay region police",
                certificate.number, URL + "/verify/" + certificate.number,
                // labels: the filer's language, then Kazakh, then Russian
                "Certificate of the individual identification number (IIN)",
                "Жеке сәйкестендіру нөмірі (ЖСН) туралы куәлік",
                "Свидетельство об индивидуальном идентификационном номере (ИИН)",
                "Date of birth", "Туған күні", "Дата рождения",
                "Date of formation of the IIN", "ЖСН қалыптастырылған күн", "Дата формирования ИИН",
                "Certificate number", "Куәлік нөмірі", "Номер свидетельства" }) {
            assertTrue(text.contains(expected), "missing «" + expected + "» in:\n" + text);
        }
        assertFalse(text.contains("?"), "every character printed:\n" + text);
    }

    @Test
    void theFilersLanguageComesFirstAndEachLanguageOnce() throws Exception {
        Certificate certificate = certificate(Service.CORRECTION, "ru");
        String text = PdfReading.text(CertificatePdf.render(CertificateContent.of(certificate, URL, SIGNER)));
        assertTrue(text.indexOf("Дата рождения") < text.indexOf("Туған күні"), text);
        assertTrue(text.contains("Дата корректировки ИИН") && text.contains("ЖСН түзетілген күн"), text);
        assertTrue(text.contains("Германия") && text.contains("Паспорт P1234567"), "values in Russian:\n" + text);
        assertFalse(text.contains("Date of birth"), "no English labels for a Russian filer:\n" + text);
        assertEquals(1, text.split("Дата рождения", -1).length - 1, "Russian label once:\n" + text);

        String kazakh = PdfReading.text(CertificatePdf.render(CertificateContent.of(certificate(Service.FORMATION,
                "kk"), URL, SIGNER)));
        assertTrue(kazakh.indexOf("Туған күні") < kazakh.indexOf("Дата рождения"), kazakh);
        assertTrue(kazakh.contains("Германия") && kazakh.contains("Қостанай облысы полиция департаменті"), kazakh);
    }

    @Test
    void everyKazakhLetterIsPrintedWithTheEmbeddedFont() throws Exception {
        Certificate certificate = certificate(Service.FORMATION, "kk");
        certificate.application.givenNamesCyrillic = KAZAKH_LETTERS;
        byte[] pdf = CertificatePdf.render(CertificateContent.of(certificate, URL, SIGNER));
        assertTrue(PdfReading.text(pdf).contains(KAZAKH_LETTERS));
        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertEquals(1, document.getNumberOfPages());
            PDPage page = document.getPage(0);
            assertEquals(PDRectangle.A4.getWidth(), page.getMediaBox().getWidth(), 0.5);
            assertEquals(PDRectangle.A4.getHeight(), page.getMediaBox().getHeight(), 0.5);
            int fonts = 0;
            for (var name : page.getResources().getFontNames()) {
                PDFont font = page.getResources().getFont(name);
                assertTrue(font.isEmbedded(), font.getName() + " is embedded");
                fonts++;
            }
            assertTrue(fonts >= 1);
            assertEquals("kk", document.getDocumentCatalog().getLanguage());
        }
    }

    @Test
    void theQrCodeCarriesTheSignedClaimsToThePublicVerificationPage() throws Exception {
        Certificate certificate = certificate(Service.FORMATION, "en");
        byte[] pdf = CertificatePdf.render(CertificateContent.of(certificate, URL + "/", SIGNER));
        String expectedClaims = "{\"n\":\"" + certificate.number + "\",\"i\":\"850615450012\",\"f\":\"ABILKAIYROVA\","
                + "\"g\":\"ULZHAN\",\"fc\":\"ӘБІЛҚАЙЫРОВА\",\"gc\":\"ҰЛЖАН ҒАЛЫМҚЫЗЫ\",\"b\":\"1985-06-15\","
                + "\"d\":\"2026-03-02\",\"o\":\"KOSTANAY\"}";
        assertEquals(URL + "/verify?t=" + SIGNER.apply(expectedClaims), PdfReading.qrCode(pdf));
        // The address printed under the code stays short enough to type.
        assertTrue(PdfReading.text(pdf).contains(URL + "/verify/" + certificate.number));
    }

    @Test
    void aCertificateWithoutCyrillicNamesLeavesThoseClaimsOut() {
        Certificate certificate = certificate(Service.FORMATION, "en");
        certificate.application.familyNameCyrillic = " ";
        certificate.application.givenNamesCyrillic = null;
        String json = CertificateClaims.of(certificate).toJson();
        assertFalse(json.contains("fc") || json.contains("gc"), json);
        assertEquals(CertificateClaims.of(certificate), CertificateClaims.fromJson(json).orElseThrow());
    }

    @Test
    void longNamesWrapAndCharactersWithoutAGlyphDoNotBreakTheCertificate() throws IOException {
        Certificate certificate = certificate(Service.FORMATION, "en");
        certificate.application.givenNames = "MARIA-MAGDALENA-ALEXANDRA-KONSTANTINA ".repeat(4).strip();
        certificate.application.familyNameCyrillic = "李 ЛИ";
        String text = PdfReading.text(CertificatePdf.render(CertificateContent.of(certificate, URL, SIGNER)));
        assertTrue(text.contains("? ЛИ"), text);
        assertTrue(text.replaceAll("\\s+", "").contains("MARIA-MAGDALENA-ALEXANDRA-KONSTANTINA".repeat(4)), text);
    }

    @Test
    void theSameCertificateAlwaysGivesTheSameFileContent() throws IOException {
        Certificate certificate = certificate(Service.FORMATION, "en");
        byte[] first = CertificatePdf.render(CertificateContent.of(certificate, URL, SIGNER));
        byte[] second = CertificatePdf.render(CertificateContent.of(certificate, URL, SIGNER));
        assertArrayEquals(first, second);
    }

    static Certificate certificate(Service service, String language) {
        TerritorialBody body = new TerritorialBody();
        body.code = "KOSTANAY";
        body.name = new LocalizedText();
        body.name.en = "Kostanay region police";
        body.name.ru = "Департамент полиции Костанайской области";
        body.name.kk = "Қостанай облысы полиция департаменті";
        Application app = new Application();
        app.service = service;
        app.language = language;
        app.familyName = "ABILKAIYROVA";
        app.givenNames = "ULZHAN";
        app.familyNameCyrillic = "ӘБІЛҚАЙЫРОВА";
        app.givenNamesCyrillic = "ҰЛЖАН ҒАЛЫМҚЫЗЫ";
        app.birthDate = LocalDate.of(1985, 6, 15);
        app.citizenship = "DE";
        app.stateless = false;
        app.documentType = DocumentType.PASSPORT;
        app.documentNumber = "P1234567";
        app.documentCountry = "DE";
        app.region = body;
        Certificate certificate = new Certificate();
        certificate.number = CertificateNumber.next();
        certificate.application = app;
        certificate.iin = "850615450012";
        // 20:30 UTC is already the next day in Almaty: the certificate shows Kazakhstan's date.
        certificate.issuedAt = OffsetDateTime.of(2026, 3, 1, 20, 30, 0, 0, ZoneOffset.UTC);
        return certificate;
    }
}
