package kz.iinportal.certificate;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.security.interfaces.ECPublicKey;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.PDSignature;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.bouncycastle.asn1.ASN1Encodable;
import org.bouncycastle.asn1.ASN1InputStream;
import org.bouncycastle.asn1.cms.Attribute;
import org.bouncycastle.asn1.cms.CMSAttributes;
import org.bouncycastle.asn1.cms.ContentInfo;
import org.bouncycastle.asn1.ess.ESSCertIDv2;
import org.bouncycastle.asn1.ess.SigningCertificateV2;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cms.CMSException;
import org.bouncycastle.cms.CMSProcessableByteArray;
import org.bouncycastle.cms.CMSSignedData;
import org.bouncycastle.cms.SignerInformation;
import org.bouncycastle.cms.jcajce.JcaSimpleSignerInfoVerifierBuilder;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.util.Selector;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.ReaderException;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.multi.qrcode.QRCodeMultiReader;
import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.JWKSet;

import kz.iinportal.signing.JwsCheck;

/**
 * Checks a certificate PDF's signature the way a verifier does, offline (no database, no portal): one PAdES
 * signature whose byte range covers the whole file but the signature itself, the CMS verifying with its embedded
 * certificate (digest and signature), signing-certificate-v2 naming that certificate, the chain up to a trusted
 * root. Trusted means: the root given with --root, or a signing key among the portal's published keys (--jwks, a
 * saved /.well-known/jwks.json). With --jwks the QR code's token is checked too. bin/verify-certificate runs it.
 *
 * <p>
 * Exit status 0: valid and trusted; 1: anything else (the reasons printed); 2: wrong arguments or unreadable file.
 */
public final class CertificateCheck {

    /** What was checked: valid only if nothing failed. */
    public record Verdict(boolean valid, List<String> passed, List<String> failed, String qrToken) {
    }

    private final List<String> passed = new ArrayList<>();
    private final List<String> failed = new ArrayList<>();
    private String qrToken = "not checked";

    private CertificateCheck() {
    }

    public static void main(String[] args) {
        PrintStream out = System.out;
        Path file = null;
        Optional<JWKSet> jwks = Optional.empty();
        Optional<X509Certificate> root = Optional.empty();
        try {
            for (int i = 0; i < args.length; i++) {
                switch (args[i]) {
                    case "--jwks" -> jwks = Optional.of(JWKSet.parse(Files.readString(Path.of(args[++i]))));
                    case "--root" -> root = Optional.of(certificate(Files.readAllBytes(Path.of(args[++i]))));
                    default -> {
                        if (file != null || args[i].startsWith("--")) {
                            throw new IllegalArgumentException("unknown argument " + args[i]);
                        }
                        file = Path.of(args[i]);
                    }
                }
            }
            if (file == null) {
                throw new IllegalArgumentException("no PDF given");
            }
        } catch (Exception e) {
            System.err.println("verify-certificate: " + e.getMessage());
            System.err.println("usage: bin/verify-certificate FILE.pdf [--jwks JWKS.json] [--root ROOT.pem]");
            System.exit(2);
            return;
        }
        byte[] pdf;
        try {
            pdf = Files.readAllBytes(file);
        } catch (IOException e) {
            System.err.println("verify-certificate: cannot read " + file + ": " + e.getMessage());
            System.exit(2);
            return;
        }
        Verdict verdict = check(pdf, root, jwks);
        out.println("File: " + file);
        verdict.passed().forEach(line -> out.println("  ok    " + line));
        verdict.failed().forEach(line -> out.println("  FAIL  " + line));
        out.println("QR token: " + verdict.qrToken());
        out.println(verdict.valid() ? "VERDICT: VALID - signed by the portal and not changed since"
                : "VERDICT: NOT VALID - do not rely on this certificate");
        System.exit(verdict.valid() ? 0 : 1);
    }

    /** @param root the trusted root CA; @param jwks the portal's published keys. At least one is needed to trust. */
    public static Verdict check(byte[] pdf, Optional<X509Certificate> root, Optional<JWKSet> jwks) {
        CertificateCheck check = new CertificateCheck();
        try {
            check.signature(pdf, root, jwks);
        } catch (Exception e) {
            check.failed.add("the signature could not be read: " + e);
        }
        if (jwks.isPresent()) {
            check.qr(pdf, jwks.get());
        } else {
            check.qrToken = "not checked (give --jwks)";
        }
        return new Verdict(check.failed.isEmpty() && !check.passed.isEmpty(), List.copyOf(check.passed),
                List.copyOf(check.failed), check.qrToken);
    }

    private void signature(byte[] pdf, Optional<X509Certificate> root, Optional<JWKSet> jwks)
            throws IOException, CMSException, GeneralSecurityException, OperatorCreationException {
        PDSignature signature;
        byte[] contents;
        byte[] signedContent;
        try (PDDocument document = Loader.loadPDF(pdf)) {
            List<PDSignature> signatures = document.getSignatureDictionaries();
            if (signatures.size() != 1) {
                failed.add("expected one signature, found " + signatures.size());
                return;
            }
            signature = signatures.get(0);
            contents = signature.getContents(pdf);
            signedContent = signature.getSignedContent(pdf);
        }
        if (!PDSignature.SUBFILTER_ETSI_CADES_DETACHED.getName().equals(signature.getSubFilter())) {
            failed.add("not a PAdES signature (SubFilter " + signature.getSubFilter() + ")");
        }
        int[] range = signature.getByteRange();
        // [0, before, after, rest]: from the start to the signature, and from after it to the very end of the file
        boolean coversAll = range.length == 4 && range[0] == 0 && range[1] > 0 && range[2] > range[1]
                && (long) range[2] + range[3] == pdf.length && pdf[range[1]] == '<' && pdf[range[2] - 1] == '>'
                && hexOnly(pdf, range[1] + 1, range[2] - 1);
        if (coversAll) {
            passed.add("the signature covers the whole file but itself (byte range " + Arrays.toString(range) + ")");
        } else {
            failed.add("the signature does not cover the whole file (byte range " + Arrays.toString(range)
                    + ", file " + pdf.length + " bytes): it was changed or added to after signing");
        }

        CMSSignedData cms = new CMSSignedData(new CMSProcessableByteArray(signedContent),
                CertificateCheck.contentInfo(contents));
        Collection<SignerInformation> signers = cms.getSignerInfos().getSigners();
        if (signers.size() != 1) {
            failed.add("expected one signer in the CMS, found " + signers.size());
            return;
        }
        SignerInformation signer = signers.iterator().next();
        @SuppressWarnings("unchecked")
        Collection<X509CertificateHolder> matches = cms.getCertificates().getMatches((Selector) signer.getSID());
        if (matches.isEmpty()) {
            failed.add("the signing certificate is not embedded");
            return;
        }
        X509CertificateHolder signingHolder = matches.iterator().next();
        X509Certificate signing = new JcaX509CertificateConverter().getCertificate(signingHolder);
        if (signer.verify(new JcaSimpleSignerInfoVerifierBuilder().build(signingHolder))) {
            passed.add("the digest matches and the CMS signature verifies with the embedded certificate ("
                    + signing.getSubjectX500Principal().getName() + ")");
        } else {
            failed.add("the CMS signature does not verify");
        }
        if (signer.getSignedAttributes() != null
                && signer.getSignedAttributes().get(CMSAttributes.signingTime) != null) {
            failed.add("signing-time is a signed attribute (PAdES baseline B forbids it)");
        }
        signingCertificateV2(signer, signingHolder);

        List<X509Certificate> embedded = new ArrayList<>();
        for (Object holder : cms.getCertificates().getMatches(null)) {
            embedded.add(new JcaX509CertificateConverter().getCertificate((X509CertificateHolder) holder));
        }
        if (signature.getSignDate() != null) {
            passed.add("claimed signing time (the issue time, not a trusted time stamp): "
                    + signature.getSignDate().toInstant());
        }
        // Baseline B has no trusted time: the chain is validated now, as validators do (the claimed time is the
        // certificate's issue time, which may be older than the key that signs a later download).
        chain(signing, embedded, new Date(), root, jwks);
    }

    private void signingCertificateV2(SignerInformation signer, X509CertificateHolder signing)
            throws IOException, GeneralSecurityException {
        Attribute attribute = signer.getSignedAttributes() == null ? null
                : signer.getSignedAttributes().get(PKCSObjectIdentifiers.id_aa_signingCertificateV2);
        if (attribute == null) {
            failed.add("no signing-certificate-v2 attribute (PAdES baseline B requires it)");
            return;
        }
        ASN1Encodable value = attribute.getAttrValues().getObjectAt(0);
        ESSCertIDv2 id = SigningCertificateV2.getInstance(value).getCerts()[0];
        String algorithm = id.getHashAlgorithm().getAlgorithm().getId();
        if (!"2.16.840.1.101.3.4.2.1".equals(algorithm)) {
            failed.add("signing-certificate-v2 uses " + algorithm + ", this check knows SHA-256 only");
            return;
        }
        if (Arrays.equals(id.getCertHash(), MessageDigest.getInstance("SHA-256").digest(signing.getEncoded()))) {
            passed.add("signing-certificate-v2 names the signing certificate");
        } else {
            failed.add("signing-certificate-v2 names another certificate");
        }
    }

    private void chain(X509Certificate signing, List<X509Certificate> embedded, Date at,
            Optional<X509Certificate> root, Optional<JWKSet> jwks) {
        List<X509Certificate> path = new ArrayList<>(List.of(signing));
        X509Certificate current = signing;
        while (!current.getIssuerX500Principal().equals(current.getSubjectX500Principal()) && path.size() < 10) {
            X509Certificate child = current;
            Optional<X509Certificate> issuer = embedded.stream()
                    .filter(c -> c.getSubjectX500Principal().equals(child.getIssuerX500Principal()))
                    .filter(c -> verifies(child, c)).findFirst()
                    .or(() -> root.filter(r -> r.getSubjectX500Principal().equals(child.getIssuerX500Principal())));
            if (issuer.isEmpty()) {
                break;
            }
            current = issuer.get();
            path.add(current);
        }
        boolean linked = true;
        for (int i = 0; i < path.size(); i++) {
            X509Certificate certificate = path.get(i);
            X509Certificate issuer = i + 1 < path.size() ? path.get(i + 1) : certificate;
            if (!verifies(certificate, issuer)) {
                linked = false;
            }
            try {
                certificate.checkValidity(at);
            } catch (GeneralSecurityException e) {
                failed.add("certificate " + certificate.getSubjectX500Principal().getName()
                        + " is not valid now (expired or not yet valid)");
            }
        }
        X509Certificate top = path.get(path.size() - 1);
        boolean selfSigned = top.getIssuerX500Principal().equals(top.getSubjectX500Principal());
        if (!linked || !selfSigned) {
            failed.add("the certificate chain does not lead to a root CA");
            return;
        }
        passed.add("the chain leads to the root " + top.getSubjectX500Principal().getName());
        boolean trusted = false;
        if (root.isPresent()) {
            if (root.get().equals(top)) {
                passed.add("the root is the trusted root given (--root)");
                trusted = true;
            } else {
                failed.add("the root is not the trusted root given (--root)");
            }
        }
        if (jwks.isPresent()) {
            Optional<String> kid = thumbprint(signing);
            if (kid.isPresent() && jwks.get().getKeyByKeyId(kid.get()) != null) {
                passed.add("the signing key is one of the portal's published keys (kid " + kid.get() + ")");
                trusted = true;
            } else {
                failed.add("the signing key is not one of the portal's published keys (--jwks)");
            }
        }
        if (root.isEmpty() && jwks.isEmpty()) {
            failed.add("nothing to trust: give the portal's root CA (--root) or its published keys (--jwks), "
                    + "anyone can make a chain of their own");
        } else if (!trusted) {
            failed.add("the signer is not trusted");
        }
    }

    private static boolean verifies(X509Certificate certificate, X509Certificate issuer) {
        try {
            certificate.verify(issuer.getPublicKey());
            return true;
        } catch (GeneralSecurityException e) {
            return false;
        }
    }

    private static Optional<String> thumbprint(X509Certificate certificate) {
        if (!(certificate.getPublicKey() instanceof ECPublicKey key)) {
            return Optional.empty();
        }
        try {
            return Optional.of(new ECKey.Builder(Curve.forECParameterSpec(key.getParams()), key).build()
                    .computeThumbprint().toString());
        } catch (JOSEException | IllegalArgumentException | NullPointerException e) {
            return Optional.empty();
        }
    }

    /**
     * The CMS in a signature's /Contents: the placeholder is larger than the signature, and the rest is zeros, which
     * BouncyCastle's strict parsing refuses as "extra data": only the first DER object is read.
     */
    static ContentInfo contentInfo(byte[] contents) throws IOException {
        try (ASN1InputStream in = new ASN1InputStream(contents)) {
            return ContentInfo.getInstance(in.readObject());
        }
    }

    private static boolean hexOnly(byte[] pdf, int from, int to) {
        for (int i = from; i < to; i++) {
            byte b = pdf[i];
            if (!((b >= '0' && b <= '9') || (b >= 'a' && b <= 'f') || (b >= 'A' && b <= 'F'))) {
                return false;
            }
        }
        return true;
    }

    /** The QR code, read from the rendered page as a phone would, and its token (if it carries one). */
    private void qr(byte[] pdf, JWKSet jwks) {
        String text;
        try {
            text = qrText(pdf);
        } catch (IOException | ReaderException | RuntimeException e) {
            qrToken = "INVALID - no QR code could be read from the page";
            failed.add("the QR code could not be read");
            return;
        }
        int at = text.indexOf("?t=");
        if (at < 0) {
            qrToken = "not checked (the QR code carries no token, only " + text + ")";
            return;
        }
        JwsCheck.Result result = JwsCheck.of(jwks).verify(text.substring(at + 3));
        if (result.valid()) {
            qrToken = "VALID (kid " + result.keyId() + "): " + result.payloadJson();
            passed.add("the QR code's token verifies with the portal's published keys");
        } else {
            qrToken = result.outcome() + (result.keyId() == null ? "" : " (kid " + result.keyId() + ")");
            failed.add("the QR code's token does not verify: " + result.outcome());
        }
    }

    /** At a phone photo's sharpness first, then sharper: a long token makes a dense code. */
    static String qrText(byte[] pdf) throws IOException, ReaderException {
        ReaderException last = null;
        for (int dpi : new int[] { 150, 300 }) {
            BufferedImage image;
            try (PDDocument document = Loader.loadPDF(pdf)) {
                image = new PDFRenderer(document).renderImageWithDPI(0, dpi, ImageType.RGB);
            }
            int[] pixels = image.getRGB(0, 0, image.getWidth(), image.getHeight(), null, 0, image.getWidth());
            BinaryBitmap bitmap = new BinaryBitmap(
                    new HybridBinarizer(new RGBLuminanceSource(image.getWidth(), image.getHeight(), pixels)));
            try {
                // The multi-code reader tries every triple of finder-pattern candidates: on a page of text the
                // single reader sometimes picks a letter as a finder pattern and fails (FormatException), whatever
                // the resolution; the page carries one code, so the first result is it.
                return new QRCodeMultiReader().decodeMultiple(bitmap,
                        Map.of(DecodeHintType.TRY_HARDER, Boolean.TRUE))[0]
                        .getText();
            } catch (ReaderException e) {
                last = e;
            }
        }
        throw last;
    }

    /** PEM or DER: the JDK reads both. */
    private static X509Certificate certificate(byte[] pemOrDer) throws GeneralSecurityException {
        return (X509Certificate) CertificateFactory.getInstance("X.509")
                .generateCertificate(new ByteArrayInputStream(pemOrDer));
    }
}
