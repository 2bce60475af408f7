package kz.iinportal.certificate;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.cert.X509Certificate;
import java.util.Arrays;
import java.util.Base64;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationWidget;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.PDSignature;
import org.apache.pdfbox.pdmodel.interactive.form.PDSignatureField;
import org.bouncycastle.asn1.cms.CMSAttributes;
import org.bouncycastle.asn1.ess.SigningCertificateV2;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cms.CMSProcessableByteArray;
import org.bouncycastle.cms.CMSSignedData;
import org.bouncycastle.cms.SignerInformation;
import org.bouncycastle.cms.jcajce.JcaSimpleSignerInfoVerifierBuilder;
import org.bouncycastle.util.Selector;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import kz.iinportal.application.Service;
import kz.iinportal.signing.PortalKey;
import kz.iinportal.signing.PortalKeySigner;
import kz.iinportal.signing.Signer;
import kz.iinportal.signing.SigningKeystore;
import kz.iinportal.signing.TestPortalKeys;

/**
 * The certificate PDF's PAdES signature, checked as a verifier does (with PDFBox and BouncyCastle, not with the
 * portal's own CertificateCheck, which is checked against the same files at the end).
 */
class CertificateSigningTest {

    private static final Path KEYSTORE = Path.of("target/signing/certificate-signing-test.p12");
    private static final String PASSWORD = "certificate-signing-test";

    static Signer signer;
    static X509Certificate root;

    @BeforeAll
    static void key() {
        SigningKeystore.generateIfMissing(KEYSTORE, PASSWORD.toCharArray(), "portal", "CertificateSigningTest");
        SigningKeystore.Entry entry = SigningKeystore.read(KEYSTORE, PASSWORD.toCharArray(), "portal");
        root = entry.chain().get(entry.chain().size() - 1);
        signer = new Signer() {
            @Override
            public byte[] sign(InputStream content) throws IOException {
                return PortalKeySigner.cms(content.readAllBytes(), entry.privateKey(), entry.chain());
            }

            @Override
            public List<X509Certificate> chain() {
                return entry.chain();
            }
        };
    }

    static byte[] signedPdf(Certificate certificate) {
        return CertificatePdf
                .signed(CertificateContent.of(certificate, CertificatePdfTest.URL, CertificatePdfTest.SIGNER), signer);
    }

    @Test
    void theSignatureVerifiesAsAVerifierChecksIt() throws Exception {
        byte[] pdf = signedPdf(CertificatePdfTest.certificate(Service.FORMATION, "en"));
        assertEquals(Optional.empty(), verificationFailure(pdf, root));
    }

    @Test
    void oneChangedByteBreaksTheSignature() throws Exception {
        byte[] pdf = signedPdf(CertificatePdfTest.certificate(Service.FORMATION, "ru"));
        int[] range = signature(pdf).getByteRange();
        // in the page's content (before the signature), in the signature itself, and in the update after it
        for (int position : new int[] { range[1] / 2, range[1] + 200, range[2] + range[3] / 2 }) {
            byte[] tampered = pdf.clone();
            tampered[position] = (byte) (tampered[position] == '0' ? '1' : tampered[position] ^ 0x01);
            assertTrue(verificationFailure(tampered, root).isPresent(), "byte " + position + " changed");
            assertFalse(CertificateCheck.check(tampered, Optional.of(root), Optional.empty()).valid(),
                    "byte " + position + " changed");
        }
    }

    @Test
    void theSameCertificateGivesTheSameSignedBytes() {
        Certificate certificate = CertificatePdfTest.certificate(Service.CORRECTION, "kk");
        byte[] first = signedPdf(certificate);
        byte[] second = signedPdf(certificate);
        assertArrayEquals(first, second);
    }

    @Test
    void aSignatureOfAnotherRootIsNotTrusted() throws Exception {
        Path other = Path.of("target/signing/certificate-signing-test-other.p12");
        SigningKeystore.generateIfMissing(other, PASSWORD.toCharArray(), "portal", "Someone else");
        SigningKeystore.Entry entry = SigningKeystore.read(other, PASSWORD.toCharArray(), "portal");
        byte[] pdf = signedPdf(CertificatePdfTest.certificate(Service.FORMATION, "en"));
        assertEquals(Optional.of("the chain does not lead to the configured root"),
                verificationFailure(pdf, entry.chain().get(entry.chain().size() - 1)));
        assertFalse(CertificateCheck.check(pdf, Optional.of(entry.chain().get(1)), Optional.empty()).valid());
        assertFalse(CertificateCheck.check(pdf, Optional.empty(), Optional.empty()).valid(),
                "a chain of its own proves nothing");
    }

    @Test
    void theSignatureIsVisibleAndNamesTheBodyAndTimeInEachLanguage() throws Exception {
        Certificate certificate = CertificatePdfTest.certificate(Service.FORMATION, "en");
        CertificateContent content = CertificateContent.of(certificate, CertificatePdfTest.URL,
                CertificatePdfTest.SIGNER);
        // issued 01.03.2026 20:30 UTC: 02.03.2026 01:30 in Kazakhstan
        assertEquals(List.of(
                "Electronically signed by Kostanay region police. Time of signing: 02.03.2026 01:30:00 +05:00",
                "Электрондық қолтаңбамен қол қойған: Қостанай облысы полиция департаменті. Қол қойылған уақыты: "
                        + "02.03.2026 01:30:00 +05:00",
                "Подписано электронной подписью: Департамент полиции Костанайской области. Время подписания: "
                        + "02.03.2026 01:30:00 +05:00"),
                content.signatureBlock());
        try (PDDocument document = Loader.loadPDF(CertificatePdf.signed(content, signer))) {
            PDSignatureField field = (PDSignatureField) document.getDocumentCatalog().getAcroForm().getFields()
                    .get(0);
            PDAnnotationWidget widget = field.getWidgets().get(0);
            assertTrue(widget.getRectangle().getWidth() > 300 && widget.getRectangle().getHeight() > 40,
                    () -> widget.getRectangle().toString());
            assertNotNull(widget.getAppearance().getNormalAppearance().getAppearanceStream());
            assertEquals(document.getPage(0), widget.getPage());
            assertTrue(document.getPage(0).getAnnotations().contains(widget));
            PDSignature signature = field.getSignature();
            assertEquals("Kostanay region police", signature.getName());
            assertEquals(certificate.issuedAt.toInstant(), signature.getSignDate().toInstant());
        }
    }

    @Test
    void thePortalsOwnCheckAgrees() {
        byte[] pdf = signedPdf(CertificatePdfTest.certificate(Service.FORMATION, "en"));
        CertificateCheck.Verdict verdict = CertificateCheck.check(pdf, Optional.of(root), Optional.empty());
        assertTrue(verdict.valid(), verdict::toString);
    }

    @Test
    void theQrCodesTokenIsCheckedWhenItCarriesOne() {
        PortalKey key = TestPortalKeys.of(KEYSTORE, PASSWORD);
        Certificate certificate = CertificatePdfTest.certificate(Service.FORMATION, "en");
        CertificateContent plain = CertificateContent.of(certificate, CertificatePdfTest.URL,
                CertificatePdfTest.SIGNER);
        String token = key.signJws("{\"n\":\"" + certificate.number + "\",\"i\":\"" + certificate.iin + "\"}");

        CertificateCheck.Verdict valid = CertificateCheck.check(signedPdf(withQr(plain, "/verify?t=" + token)),
                Optional.empty(), Optional.of(key.publicKeys()));
        assertTrue(valid.valid(), valid::toString);
        assertTrue(valid.qrToken().startsWith("VALID (kid " + key.keyId() + ")"), valid.qrToken());

        String[] parts = token.split("\\.");
        String forged = parts[0] + "." + Base64.getUrlEncoder().withoutPadding()
                .encodeToString(("{\"n\":\"" + certificate.number + "\",\"i\":\"000000000000\"}").getBytes())
                + "." + parts[2];
        CertificateCheck.Verdict refused = CertificateCheck.check(signedPdf(withQr(plain, "/verify?t=" + forged)),
                Optional.empty(), Optional.of(key.publicKeys()));
        assertFalse(refused.valid(), refused::toString);
        assertEquals("BAD_SIGNATURE (kid " + key.keyId() + ")", refused.qrToken());

        CertificateCheck.Verdict noToken = CertificateCheck.check(
                signedPdf(withQr(plain, "/verify/" + certificate.number)), Optional.empty(),
                Optional.of(key.publicKeys()));
        assertTrue(noToken.qrToken().startsWith("not checked"), noToken.qrToken());
    }

    private static byte[] signedPdf(CertificateContent content) {
        return CertificatePdf.signed(content, signer);
    }

    /** The same content with a QR code pointing elsewhere (a token of the test's key, or no token at all). */
    private static CertificateContent withQr(CertificateContent c, String path) {
        return new CertificateContent(c.language(), c.title(), c.rows(), c.verificationUrl(),
                CertificatePdfTest.URL + path, c.verificationCaption(), c.footer(), c.number(), c.issuedAt(),
                c.signatureBlock(), c.signerName());
    }

    private static PDSignature signature(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            List<PDSignature> signatures = document.getSignatureDictionaries();
            assertEquals(1, signatures.size());
            return signatures.get(0);
        }
    }

    /** Why a verifier would refuse the file, empty when it accepts it. */
    static Optional<String> verificationFailure(byte[] pdf, X509Certificate trustedRoot) {
        try {
            PDSignature signature = signature(pdf);
            if (!PDSignature.SUBFILTER_ETSI_CADES_DETACHED.getName().equals(signature.getSubFilter())) {
                return Optional.of("not PAdES");
            }
            int[] range = signature.getByteRange();
            if (range[0] != 0 || range[2] + range[3] != pdf.length || pdf[range[1]] != '<'
                    || pdf[range[2] - 1] != '>') {
                return Optional.of("the byte range does not cover the whole file but the signature");
            }
            byte[] signedContent = new byte[range[1] + range[3]];
            System.arraycopy(pdf, 0, signedContent, 0, range[1]);
            System.arraycopy(pdf, range[2], signedContent, range[1], range[3]);
            CMSSignedData cms = new CMSSignedData(new CMSProcessableByteArray(signedContent),
                    CertificateCheck.contentInfo(signature.getContents(pdf)));
            SignerInformation signer = cms.getSignerInfos().getSigners().iterator().next();
            @SuppressWarnings("unchecked")
            Collection<X509CertificateHolder> matches = cms.getCertificates().getMatches((Selector) signer.getSID());
            X509CertificateHolder signing = matches.iterator().next();
            // checks the message-digest attribute against the signed content, then the signature
            if (!signer.verify(new JcaSimpleSignerInfoVerifierBuilder().build(signing))) {
                return Optional.of("the CMS signature does not verify");
            }
            if (signer.getSignedAttributes().get(CMSAttributes.signingTime) != null) {
                return Optional.of("signing-time present");
            }
            byte[] certHash = SigningCertificateV2.getInstance(signer.getSignedAttributes()
                    .get(PKCSObjectIdentifiers.id_aa_signingCertificateV2).getAttrValues().getObjectAt(0))
                    .getCerts()[0].getCertHash();
            if (!Arrays.equals(certHash, MessageDigest.getInstance("SHA-256").digest(signing.getEncoded()))) {
                return Optional.of("signing-certificate-v2 names another certificate");
            }
            X509Certificate certificate = new JcaX509CertificateConverter().getCertificate(signing);
            try {
                certificate.verify(trustedRoot.getPublicKey());
            } catch (Exception e) {
                return Optional.of("the chain does not lead to the configured root");
            }
            boolean rootEmbedded = cms.getCertificates().getMatches(null).stream()
                    .anyMatch(h -> Arrays.equals(encoded(h), encoded(trustedRoot)));
            return rootEmbedded ? Optional.empty() : Optional.of("the chain is not embedded");
        } catch (Exception e) {
            return Optional.of("unreadable: " + e);
        }
    }

    private static byte[] encoded(Object certificate) {
        try {
            return certificate instanceof X509CertificateHolder h ? h.getEncoded()
                    : ((X509Certificate) certificate).getEncoded();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void aSignedFileHasNoSigningTimeAttributeButTheDictionaryTime() throws Exception {
        byte[] pdf = signedPdf(CertificatePdfTest.certificate(Service.FORMATION, "en"));
        PDSignature signature = signature(pdf);
        CMSSignedData cms = new CMSSignedData(CertificateCheck.contentInfo(signature.getContents(pdf)));
        assertNull(cms.getSignerInfos().getSigners().iterator().next().getSignedAttributes()
                .get(CMSAttributes.signingTime));
        assertNotNull(signature.getSignDate());
    }
}
