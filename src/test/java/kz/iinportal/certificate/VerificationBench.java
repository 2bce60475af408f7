package kz.iinportal.certificate;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import com.google.zxing.qrcode.encoder.Encoder;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import kz.iinportal.review.Decisions;
import kz.iinportal.signing.JwsCheck;
import kz.iinportal.signing.PortalKey;
import kz.iinportal.web.PortalConfig;

/**
 * Benchmark, not a test: run by bin/bench-verify (its name keeps it out of the normal test run). /verify over HTTP
 * with wrk against this test instance (rate limit lifted, but each request still takes its token from PostgreSQL):
 * a QR code's signed token, a lookup by number, a refused token, the JWKS; then the token check alone on one thread,
 * and the QR code's size. Prints figures; asserts nothing about speed.
 */
@QuarkusTest
@TestProfile(VerificationBench.Unlimited.class)
class VerificationBench {

    public static class Unlimited implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("iin.verify.rate-limit.requests", "1000000000", "iin.verify.rate-limit.period", "PT1S");
        }
    }

    static final int SECONDS = Integer.getInteger("bench.seconds", 15);
    static final int WARMUP = Integer.getInteger("bench.warmup", 5);
    static final int CONNECTIONS = Integer.getInteger("bench.connections", 8);

    @Inject
    Decisions decisions;

    @Inject
    PortalConfig config;

    @Inject
    PortalKey key;

    @Inject
    CertificateTokens tokens;

    @TestHTTPResource("/")
    URL base;

    @Test
    void verification() throws Exception {
        Certificate certificate = CertificateCases.certificateOf(CertificateCases.formedIn("ASTANA", decisions,
                "cert-bench", "en", LocalDate.of(1980, 1, 2)));
        String qr = PdfReading.qrCode(CertificatePdf
                .render(CertificateContent.of(certificate, config.publicUrl(), tokens::sign)));
        String token = qr.substring(qr.indexOf("?t=") + 3);
        String[] parts = token.split("\\.");
        String tampered = parts[0] + "." + parts[1].substring(0, parts[1].length() - 2) + "AA." + parts[2];
        String root = base.toString().replaceAll("/$", "");

        System.out.printf("%nverify.load_before=%s%n", uptime());
        for (Map.Entry<String, String> run : List.of(Map.entry("signed_token_valid", "/verify?t=" + token),
                Map.entry("by_number", "/verify/" + certificate.number),
                Map.entry("token_refused", "/verify?t=" + tampered),
                Map.entry("jwks", "/.well-known/jwks.json"))) {
            wrk(root + run.getValue(), WARMUP);
            String out = wrk(root + run.getValue(), SECONDS);
            System.out.printf("verify.%s.requests_per_second=%s p50=%s p99=%s%n", run.getKey(),
                    find(out, "Requests/sec:\\s+([0-9.]+)"), find(out, "50%\\s+(\\S+)"), find(out, "99%\\s+(\\S+)"));
        }
        System.out.printf("verify.load_after=%s%n", uptime());

        JwsCheck check = JwsCheck.of(key.publicKeys());
        for (int i = 0; i < 2_000; i++) {
            check.verify(token);
        }
        int n = 5_000;
        long start = System.nanoTime();
        for (int i = 0; i < n; i++) {
            check.verify(token);
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        System.out.printf("verify.jws_checks_per_second.one_thread=%.0f%n", n / seconds);

        var code = Encoder.encode(qr, ErrorCorrectionLevel.M);
        int modules = code.getVersion().getDimensionForVersion();
        System.out.printf(
                "verify.qr.url_chars=%d token_chars=%d version=%d modules=%d module_mm=%.2f (%.0f mm, EC level M)%n",
                qr.length(), token.length(), code.getVersion().getVersionNumber(), modules,
                CertificatePdf.QR_SIZE / modules * 25.4f / 72f, CertificatePdf.QR_SIZE * 25.4f / 72f);
    }

    private static String wrk(String url, int seconds) throws Exception {
        Process p = new ProcessBuilder("wrk", "-t2", "-c" + CONNECTIONS, "-d" + seconds + "s", "--latency",
                "--timeout", "10s", url).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        p.waitFor();
        if (!out.contains("Requests/sec") || out.contains("Non-2xx")) {
            throw new IllegalStateException("wrk on " + url + ":\n" + out);
        }
        return out;
    }

    private static String find(String text, String regex) {
        Matcher m = Pattern.compile(regex).matcher(text);
        return m.find() ? m.group(1) : "?";
    }

    private static String uptime() throws Exception {
        Process p = new ProcessBuilder("uptime").start();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream()))) {
            return r.readLine().strip();
        }
    }
}
