package kz.iinportal.certificate;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import kz.iinportal.signing.JwsCheck;
import kz.iinportal.signing.PortalKey;

/**
 * Signs the claims a certificate's QR code carries, and checks such tokens against the portal's public keys (the
 * current one and the retired ones), as an offline verifier would with /.well-known/jwks.json.
 */
@ApplicationScoped
public class CertificateTokens {

    @Inject
    PortalKey key;

    private volatile JwsCheck check;

    public String sign(String payloadJson) {
        return key.signJws(payloadJson);
    }

    /** The token's claims, or why it is refused; the register's status is the caller's to add. */
    public JwsCheck.Result check(String token) {
        if (token == null || token.length() > CertificateClaims.MAX_TOKEN_LENGTH) {
            return new JwsCheck.Result(JwsCheck.Outcome.MALFORMED, null, null);
        }
        JwsCheck current = check;
        if (current == null) {
            // The keys are read once at start-up; a rotation restarts the portal.
            current = JwsCheck.of(key.publicKeys());
            check = current;
        }
        return current.verify(token);
    }
}
