package kz.iinportal.certificate;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.X509Certificate;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import kz.iinportal.review.Decisions;
import kz.iinportal.signing.PortalKey;

/**
 * The certificate its owner downloads, as the browser does, is signed with the portal's key and verifies: in the
 * test, and with bin/verify-certificate run as a process (offline, against a saved copy of the published keys).
 */
@QuarkusTest
class SignedCertificatesOverHttpTest {

    private static final String FILER = "signed-cert-filer";
    /** Not a region an exact-count test owns. */
    private static final String BODY = "KARAGANDA";

    @Inject
    Decisions decisions;

    @Inject
    PortalKey key;

    private byte[] download(Certificate certificate) {
        return given().header("Accept", "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8")
                .header("Accept-Language", "ru").get("/certificates/" + certificate.number + "/pdf").then()
                .statusCode(200).contentType("application/pdf").extract().asByteArray();
    }

    @Test
    @TestSecurity(user = FILER, roles = "applicant")
    void theOwnersDownloadIsSignedByThePortalAndVerifies() {
        Certificate certificate = CertificateCases.certificateOf(
                CertificateCases.formedIn(decisions, BODY, FILER, "ru", LocalDate.of(1990, 4, 2)));
        byte[] pdf = download(certificate);

        X509Certificate root = key.chain().get(key.chain().size() - 1);
        assertEquals(Optional.empty(), CertificateSigningTest.verificationFailure(pdf, root));
        CertificateCheck.Verdict verdict = CertificateCheck.check(pdf, Optional.empty(),
                Optional.of(key.publicKeys()));
        assertTrue(verdict.valid(), verdict::toString);
        assertTrue(verdict.passed().stream().anyMatch(p -> p.contains("kid " + key.keyId())), verdict::toString);
        assertArrayEquals(pdf, download(certificate), "drawn again, the same signed bytes");
    }

    @Test
    @TestSecurity(user = FILER, roles = "applicant")
    void binVerifyCertificateAcceptsTheDownloadAndRefusesATamperedCopy() throws Exception {
        Certificate certificate = CertificateCases.certificateOf(
                CertificateCases.formedIn(decisions, BODY, FILER, "en", LocalDate.of(1991, 5, 3)));
        byte[] pdf = download(certificate);
        Path directory = Files.createDirectories(Path.of("target/verify-certificate"));
        Path downloaded = directory.resolve(certificate.fileName());
        Files.write(downloaded, pdf);
        Path jwks = directory.resolve("jwks.json");
        Files.writeString(jwks, key.publicKeys().toString());

        Result valid = run(downloaded, jwks);
        assertEquals(0, valid.exitCode(), valid.output());
        assertTrue(valid.output().contains("VERDICT: VALID"), valid.output());
        assertTrue(valid.output().contains("QR token: "), valid.output());

        byte[] changed = pdf.clone();
        // a byte of the drawn page, well before the signature
        int position = changed.length / 4;
        changed[position] = (byte) (changed[position] ^ 0x20);
        Path tampered = directory.resolve("tampered-" + certificate.fileName());
        Files.write(tampered, changed);
        Result refused = run(tampered, jwks);
        assertEquals(1, refused.exitCode(), refused.output());
        assertTrue(refused.output().contains("VERDICT: NOT VALID"), refused.output());
        assertFalse(refused.output().contains("VERDICT: VALID"), refused.output());

        Path otherKeys = directory.resolve("other-jwks.json");
        Files.writeString(otherKeys, "{\"keys\":[]}");
        Result unknown = run(downloaded, otherKeys);
        assertEquals(1, unknown.exitCode(), unknown.output());
        assertTrue(unknown.output().contains("not one of the portal's published keys"), unknown.output());
    }

    private record Result(int exitCode, String output) {
    }

    private static Result run(Path pdf, Path jwks) throws Exception {
        Process process = new ProcessBuilder(List.of("bin/verify-certificate", pdf.toAbsolutePath().toString(),
                "--jwks", jwks.toAbsolutePath().toString())).redirectErrorStream(true).start();
        byte[] output = process.getInputStream().readAllBytes();
        if (!process.waitFor(3, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            throw new IllegalStateException("bin/verify-certificate did not finish");
        }
        return new Result(process.exitValue(), new String(output, StandardCharsets.UTF_8));
    }
}
