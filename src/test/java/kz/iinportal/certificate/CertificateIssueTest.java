package kz.iinportal.certificate;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import kz.iinportal.application.Application;
import kz.iinportal.application.Channel;
import kz.iinportal.application.RefusalGround;
import kz.iinportal.application.Service;
import kz.iinportal.review.Decisions;
import kz.iinportal.staff.ServiceCentre;
import kz.iinportal.web.PortalConfig;

/** Issue on acceptance, supersession on correction, and who may download the PDF, against PostgreSQL and HTTP. */
@QuarkusTest
class CertificateIssueTest {

    @Inject
    Decisions decisions;

    @Inject
    PortalConfig config;

    @Test
    void acceptingAFormationIssuesAValidCertificateForTheNewIin() {
        long id = CertificateCases.formed(decisions, "cert-filer", "en", LocalDate.of(1985, 6, 15));
        Certificate certificate = CertificateCases.certificateOf(id);
        QuarkusTransaction.requiringNew().run(() -> {
            Application app = Application.findById(id);
            assertEquals(app.resultIin, certificate.iin);
            assertEquals(CertificateStatus.VALID, certificate.status);
            assertNull(certificate.supersededBy);
            assertEquals(certificate.number, CertificateNumber.normalize(certificate.number));
            assertEquals(app.decidedAt.toInstant(), certificate.issuedAt.toInstant());
        });
    }

    @Test
    void aRefusalIssuesNoCertificate() {
        long id = CertificateCases.inReview(Service.FORMATION, "cert-filer", "en", LocalDate.of(1991, 1, 1), null);
        long version = QuarkusTransaction.requiringNew().call(() -> Application.<Application>findById(id).version);
        decisions.refuse(id, version, CertificateCases.OPERATOR, RefusalGround.REQUIREMENTS_NOT_MET, "No", null);
        QuarkusTransaction.requiringNew().run(() -> assertTrue(
                Certificate.ofApplication(Application.findById(id)).isEmpty()));
    }

    @Test
    void aCorrectionIssuesANewCertificateAndSupersedesThePersonsEarlierOnes() {
        long formation = CertificateCases.formed(decisions, "cert-filer", "en", LocalDate.of(1979, 4, 4));
        Certificate first = CertificateCases.certificateOf(formation);

        long correction = CertificateCases.corrected(decisions, "cert-filer", first.iin, LocalDate.of(1979, 4, 14));
        Certificate second = CertificateCases.certificateOf(correction);
        assertNotEquals(first.iin, second.iin, "the corrected IIN");
        assertNotEquals(first.number, second.number);
        assertEquals(CertificateStatus.VALID, second.status);
        Certificate firstNow = CertificateCases.certificateOf(formation);
        assertEquals(CertificateStatus.SUPERSEDED, firstNow.status);
        assertEquals(second.number, firstNow.supersededBy);

        // A correction that keeps the number (digits already right) still replaces the certificate.
        long again = CertificateCases.corrected(decisions, "cert-filer", second.iin, LocalDate.of(1979, 4, 14));
        Certificate third = CertificateCases.certificateOf(again);
        assertEquals(second.iin, third.iin);
        assertEquals(CertificateStatus.SUPERSEDED, CertificateCases.certificateOf(correction).status);
        QuarkusTransaction.requiringNew().run(() -> assertEquals(1, Certificate.count(
                "person = ?1 and status = ?2", Certificate.<Certificate>findById(third.id).person,
                CertificateStatus.VALID)));
    }

    @Test
    @TestSecurity(user = "cert-filer", roles = "applicant")
    void theFilerDownloadsThePdfFromTheCasePage() throws Exception {
        long id = CertificateCases.formed(decisions, "cert-filer", "en", LocalDate.of(1986, 2, 20));
        Certificate certificate = CertificateCases.certificateOf(id);
        given().get("/applications/" + id).then().statusCode(200)
                .body(containsString("href=\"" + pdfPath(certificate) + "\""))
                .body(containsString("Download the IIN certificate (PDF)"));

        byte[] pdf = given().get(pdfPath(certificate)).then().statusCode(200)
                .contentType("application/pdf")
                .header("Content-Disposition", containsString("attachment; filename=\"" + certificate.fileName()))
                .header("Cache-Control", "no-store")
                .extract().asByteArray();
        String text = PdfReading.text(pdf);
        assertTrue(text.contains(certificate.iin) && text.contains("ӘБІЛҚАЙЫРОВА ҰЛЖАН ҒАЛЫМҚЫЗЫ")
                && text.contains("Туған күні") && text.contains("Дата рождения") && text.contains(certificate.number),
                text);
        assertTrue(PdfReading.qrCode(pdf).startsWith(CertificateContent.tokenUrl(config.publicUrl(), "")),
                "the QR code leads to the verification page with the signed token");
        // Typed by hand: lower case and without dashes still finds it.
        given().get("/certificates/" + certificate.number.toLowerCase().replace("-", "") + "/pdf").then()
                .statusCode(200);
    }

    @Test
    @TestSecurity(user = "cert-representative", roles = "representative")
    void aRepresentativeDownloadsTheCertificatesOfCasesTheyFiled() {
        long id = CertificateCases.formed(decisions, "cert-representative", "ru", LocalDate.of(1994, 4, 24));
        given().get(pdfPath(CertificateCases.certificateOf(id))).then().statusCode(200)
                .contentType("application/pdf");
    }

    @Test
    @TestSecurity(user = "cert-other-applicant", roles = "applicant")
    void anotherApplicantGets404() {
        long id = CertificateCases.formed(decisions, "cert-filer", "en", LocalDate.of(1987, 3, 3));
        Certificate certificate = CertificateCases.certificateOf(id);
        given().get(pdfPath(certificate)).then().statusCode(404)
                .body(not(containsString(certificate.iin)));
        given().get("/certificates/KZC-2222-2222-2222/pdf").then().statusCode(404);
        given().get("/certificates/not-a-number/pdf").then().statusCode(404);
    }

    @Test
    @TestSecurity(user = CertificateCases.OPERATOR, roles = "operator")
    void theOperatorOfTheCasesBodyDownloadsFromTheReviewPage() throws Exception {
        long id = CertificateCases.formed(decisions, "cert-filer", "ru", LocalDate.of(1988, 8, 8));
        Certificate certificate = CertificateCases.certificateOf(id);
        given().get("/review/case/" + id).then().statusCode(200)
                .body(containsString("href=\"" + pdfPath(certificate) + "\""));
        byte[] pdf = given().get(pdfPath(certificate)).then().statusCode(200).extract().asByteArray();
        String text = PdfReading.text(pdf);
        assertTrue(text.indexOf("Дата рождения") >= 0 && text.indexOf("Дата рождения") < text.indexOf("Туған күні"),
                "in the filer's language (ru) first, whoever downloads it:\n" + text);
    }

    @Test
    @TestSecurity(user = "cert-operator-elsewhere", roles = "operator")
    void anOperatorOfAnotherBodyGets404() {
        QuarkusTransaction.requiringNew().run(() -> CertificateCases.staff("cert-operator-elsewhere", "PAVLODAR"));
        long id = CertificateCases.formed(decisions, "cert-filer", "en", LocalDate.of(1989, 9, 9));
        given().get(pdfPath(CertificateCases.certificateOf(id))).then().statusCode(404);
    }

    @Test
    @TestSecurity(user = "cert-supervisor", roles = "supervisor")
    void aSupervisorDownloadsAnyCertificate() {
        long id = CertificateCases.formed(decisions, "cert-filer", "kk", LocalDate.of(1990, 10, 10));
        given().get(pdfPath(CertificateCases.certificateOf(id))).then().statusCode(200)
                .contentType("application/pdf");
    }

    @Test
    void anonymousIsSentToSignIn() {
        long id = CertificateCases.formed(decisions, "cert-filer", "en", LocalDate.of(1992, 12, 12));
        given().redirects().follow(false).get(pdfPath(CertificateCases.certificateOf(id))).then().statusCode(302)
                .header("Location", containsString("/authorize?"));
    }

    @Test
    @TestSecurity(user = "frontoffice", roles = "frontoffice")
    void frontOfficeStaffDownloadTheirCentresCertificatesOnly() {
        long walkIn = CertificateCases.inReview(Service.FORMATION, "frontoffice", "kk", LocalDate.of(1993, 3, 13),
                null);
        QuarkusTransaction.requiringNew().run(() -> {
            Application app = Application.findById(walkIn);
            app.channel = Channel.SERVICE_CENTRE;
            app.serviceCentre = ServiceCentre.findById("ASTANA-PSC-1");
        });
        CertificateCases.accept(decisions, walkIn);
        given().get(pdfPath(CertificateCases.certificateOf(walkIn))).then().statusCode(200);

        long online = CertificateCases.formed(decisions, "cert-filer", "en", LocalDate.of(1995, 11, 24)); // someone else
        given().get(pdfPath(CertificateCases.certificateOf(online))).then().statusCode(404);
    }

    /** The download address as a browser or an e-mail reader would type it. */
    private static String pdfPath(Certificate certificate) {
        return "/certificates/" + certificate.number + "/pdf";
    }
}
