package kz.iinportal.certificate;

import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import kz.iinportal.signing.PortalKey;

/**
 * The public keys that verify a certificate's QR code, as a JWKS: the current key and the retired ones, so codes
 * printed before a rotation still verify. Public and cacheable; a verifier may keep a copy and work offline.
 */
@Path("/.well-known")
@Transactional(Transactional.TxType.NOT_SUPPORTED)
public class PublicKeys {

    @Inject
    PortalKey key;

    private volatile String jwks;

    @GET
    @Path("jwks.json")
    public Response jwks() {
        String body = jwks;
        if (body == null) {
            // toString() of a JWKSet is its public form: no private parts even if the set held any.
            body = key.publicKeys().toPublicJWKSet().toString();
            jwks = body;
        }
        // An hour: a verifier's copy learns a rotated-in key soon after the restart that brings it (retired keys stay
        // in the set, so a stale copy never refuses an old code).
        return Response.ok(body, MediaType.APPLICATION_JSON_TYPE.withCharset("UTF-8"))
                .header("Cache-Control", "public, max-age=3600").build();
    }
}
