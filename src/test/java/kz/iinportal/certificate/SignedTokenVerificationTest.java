package kz.iinportal.certificate;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Base64;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.JWSObject;
import com.nimbusds.jose.Payload;
import com.nimbusds.jose.crypto.ECDSASigner;
import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.gen.ECKeyGenerator;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.response.ValidatableResponse;
import kz.iinportal.review.Decisions;
import kz.iinportal.signing.JwsCheck;
import kz.iinportal.signing.PortalKey;
import kz.iinportal.web.PortalConfig;

/**
 * The QR code's signed token end to end over HTTP: drawn into the PDF, read back from the rendered page as a phone
 * would, checked offline against the published keys, and shown by /verify next to the register's status.
 */
@QuarkusTest
@TestSecurity(user = SignedTokenVerificationTest.FILER, roles = "applicant")
class SignedTokenVerificationTest {

    static final String FILER = "cert-signed";
    /** Not one of the regions whose figures other tests count exactly. */
    static final String BODY = "KARAGANDA";

    @Inject
    Decisions decisions;

    @Inject
    PortalConfig config;

    @Inject
    PortalKey key;

    @Test
    void theQrCodeOfADownloadedCertificateVerifiesOfflineAndOnThePage() throws Exception {
        Certificate certificate = CertificateCases.certificateOf(
                CertificateCases.formedIn(BODY, decisions, FILER, "en", LocalDate.of(1987, 8, 19)));
        byte[] pdf = download(certificate);
        String url = PdfReading.qrCode(pdf);
        String prefix = CertificateContent.tokenUrl(config.publicUrl(), "");
        assertTrue(url.startsWith(prefix), url);
        String token = url.substring(prefix.length());

        // Offline, as bin/ scripts and third parties do: only the published keys (cacheable: VerificationPageTest).
        String jwks = given().get("/.well-known/jwks.json").then().statusCode(200)
                .contentType(containsString("application/json"))
                .extract().asString();
        assertFalse(jwks.contains("\"d\""), "no private key part in the JWKS: " + jwks);
        JwsCheck.Result offline = JwsCheck.of(jwks).verify(token);
        assertEquals(JwsCheck.Outcome.VALID, offline.outcome());
        assertTrue(jwks.contains(offline.keyId()), "the kid is one of the published keys");
        CertificateClaims claims = CertificateClaims.fromJson(offline.payloadJson()).orElseThrow();
        assertEquals(new CertificateClaims(certificate.number, certificate.iin, "ABILKAIYROVA", "ULZHAN",
                "ӘБІЛҚАЙЫРОВА", "ҰЛЖАН ҒАЛЫМҚЫЗЫ", LocalDate.of(1987, 8, 19), claims.issuedOn(), BODY), claims);

        verify(token).body(containsString("The certificate is valid"))
                .body(containsString("What the signed QR code says"))
                .body(containsString(certificate.number))
                .body(containsString(certificate.iin))
                .body(containsString("ABILKAIYROVA ULZHAN"))
                .body(containsString("ӘБІЛҚАЙЫРОВА ҰЛЖАН ҒАЛЫМҚЫЗЫ"))
                .body(containsString("19.08.1987"))
                .body(containsString("Police Department of Karaganda Region"))
                .body(containsString(offline.keyId()))
                .body(not(containsString("The signature does not verify")));
        given().header("Accept-Language", "kk").get("/verify?t=" + token).then().statusCode(200)
                .body(containsString("Куәлік жарамды"))
                .body(containsString("Қарағанды облысының Полиция департаменті"));

        // The same certificate gives the same token, so the same QR code, every time it is downloaded.
        assertEquals(url, PdfReading.qrCode(download(certificate)));
    }

    @Test
    void aTokenWithOneClaimChangedIsRefused() throws Exception {
        Certificate certificate = CertificateCases.certificateOf(
                CertificateCases.formedIn(BODY, decisions, FILER, "ru", LocalDate.of(1988, 9, 20)));
        String token = tokenOf(certificate);
        String[] parts = token.split("\\.");
        String payload = new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8);
        assertTrue(payload.contains("\"b\":\"1988-09-20\""), payload);
        String tampered = parts[0] + "." + base64url(payload.replace("1988-09-20", "1978-09-20")) + "." + parts[2];

        refused(tampered).body(containsString("Its data was changed after it was signed"))
                .body(not(containsString("1978")));
        given().header("Accept-Language", "ru").get("/verify?t=" + tampered).then().statusCode(200)
                .body(containsString("Подпись не подтверждается"));
        given().header("Accept-Language", "kk").get("/verify?t=" + tampered).then().statusCode(200)
                .body(containsString("Қолтаңба расталмайды"));
        // The untouched token still verifies.
        verify(token).body(containsString("The certificate is valid"));
    }

    @Test
    void aTokenSignedByAnotherKeyIsRefused() throws Exception {
        Certificate certificate = CertificateCases.certificateOf(
                CertificateCases.formedIn(BODY, decisions, FILER, "en", LocalDate.of(1989, 10, 21)));
        String genuine = tokenOf(certificate);
        String payload = new String(Base64.getUrlDecoder().decode(genuine.split("\\.")[1]), StandardCharsets.UTF_8);
        ECKey stranger = new ECKeyGenerator(Curve.P_256).generate();

        String unknownKid = sign(stranger, stranger.computeThumbprint().toString(), payload);
        refused(unknownKid).body(containsString("It is signed with a key the portal does not know"))
                .body(not(containsString(certificate.iin)));

        // Claiming the portal's kid does not help: the signature is checked with the portal's key.
        String kid = JWSObject.parse(genuine).getHeader().getKeyID();
        refused(sign(stranger, kid, payload)).body(containsString("Its data was changed after it was signed"));
    }

    @Test
    void aSupersededCertificatesTokenStillVerifiesButThePageSaysSuperseded() throws Exception {
        Certificate old = CertificateCases.certificateOf(
                CertificateCases.formedIn(BODY, decisions, FILER, "en", LocalDate.of(1990, 11, 22)));
        String oldToken = tokenOf(old);
        Certificate current = CertificateCases.certificateOf(
                CertificateCases.correctedIn(BODY, decisions, FILER, old.iin, LocalDate.of(1990, 11, 12)));

        String jwks = given().get("/.well-known/jwks.json").then().statusCode(200).extract().asString();
        assertEquals(JwsCheck.Outcome.VALID, JwsCheck.of(jwks).verify(oldToken).outcome(),
                "the signature itself stays good");
        verify(oldToken).body(containsString("The certificate has been superseded by a correction"))
                .body(containsString("22.11.1990"))
                .body(containsString("Superseded on"))
                .body(not(containsString("The certificate is valid")))
                .body(not(containsString(current.number)));
        verify(tokenOf(current)).body(containsString("The certificate is valid"))
                .body(containsString("12.11.1990"));
    }

    @Test
    void aDamagedTokenGetsAClearMessageNeverAnError() throws Exception {
        for (String token : new String[] { "", "abc", "a.b.c", "..", base64url("{\"alg\":\"ES256\"}"),
                base64url("{\"alg\":\"none\"}") + "." + base64url("{\"n\":\"KZC\"}") + ".",
                "x".repeat(3000), "%3Cscript%3Ealert(1)%3C%2Fscript%3E",
                // signed by the portal's key, but not a certificate's claims
                key.signJws("[1]"), key.signJws("{\"n\":\"KZC-1\"}") }) {
            refused(token).body(containsString("The link is damaged or incomplete"))
                    .body(not(containsString("<script>alert")));
        }
        given().header("Accept-Language", "ru").get("/verify?t=abc").then().statusCode(200)
                .body(containsString("Ссылка повреждена или неполная"));
        given().header("Accept-Language", "kk").get("/verify?t=abc").then().statusCode(200)
                .body(containsString("Сілтеме бүлінген немесе толық емес"));
    }

    @Test
    void thePdfIsTheSameFileEveryTimeItIsDrawn() throws Exception {
        Certificate certificate = CertificateCases.certificateOf(
                CertificateCases.formedIn(BODY, decisions, FILER, "kk", LocalDate.of(1991, 12, 23)));
        assertArrayEquals(download(certificate), download(certificate));
    }

    private static byte[] download(Certificate certificate) {
        return given().get("/certificates/" + certificate.number + "/pdf").then().statusCode(200)
                .contentType("application/pdf").extract().asByteArray();
    }

    private String tokenOf(Certificate certificate) throws Exception {
        String url = PdfReading.qrCode(download(certificate));
        return url.substring(CertificateContent.tokenUrl(config.publicUrl(), "").length());
    }

    private static ValidatableResponse verify(String token) {
        return given().urlEncodingEnabled(false).get("/verify?t=" + token).then().statusCode(200)
                .header("Cache-Control", "no-store");
    }

    private static ValidatableResponse refused(String token) {
        return verify(token).body(containsString("The signature does not verify"))
                .body(containsString("Do not rely on this QR code"))
                .body(not(containsString("The certificate is valid")))
                .body(not(containsString("What the signed QR code says")));
    }

    private static String sign(ECKey key, String kid, String payload) throws Exception {
        JWSObject jws = new JWSObject(new JWSHeader.Builder(JWSAlgorithm.ES256).keyID(kid).build(),
                new Payload(payload));
        jws.sign(new ECDSASigner(key));
        return jws.serialize();
    }

    private static String base64url(String text) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(text.getBytes(StandardCharsets.UTF_8));
    }
}
