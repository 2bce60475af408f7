package kz.iinportal.signing;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.cert.X509Certificate;
import java.security.interfaces.ECPublicKey;
import java.util.Base64;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.JWKSet;

/** The portal's key as the QR tokens, the audit checkpoints and the certificate PDFs use it. */
class PortalKeyTest {

    private static final Path DIRECTORY = Path.of("target/signing/portal-key-test");
    private static final String PASSWORD = "portal-key-test-password";
    private static final String PAYLOAD = "{\"n\":\"IIN-2026-000123\",\"iin\":\"950101400123\"}";

    private static PortalKey key;
    private static PortalKey otherKey;

    @BeforeAll
    static void keys() throws Exception {
        Files.createDirectories(DIRECTORY);
        key = portalKey(DIRECTORY.resolve("current.p12"), Optional.empty());
        otherKey = portalKey(DIRECTORY.resolve("other.p12"), Optional.empty());
    }

    private static PortalKey portalKey(Path keystore, Optional<Path> retired) {
        SigningKeystore.generateIfMissing(keystore, PASSWORD.toCharArray(), "portal", "PortalKeyTest");
        return withSettings(Optional.of(keystore), Optional.of(PASSWORD), retired);
    }

    private static PortalKey withSettings(Optional<Path> keystore, Optional<String> password,
            Optional<Path> retired) {
        PortalKey portalKey = new PortalKey();
        portalKey.settings = new SigningSettings() {
            @Override
            public Optional<Path> keystore() {
                return keystore;
            }

            @Override
            public Optional<String> keystorePassword() {
                return password;
            }

            @Override
            public String keyAlias() {
                return "portal";
            }

            @Override
            public Optional<Path> retiredKeys() {
                return retired;
            }
        };
        return portalKey;
    }

    @Test
    void theKeyAndItsChainLoad() throws Exception {
        List<X509Certificate> chain = key.chain();
        assertEquals(2, chain.size());
        X509Certificate signing = chain.get(0);
        X509Certificate root = chain.get(1);
        signing.verify(root.getPublicKey());
        root.verify(root.getPublicKey());
        assertEquals(root.getSubjectX500Principal(), signing.getIssuerX500Principal());
        assertEquals("EC", key.privateKey().getAlgorithm());
        assertEquals(256, ((ECPublicKey) signing.getPublicKey()).getParams().getCurve().getField().getFieldSize());
    }

    @Test
    void theKeyIdIsTheRfc7638Thumbprint() throws Exception {
        ECPublicKey publicKey = (ECPublicKey) key.chain().get(0).getPublicKey();
        Base64.Encoder base64url = Base64.getUrlEncoder().withoutPadding();
        // RFC 7638 §3.2: the required members only, in lexicographic order, no whitespace
        String canonical = "{\"crv\":\"P-256\",\"kty\":\"EC\",\"x\":\""
                + base64url.encodeToString(unsigned32(publicKey.getW().getAffineX().toByteArray())) + "\",\"y\":\""
                + base64url.encodeToString(unsigned32(publicKey.getW().getAffineY().toByteArray())) + "\"}";
        String thumbprint = base64url.encodeToString(
                MessageDigest.getInstance("SHA-256").digest(canonical.getBytes(StandardCharsets.UTF_8)));
        assertEquals(thumbprint, key.keyId());
        assertEquals(43, key.keyId().length());
        assertNotEquals(key.keyId(), otherKey.keyId());
    }

    private static byte[] unsigned32(byte[] twosComplement) {
        byte[] result = new byte[32];
        int length = Math.min(32, twosComplement.length);
        System.arraycopy(twosComplement, twosComplement.length - length, result, 32 - length, length);
        return result;
    }

    @Test
    void aTokenVerifiesWithThePublishedKeysAndGivesThePayloadBack() {
        String token = key.signJws(PAYLOAD);
        String header = new String(Base64.getUrlDecoder().decode(token.split("\\.")[0]), StandardCharsets.UTF_8);
        assertEquals("{\"alg\":\"ES256\",\"kid\":\"" + key.keyId() + "\"}", header);

        JwsCheck.Result result = JwsCheck.of(key.publicKeys()).verify(token);
        assertEquals(new JwsCheck.Result(JwsCheck.Outcome.VALID, key.keyId(), PAYLOAD), result);
        // the JWKS as /.well-known/jwks.json serves it: public members only
        String jwks = key.publicKeys().toString();
        assertFalse(jwks.contains("\"d\""), jwks);
        assertEquals(JwsCheck.Outcome.VALID, JwsCheck.of(jwks).verify(token).outcome());
    }

    @Test
    void theSamePayloadGivesTheSameToken() {
        assertEquals(key.signJws(PAYLOAD), key.signJws(PAYLOAD));
        assertNotEquals(key.signJws(PAYLOAD), key.signJws(PAYLOAD + " "));
        byte[] line = "checkpoint 42 9f86d081884c7d65".getBytes(StandardCharsets.UTF_8);
        assertArrayEquals(key.signLine(line), key.signLine(line));
        assertEquals(64, key.signLine(line).length);
    }

    @Test
    void aTamperedPayloadIsRefused() {
        String[] parts = key.signJws(PAYLOAD).split("\\.");
        String forged = Base64.getUrlEncoder().withoutPadding()
                .encodeToString(PAYLOAD.replace("000123", "000124").getBytes(StandardCharsets.UTF_8));
        JwsCheck.Result result = JwsCheck.of(key.publicKeys()).verify(parts[0] + "." + forged + "." + parts[2]);
        assertEquals(JwsCheck.Outcome.BAD_SIGNATURE, result.outcome());
        assertNull(result.payloadJson());
    }

    @Test
    void aTokenOfAnUnknownKeyIsRefused() {
        JwsCheck.Result result = JwsCheck.of(key.publicKeys()).verify(otherKey.signJws(PAYLOAD));
        assertEquals(JwsCheck.Outcome.UNKNOWN_KEY, result.outcome());
        assertEquals(otherKey.keyId(), result.keyId());
        assertNull(result.payloadJson());
    }

    @Test
    void aTokenSignedByAnotherKeyUnderOurKidIsRefused() {
        String[] ours = key.signJws(PAYLOAD).split("\\.");
        String[] theirs = otherKey.signJws(PAYLOAD).split("\\.");
        assertEquals(JwsCheck.Outcome.BAD_SIGNATURE,
                JwsCheck.of(key.publicKeys()).verify(ours[0] + "." + ours[1] + "." + theirs[2]).outcome());
    }

    @Test
    void whatIsNoTokenIsMalformed() {
        JwsCheck check = JwsCheck.of(key.publicKeys());
        for (String notAToken : new String[] { null, "", "abc", "a.b", "!!.??.##" }) {
            assertEquals(JwsCheck.Outcome.MALFORMED, check.verify(notAToken).outcome(), notAToken);
        }
        String none = Base64.getUrlEncoder().withoutPadding()
                .encodeToString("{\"alg\":\"HS256\",\"kid\":\"x\"}".getBytes(StandardCharsets.UTF_8));
        String[] parts = key.signJws(PAYLOAD).split("\\.");
        assertEquals(JwsCheck.Outcome.MALFORMED, check.verify(none + "." + parts[1] + "." + parts[2]).outcome());
    }

    @Test
    void aLineVerifiesOnlyUnchangedAndWithItsKey() {
        byte[] line = "checkpoint 42 9f86d081884c7d65".getBytes(StandardCharsets.UTF_8);
        byte[] signature = key.signLine(line);
        JwsCheck check = JwsCheck.of(key.publicKeys());
        assertTrue(check.verifyLine(key.keyId(), line, signature));
        assertFalse(check.verifyLine(key.keyId(), "checkpoint 43 9f86d081884c7d65".getBytes(StandardCharsets.UTF_8),
                signature));
        byte[] flipped = signature.clone();
        flipped[10] ^= 1;
        assertFalse(check.verifyLine(key.keyId(), line, flipped));
        assertFalse(check.verifyLine(otherKey.keyId(), line, signature));
        assertFalse(check.verifyLine(key.keyId(), line, new byte[12]));
    }

    @Test
    void retiredKeysStillVerifyWhatTheySigned() throws Exception {
        Path retired = DIRECTORY.resolve("retired.jwks");
        Files.writeString(retired, otherKey.publicKeys().toString());
        PortalKey rotated = portalKey(DIRECTORY.resolve("current.p12"), Optional.of(retired));

        JWKSet published = rotated.publicKeys();
        assertEquals(List.of(key.keyId(), otherKey.keyId()),
                published.getKeys().stream().map(k -> k.getKeyID()).toList());
        assertTrue(published.getKeys().stream().noneMatch(k -> ((ECKey) k).isPrivate()));
        assertEquals(JwsCheck.Outcome.VALID, JwsCheck.of(published).verify(otherKey.signJws(PAYLOAD)).outcome());
        assertEquals(key.keyId(), rotated.keyId(), "new tokens are signed with the current key");
    }

    @Test
    void withoutKeystoreThereIsNoKey() {
        PortalKey none = withSettings(Optional.empty(), Optional.of(PASSWORD), Optional.empty());
        IllegalStateException refused = assertThrows(IllegalStateException.class, none::keyId);
        assertTrue(refused.getMessage().startsWith("IIN_SIGNING_KEYSTORE is not set"), refused.getMessage());

        PortalKey missing = withSettings(Optional.of(DIRECTORY.resolve("nowhere.p12")), Optional.of(PASSWORD),
                Optional.empty());
        refused = assertThrows(IllegalStateException.class, missing::keyId);
        assertTrue(refused.getMessage().contains("IIN_SIGNING_KEYSTORE"), refused.getMessage());

        PortalKey wrongPassword = withSettings(Optional.of(DIRECTORY.resolve("current.p12")),
                Optional.of("not-the-password"), Optional.empty());
        refused = assertThrows(IllegalStateException.class, wrongPassword::keyId);
        assertTrue(refused.getMessage().contains("IIN_SIGNING_KEYSTORE_PASSWORD"), refused.getMessage());
    }
}
