package kz.iinportal.signing;

import java.security.interfaces.ECPublicKey;
import java.text.ParseException;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSObject;
import com.nimbusds.jose.crypto.ECDSAVerifier;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSet;

/**
 * Checks what the portal signed against a set of public keys only (a JWKS): what /verify does, and what the bin/
 * scripts do offline with a saved copy of /.well-known/jwks.json. No database, no Quarkus.
 */
public final class JwsCheck {

    public enum Outcome {
        VALID, UNKNOWN_KEY, BAD_SIGNATURE, MALFORMED
    }

    /** keyId: the token's kid when it could be read; payloadJson: only when VALID. */
    public record Result(Outcome outcome, String keyId, String payloadJson) {
        public boolean valid() {
            return outcome == Outcome.VALID;
        }
    }

    private final JWKSet keys;

    private JwsCheck(JWKSet keys) {
        this.keys = keys;
    }

    public static JwsCheck of(JWKSet keys) {
        return new JwsCheck(keys);
    }

    public static JwsCheck of(String jwksJson) {
        try {
            return new JwsCheck(JWKSet.parse(jwksJson));
        } catch (ParseException e) {
            throw new IllegalArgumentException("Not a JWKS: " + e.getMessage(), e);
        }
    }

    public Result verify(String compactJws) {
        if (compactJws == null) {
            return new Result(Outcome.MALFORMED, null, null);
        }
        JWSObject jws;
        try {
            jws = JWSObject.parse(compactJws.strip());
        } catch (ParseException | IllegalArgumentException e) {
            return new Result(Outcome.MALFORMED, null, null);
        }
        String keyId = jws.getHeader().getKeyID();
        if (!JWSAlgorithm.ES256.equals(jws.getHeader().getAlgorithm())) {
            return new Result(Outcome.MALFORMED, keyId, null);
        }
        ECKey key = key(keyId);
        if (key == null) {
            return new Result(Outcome.UNKNOWN_KEY, keyId, null);
        }
        try {
            if (jws.verify(new ECDSAVerifier(key))) {
                return new Result(Outcome.VALID, keyId, jws.getPayload().toString());
            }
        } catch (JOSEException | IllegalStateException e) {
            // a signature of the wrong length or a key nimbus cannot use: not a signature of this key
        }
        return new Result(Outcome.BAD_SIGNATURE, keyId, null);
    }

    /** A raw ES256 signature (64 bytes, R||S) of data by the key with this kid, as PortalKey.signLine makes it. */
    public boolean verifyLine(String keyId, byte[] data, byte[] signature) {
        ECKey key = key(keyId);
        if (key == null) {
            return false;
        }
        try {
            ECPublicKey publicKey = key.toECPublicKey();
            return Es256.verify(publicKey, data, signature);
        } catch (JOSEException e) {
            return false;
        }
    }

    private ECKey key(String keyId) {
        if (keyId == null) {
            return null;
        }
        JWK key = keys.getKeyByKeyId(keyId);
        return key instanceof ECKey ec ? ec : null;
    }
}
