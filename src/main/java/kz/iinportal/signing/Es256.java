package kz.iinportal.signing;

import java.math.BigInteger;
import java.security.InvalidKeyException;
import java.security.PrivateKey;
import java.security.interfaces.ECPublicKey;
import java.util.Arrays;

import org.bouncycastle.crypto.digests.SHA256Digest;
import org.bouncycastle.crypto.params.ECPrivateKeyParameters;
import org.bouncycastle.crypto.params.ECPublicKeyParameters;
import org.bouncycastle.crypto.signers.ECDSASigner;
import org.bouncycastle.crypto.signers.HMacDSAKCalculator;
import org.bouncycastle.jcajce.provider.asymmetric.util.ECUtil;
import org.bouncycastle.util.BigIntegers;

/**
 * ES256 (ECDSA P-256 with SHA-256) with the nonce derived from the key and the message (RFC 6979): the same data
 * signed twice gives the same signature, so a certificate drawn twice gives the same token and the same PDF. The
 * JDK's ECDSA draws a random nonce and has no deterministic mode.
 */
public final class Es256 {

    /** R||S, 32 bytes each (JWS' encoding, RFC 7518 §3.4). */
    public static final int SIGNATURE_LENGTH = 64;

    private Es256() {
    }

    public static byte[] sign(PrivateKey key, byte[] data) {
        try {
            ECPrivateKeyParameters parameters = (ECPrivateKeyParameters) ECUtil.generatePrivateKeyParameter(key);
            ECDSASigner signer = new ECDSASigner(new HMacDSAKCalculator(new SHA256Digest()));
            signer.init(true, parameters);
            BigInteger[] rs = signer.generateSignature(sha256(data));
            byte[] signature = new byte[SIGNATURE_LENGTH];
            System.arraycopy(BigIntegers.asUnsignedByteArray(32, rs[0]), 0, signature, 0, 32);
            System.arraycopy(BigIntegers.asUnsignedByteArray(32, rs[1]), 0, signature, 32, 32);
            return signature;
        } catch (InvalidKeyException e) {
            throw new IllegalStateException("The signing key is not an EC key", e);
        }
    }

    public static boolean verify(ECPublicKey key, byte[] data, byte[] signature) {
        if (signature == null || signature.length != SIGNATURE_LENGTH) {
            return false;
        }
        try {
            ECPublicKeyParameters parameters = (ECPublicKeyParameters) ECUtil.generatePublicKeyParameter(key);
            ECDSASigner verifier = new ECDSASigner();
            verifier.init(false, parameters);
            return verifier.verifySignature(sha256(data),
                    new BigInteger(1, Arrays.copyOfRange(signature, 0, 32)),
                    new BigInteger(1, Arrays.copyOfRange(signature, 32, 64)));
        } catch (InvalidKeyException | IllegalArgumentException e) {
            return false;
        }
    }

    static byte[] sha256(byte[] data) {
        SHA256Digest digest = new SHA256Digest();
        digest.update(data, 0, data.length);
        byte[] hash = new byte[digest.getDigestSize()];
        digest.doFinal(hash, 0);
        return hash;
    }
}
