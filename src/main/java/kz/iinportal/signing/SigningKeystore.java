package kz.iinportal.signing;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.math.BigInteger;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.SecureRandom;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.security.spec.ECGenParameterSpec;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Date;
import java.util.List;

import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.cert.X509v3CertificateBuilder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509ExtensionUtils;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.ContentSigner;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;

/**
 * Reads the portal's PKCS#12 keystore, and writes the throw-away ones of dev mode and tests: a self-signed root CA
 * and a signing certificate it issued (so that "chains to the configured root" can be checked as it will be with the
 * national PKI's chain). Production keystores are made with keytool/openssl (docs/operations.md), never here.
 */
public final class SigningKeystore {

    /** What a keystore holds under the alias: the private key and its chain, signing certificate first. */
    public record Entry(PrivateKey privateKey, List<X509Certificate> chain) {
    }

    private SigningKeystore() {
    }

    public static Entry read(Path file, char[] password, String alias) {
        try (InputStream in = Files.newInputStream(file)) {
            KeyStore store = KeyStore.getInstance("PKCS12");
            store.load(in, password);
            if (!store.isKeyEntry(alias)) {
                throw new IllegalStateException("The signing keystore " + file + " has no key entry named '" + alias
                        + "' (IIN_SIGNING_KEY_ALIAS); it has " + Collections.list(store.aliases()));
            }
            PrivateKey key = (PrivateKey) store.getKey(alias, password);
            List<X509Certificate> chain = new ArrayList<>();
            for (Certificate certificate : store.getCertificateChain(alias)) {
                chain.add((X509Certificate) certificate);
            }
            return new Entry(key, List.copyOf(chain));
        } catch (IOException | GeneralSecurityException e) {
            throw new IllegalStateException("Could not read the signing keystore " + file
                    + " (IIN_SIGNING_KEYSTORE, IIN_SIGNING_KEYSTORE_PASSWORD): " + e.getMessage(), e);
        }
    }

    /**
     * Writes a new keystore with a P-256 key certified by a new root CA, unless the file exists. Written to a
     * temporary file first, then moved: two processes starting at once never read half a keystore.
     */
    public static synchronized void generateIfMissing(Path file, char[] password, String alias, String subject) {
        if (Files.exists(file)) {
            return;
        }
        try {
            Path directory = file.toAbsolutePath().getParent();
            Files.createDirectories(directory);
            Path temporary = Files.createTempFile(directory, file.getFileName().toString(), ".tmp");
            try (OutputStream out = Files.newOutputStream(temporary)) {
                generate(password, alias, subject).store(out, password);
            }
            try {
                Files.move(temporary, file, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException | GeneralSecurityException | OperatorCreationException e) {
            throw new IllegalStateException("Could not write the signing keystore " + file, e);
        }
    }

    private static KeyStore generate(char[] password, String alias, String subject)
            throws GeneralSecurityException, OperatorCreationException, IOException {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
        generator.initialize(new ECGenParameterSpec("secp256r1"));
        KeyPair rootKeys = generator.generateKeyPair();
        KeyPair signingKeys = generator.generateKeyPair();
        X500Name rootName = new X500Name("CN=" + subject + " root CA (not for production),O=IIN portal,C=KZ");
        X500Name signingName = new X500Name("CN=" + subject + " (not for production),O=IIN portal,C=KZ");
        Instant now = Instant.now();
        // valid from long before: dev mode's demo certificates were issued before the keystore was made
        Date from = Date.from(Instant.parse("2020-01-01T00:00:00Z"));
        Date until = Date.from(now.plus(Duration.ofDays(3650)));
        JcaX509ExtensionUtils extensions = new JcaX509ExtensionUtils();
        ContentSigner rootSigner = new JcaContentSignerBuilder("SHA256withECDSA").build(rootKeys.getPrivate());

        X509v3CertificateBuilder root = new JcaX509v3CertificateBuilder(rootName, serial(), from, until, rootName,
                rootKeys.getPublic())
                .addExtension(Extension.basicConstraints, true, new BasicConstraints(true))
                .addExtension(Extension.keyUsage, true, new KeyUsage(KeyUsage.keyCertSign | KeyUsage.cRLSign))
                .addExtension(Extension.subjectKeyIdentifier, false,
                        extensions.createSubjectKeyIdentifier(rootKeys.getPublic()));
        X509Certificate rootCertificate = new JcaX509CertificateConverter().getCertificate(root.build(rootSigner));

        X509v3CertificateBuilder signing = new JcaX509v3CertificateBuilder(rootName, serial(), from, until,
                signingName, signingKeys.getPublic())
                .addExtension(Extension.basicConstraints, true, new BasicConstraints(false))
                .addExtension(Extension.keyUsage, true,
                        new KeyUsage(KeyUsage.digitalSignature | KeyUsage.nonRepudiation))
                .addExtension(Extension.authorityKeyIdentifier, false,
                        extensions.createAuthorityKeyIdentifier(rootCertificate))
                .addExtension(Extension.subjectKeyIdentifier, false,
                        extensions.createSubjectKeyIdentifier(signingKeys.getPublic()));
        X509Certificate signingCertificate = new JcaX509CertificateConverter()
                .getCertificate(signing.build(rootSigner));

        KeyStore store = KeyStore.getInstance("PKCS12");
        store.load(null, password);
        store.setKeyEntry(alias, signingKeys.getPrivate(), password,
                new Certificate[] { signingCertificate, rootCertificate });
        return store;
    }

    private static BigInteger serial() {
        return new BigInteger(64, new SecureRandom()).abs().add(BigInteger.ONE);
    }
}
