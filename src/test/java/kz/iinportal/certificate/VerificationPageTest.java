package kz.iinportal.certificate;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import kz.iinportal.review.Decisions;

/** The public verification page, signed out: the three answers, and only masked data in any of them. */
@QuarkusTest
class VerificationPageTest {

    @Inject
    Decisions decisions;

    @Test
    void aValidCertificateShowsOnlyMaskedData() {
        Certificate certificate = CertificateCases.certificateOf(
                CertificateCases.formed(decisions, "cert-verify", "en", LocalDate.of(1984, 5, 25)));
        for (String path : new String[] { "/verify/" + certificate.number,
                "/verify?number=" + certificate.number.toLowerCase().replace("-", " ") }) {
            String page = given().get(path).then().statusCode(200).header("Cache-Control", "no-store")
                    .body(containsString("The certificate is valid"))
                    .body(containsString(certificate.number))
                    .body(containsString("U. A."))
                    .body(containsString("••••••••" + certificate.iin.substring(8)))
                    .extract().asString();
            assertMasked(page, certificate);
        }
    }

    @Test
    void aCertificateReplacedByACorrectionVerifiesAsSuperseded() {
        Certificate old = CertificateCases.certificateOf(
                CertificateCases.formed(decisions, "cert-verify", "ru", LocalDate.of(1975, 7, 1)));
        Certificate current = CertificateCases.certificateOf(
                CertificateCases.corrected(decisions, "cert-verify", old.iin, LocalDate.of(1975, 7, 11)));
        String page = given().get("/verify/" + old.number).then().statusCode(200)
                .body(containsString("The certificate has been superseded by a correction"))
                .body(not(containsString("The certificate is valid")))
                .body(not(containsString(current.number)))
                .extract().asString();
        assertMasked(page, old);
        assertFalse(page.contains(current.iin), "the new IIN is not revealed");
        given().get("/verify/" + current.number).then().statusCode(200)
                .body(containsString("The certificate is valid"));
    }

    @Test
    void anUnknownNumberIsNotFoundAndAMistypedOneIsAFormError() {
        String unknown = CertificateNumber.next();
        given().get("/verify/" + unknown).then().statusCode(200)
                .body(containsString("No certificate with this number"))
                .body(not(containsString("The certificate is valid")));
        given().get("/verify?number=KZC-1234").then().statusCode(200)
                .body(containsString("Enter the number exactly as printed on the certificate"))
                .body(containsString("href=\"#number\""));
        given().get("/verify?number=").then().statusCode(200)
                .body(containsString("Enter the certificate number"));
        given().get("/verify/%3Cscript%3E").then().statusCode(200)
                .body(not(containsString("<script>")));
        given().get("/verify").then().statusCode(200)
                .body(containsString("Verify an IIN certificate"))
                .body(not(containsString("There is a problem")));
    }

    @Test
    void theAnswerIsInTheVisitorsLanguage() {
        Certificate certificate = CertificateCases.certificateOf(
                CertificateCases.formed(decisions, "cert-verify", "en", LocalDate.of(1983, 3, 30)));
        given().header("Accept-Language", "kk").get("/verify/" + certificate.number).then().statusCode(200)
                .body(containsString("Куәлік жарамды"));
        given().header("Accept-Language", "ru").get("/verify/" + certificate.number).then().statusCode(200)
                .body(containsString("Свидетельство действительно"));
    }

    @Test
    void thePublicKeysArePublishedForAnyoneAndCacheable() {
        String jwks = given().get("/.well-known/jwks.json").then().statusCode(200)
                .contentType(containsString("application/json"))
                .header("Cache-Control", "public, max-age=3600")
                .body(containsString("\"kty\":\"EC\"")).body(containsString("\"crv\":\"P-256\""))
                .extract().asString();
        assertFalse(jwks.contains("\"d\""), "no private part: " + jwks);
    }

    private static void assertMasked(String page, Certificate certificate) {
        assertFalse(page.contains(certificate.iin), "full IIN on the page");
        for (String name : new String[] { "ABILKAIYROVA", "ULZHAN", "ӘБІЛҚАЙЫРОВА", "ҰЛЖАН", "ҒАЛЫМҚЫЗЫ" }) {
            assertFalse(page.contains(name), name + " on the page");
        }
        assertFalse(page.contains("CRT"), "document number on the page");
        assertTrue(page.contains("<time"), "the issue date is shown");
    }
}
