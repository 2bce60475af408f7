package kz.iinportal.signing;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.PrivateKey;
import java.security.cert.X509Certificate;
import java.security.interfaces.ECPublicKey;
import java.text.ParseException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.KeyUse;

import io.quarkus.runtime.LaunchMode;
import io.quarkus.runtime.StartupEvent;

/**
 * The portal's signing key: an EC P-256 key and its certificate chain from the keystore (SigningSettings). It signs
 * the QR tokens (JWS), the audit checkpoints (raw lines) and the certificate PDFs (through certificate.Signer).
 * Loaded at start, so that production with an unreadable keystore or a wrong password does not start at all.
 */
@ApplicationScoped
public class PortalKey {

    private static final Base64.Encoder BASE64URL = Base64.getUrlEncoder().withoutPadding();

    @Inject
    SigningSettings settings;

    /** Dev mode and tests make their throw-away keystore at first use; production only reads the one it is given. */
    boolean generateMissing;

    private volatile Loaded loaded;

    private record Loaded(PrivateKey privateKey, List<X509Certificate> chain, String keyId, String protectedHeader,
            JWKSet publicKeys) {
    }

    /** bin/migrate starts the jar only to migrate: it has no signing key and signs nothing. */
    @ConfigProperty(name = "iin-production.migrate-and-exit", defaultValue = "false")
    boolean migrating;

    @PostConstruct
    void launchMode() {
        generateMissing = LaunchMode.current() != LaunchMode.NORMAL;
    }

    void onStart(@Observes StartupEvent event) {
        if (!migrating) {
            loaded();
        }
    }

    /** RFC 7638 JWK thumbprint (SHA-256, base64url) of the public key: the kid of what it signs. */
    public String keyId() {
        return loaded().keyId();
    }

    public PrivateKey privateKey() {
        return loaded().privateKey();
    }

    /** Signing certificate first, its root CA last. */
    public List<X509Certificate> chain() {
        return loaded().chain();
    }

    /**
     * A compact JWS with header {"alg":"ES256","kid":keyId()}; deterministic (RFC 6979): the same payload gives the
     * same token.
     */
    public String signJws(String payloadJson) {
        Loaded key = loaded();
        String signingInput = key.protectedHeader() + "."
                + BASE64URL.encodeToString(payloadJson.getBytes(StandardCharsets.UTF_8));
        byte[] signature = Es256.sign(key.privateKey(), signingInput.getBytes(StandardCharsets.US_ASCII));
        return signingInput + "." + BASE64URL.encodeToString(signature);
    }

    /** Raw deterministic ES256 over data: 64 bytes, R||S (for the audit checkpoint lines). */
    public byte[] signLine(byte[] data) {
        return Es256.sign(loaded().privateKey(), data);
    }

    /** The current public key and the retired ones: what /.well-known/jwks.json serves. */
    public JWKSet publicKeys() {
        return loaded().publicKeys();
    }

    private Loaded loaded() {
        Loaded current = loaded;
        if (current == null) {
            synchronized (this) {
                current = loaded;
                if (current == null) {
                    current = load();
                    loaded = current;
                }
            }
        }
        return current;
    }

    private Loaded load() {
        Path file = settings.keystore().orElseThrow(() -> new IllegalStateException(
                "IIN_SIGNING_KEYSTORE is not set: set it to the PKCS#12 file holding the portal's signing key"));
        char[] password = settings.keystorePassword().orElseThrow(() -> new IllegalStateException(
                "IIN_SIGNING_KEYSTORE_PASSWORD is not set: set it to the signing keystore's password")).toCharArray();
        if (generateMissing) {
            SigningKeystore.generateIfMissing(file, password, settings.keyAlias(),
                    "IIN portal " + LaunchMode.current().getDefaultProfile());
        }
        SigningKeystore.Entry entry = SigningKeystore.read(file, password, settings.keyAlias());
        if (entry.chain().isEmpty() || !(entry.chain().get(0).getPublicKey() instanceof ECPublicKey publicKey)) {
            throw new IllegalStateException("The signing key in " + file + " is not an EC key (P-256 expected)");
        }
        ECKey current;
        try {
            ECKey bare = new ECKey.Builder(Curve.P_256, publicKey).build();
            current = new ECKey.Builder(bare).keyID(bare.computeThumbprint().toString()).keyUse(KeyUse.SIGNATURE)
                    .algorithm(JWSAlgorithm.ES256).build();
        } catch (JOSEException | IllegalArgumentException e) {
            throw new IllegalStateException("The signing key in " + file + " is not a P-256 key", e);
        }
        List<JWK> keys = new ArrayList<>();
        keys.add(current);
        settings.retiredKeys().ifPresent(retired -> {
            for (JWK key : retiredKeys(retired)) {
                if (!key.getKeyID().equals(current.getKeyID())) {
                    keys.add(key.toPublicJWK());
                }
            }
        });
        String header = BASE64URL.encodeToString(("{\"alg\":\"ES256\",\"kid\":\"" + current.getKeyID() + "\"}")
                .getBytes(StandardCharsets.UTF_8));
        return new Loaded(entry.privateKey(), entry.chain(), current.getKeyID(), header, new JWKSet(keys));
    }

    private static List<JWK> retiredKeys(Path file) {
        try {
            List<JWK> keys = JWKSet.parse(Files.readString(file)).getKeys();
            for (JWK key : keys) {
                if (key.getKeyID() == null) {
                    throw new IllegalStateException("A retired key in " + file
                            + " (IIN_SIGNING_RETIRED_KEYS) has no kid: give it its RFC 7638 thumbprint");
                }
            }
            return keys;
        } catch (IOException | ParseException e) {
            throw new IllegalStateException("Could not read the retired signing keys " + file
                    + " (IIN_SIGNING_RETIRED_KEYS): " + e.getMessage(), e);
        }
    }
}
