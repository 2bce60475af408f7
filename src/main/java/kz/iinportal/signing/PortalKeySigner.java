package kz.iinportal.signing;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.math.BigInteger;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.PrivateKey;
import java.security.cert.CertificateEncodingException;
import java.security.cert.X509Certificate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.bouncycastle.asn1.ASN1EncodableVector;
import org.bouncycastle.asn1.ASN1Integer;
import org.bouncycastle.asn1.DERSequence;
import org.bouncycastle.asn1.DERSet;
import org.bouncycastle.asn1.cms.Attribute;
import org.bouncycastle.asn1.cms.AttributeTable;
import org.bouncycastle.asn1.cms.CMSAttributes;
import org.bouncycastle.asn1.ess.ESSCertIDv2;
import org.bouncycastle.asn1.ess.SigningCertificateV2;
import org.bouncycastle.asn1.nist.NISTObjectIdentifiers;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.asn1.x509.AlgorithmIdentifier;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.bouncycastle.asn1.x509.IssuerSerial;
import org.bouncycastle.asn1.x9.X9ObjectIdentifiers;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.jcajce.JcaCertStore;
import org.bouncycastle.cms.CMSException;
import org.bouncycastle.cms.CMSProcessableByteArray;
import org.bouncycastle.cms.CMSSignedDataGenerator;
import org.bouncycastle.cms.DefaultSignedAttributeTableGenerator;
import org.bouncycastle.cms.SignerInfoGeneratorBuilder;
import org.bouncycastle.operator.ContentSigner;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.bc.BcDigestCalculatorProvider;

import io.quarkus.arc.DefaultBean;

/**
 * The portal's own {@link Signer}: CMS with its EC P-256 key, ECDSA with SHA-256, deterministic (RFC 6979) so that
 * the same PDF is signed to the same bytes.
 */
@ApplicationScoped
@DefaultBean
public class PortalKeySigner implements Signer {

    @Inject
    PortalKey key;

    public PortalKeySigner() {
    }

    PortalKeySigner(PortalKey key) {
        this.key = key;
    }

    @Override
    public byte[] sign(InputStream content) throws IOException {
        return cms(content.readAllBytes(), key.privateKey(), key.chain());
    }

    @Override
    public List<X509Certificate> chain() {
        return key.chain();
    }

    /** A detached CMS SignedData as {@link Signer#sign} describes it, with any EC key and chain. */
    public static byte[] cms(byte[] content, PrivateKey privateKey, List<X509Certificate> chain) {
        try {
            X509Certificate signing = chain.get(0);
            X509CertificateHolder holder = new X509CertificateHolder(signing.getEncoded());
            AttributeTable extra = new AttributeTable(
                    new Attribute(PKCSObjectIdentifiers.id_aa_signingCertificateV2,
                            new DERSet(signingCertificateV2(holder))));
            CMSSignedDataGenerator generator = new CMSSignedDataGenerator();
            generator.addSignerInfoGenerator(new SignerInfoGeneratorBuilder(new BcDigestCalculatorProvider())
                    .setSignedAttributeGenerator(new WithoutSigningTime(extra))
                    .build(new DeterministicEs256(privateKey), holder));
            generator.addCertificates(new JcaCertStore(chain));
            return generator.generate(new CMSProcessableByteArray(content), false).getEncoded("DER");
        } catch (IOException | CertificateEncodingException | OperatorCreationException | CMSException e) {
            throw new IllegalStateException("Could not sign: " + e.getMessage(), e);
        }
    }

    private static SigningCertificateV2 signingCertificateV2(X509CertificateHolder certificate) throws IOException {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(certificate.getEncoded());
            IssuerSerial issuerSerial = new IssuerSerial(new GeneralNames(new GeneralName(certificate.getIssuer())),
                    certificate.getSerialNumber());
            // SHA-256 is ESSCertIDv2's default algorithm: DER leaves it out
            return new SigningCertificateV2(new ESSCertIDv2(
                    new AlgorithmIdentifier(NISTObjectIdentifiers.id_sha256), hash, issuerSerial));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * BouncyCastle's standard signed attributes without signing-time: PAdES baseline B forbids it (the time is the
     * signature dictionary's M entry), and without it the bytes depend only on the content.
     */
    private static final class WithoutSigningTime extends DefaultSignedAttributeTableGenerator {
        WithoutSigningTime(AttributeTable extra) {
            super(extra);
        }

        @Override
        @SuppressWarnings("rawtypes")
        public AttributeTable getAttributes(Map parameters) {
            return super.getAttributes(parameters).remove(CMSAttributes.signingTime);
        }
    }

    /** ecdsa-with-SHA256 with the RFC 6979 nonce, DER-encoded as CMS wants it (not JWS' R||S). */
    private static final class DeterministicEs256 implements ContentSigner {
        private final PrivateKey key;
        private final ByteArrayOutputStream data = new ByteArrayOutputStream();

        DeterministicEs256(PrivateKey key) {
            this.key = key;
        }

        @Override
        public AlgorithmIdentifier getAlgorithmIdentifier() {
            return new AlgorithmIdentifier(X9ObjectIdentifiers.ecdsa_with_SHA256);
        }

        @Override
        public OutputStream getOutputStream() {
            return data;
        }

        @Override
        public byte[] getSignature() {
            byte[] rs = Es256.sign(key, data.toByteArray());
            ASN1EncodableVector sequence = new ASN1EncodableVector();
            sequence.add(new ASN1Integer(new BigInteger(1, Arrays.copyOfRange(rs, 0, 32))));
            sequence.add(new ASN1Integer(new BigInteger(1, Arrays.copyOfRange(rs, 32, 64))));
            try {
                return new DERSequence(sequence).getEncoded("DER");
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        }
    }
}
