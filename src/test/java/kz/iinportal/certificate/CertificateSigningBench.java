package kz.iinportal.certificate;

import java.io.IOException;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.security.cert.X509Certificate;
import java.util.Arrays;
import java.util.List;

import kz.iinportal.application.Service;
import kz.iinportal.signing.PortalKeySigner;
import kz.iinportal.signing.Signer;
import kz.iinportal.signing.SigningKeystore;

/**
 * Time to draw one certificate and to draw and sign it (what a download costs the portal, without the database and
 * HTTP), p50/p95 over N draws after a warm-up. Figures, not pass/fail: bin/bench-certificate, docs/performance.md.
 * Arguments: draws (default 200), warm-up draws (default 50).
 */
public final class CertificateSigningBench {

    private CertificateSigningBench() {
    }

    public static void main(String[] args) {
        int draws = args.length > 0 ? Integer.parseInt(args[0]) : 200;
        int warmup = args.length > 1 ? Integer.parseInt(args[1]) : 50;
        Path keystore = Path.of("target/signing/bench-portal.p12");
        char[] password = "bench-portal-keystore".toCharArray();
        SigningKeystore.generateIfMissing(keystore, password, "portal", "CertificateSigningBench");
        SigningKeystore.Entry entry = SigningKeystore.read(keystore, password, "portal");
        Signer signer = new Signer() {
            @Override
            public byte[] sign(InputStream content) throws IOException {
                return PortalKeySigner.cms(content.readAllBytes(), entry.privateKey(), entry.chain());
            }

            @Override
            public List<X509Certificate> chain() {
                return entry.chain();
            }
        };
        CertificateContent content = CertificateContent.of(CertificatePdfTest.certificate(Service.FORMATION, "en"),
                CertificatePdfTest.URL, CertificatePdfTest.SIGNER);
        long sink = 0;
        for (int i = 0; i < warmup; i++) {
            sink += CertificatePdf.signed(content, signer).length + CertificatePdf.render(content).length;
        }
        long[] drawn = new long[draws];
        long[] signed = new long[draws];
        int unsignedBytes = 0;
        int signedBytes = 0;
        for (int i = 0; i < draws; i++) {
            long start = System.nanoTime();
            byte[] pdf = CertificatePdf.render(content);
            drawn[i] = System.nanoTime() - start;
            unsignedBytes = pdf.length;
            start = System.nanoTime();
            pdf = CertificatePdf.signed(content, signer);
            signed[i] = System.nanoTime() - start;
            signedBytes = pdf.length;
            sink += pdf.length;
        }
        System.out.printf("certificate.draws=%d%n", draws);
        System.out.printf("certificate.draw_ms.p50=%.1f%ncertificate.draw_ms.p95=%.1f%n", percentile(drawn, 50),
                percentile(drawn, 95));
        System.out.printf("certificate.draw_and_sign_ms.p50=%.1f%ncertificate.draw_and_sign_ms.p95=%.1f%n",
                percentile(signed, 50), percentile(signed, 95));
        System.out.printf("certificate.bytes.unsigned=%d%ncertificate.bytes.signed=%d%n", unsignedBytes, signedBytes);
        System.out.printf("certificate.load_average=%.2f%n",
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        System.out.printf("certificate.sink=%d%n", sink);
    }

    private static double percentile(long[] nanos, int percent) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        int index = (int) Math.ceil(percent / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, index)] / 1e6;
    }
}
