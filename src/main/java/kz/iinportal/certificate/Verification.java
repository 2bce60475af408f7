package kz.iinportal.certificate;

import java.time.Duration;
import java.util.Map;
import java.util.Optional;

import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;

import io.quarkiverse.renarde.Controller;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.vertx.core.http.HttpServerRequest;
import kz.iinportal.operations.PortalMetrics;
import kz.iinportal.signing.JwsCheck;

/**
 * Public verification of a certificate, no sign-in: the form, and the address in each certificate's QR code. Every
 * lookup counts against the client's rate limit (wrong numbers too), so numbers cannot be tried out in bulk.
 */
@Path("/verify")
@Transactional(Transactional.TxType.NOT_SUPPORTED)
public class Verification extends Controller {

    @Inject
    HttpServerRequest request;

    @Inject
    VerificationLimit limit;

    @Inject
    PortalMetrics metrics;

    @Inject
    CertificateTokens tokens;

    @CheckedTemplate
    static class Templates {
        /**
         * @param number the number as typed, kept in the field
         * @param errors field id → message; empty when there is nothing to fix
         * @param result the answer for a well-formed number, otherwise null
         */
        static native TemplateInstance index(String number, Map<String, String> errors, VerificationResult result,
                TokenVerification signed);

        /** @param wait how long to wait, in words */
        static native TemplateInstance tooMany(String wait);
    }

    @GET
    @Path("")
    public Response index(@RestQuery String number, @RestQuery String t) {
        if (t != null || request.params().contains("t")) {
            return checkToken(t == null ? "" : t);
        }
        if (number == null && !request.params().contains("number")) {
            return page(200, Templates.index("", Map.of(), null, null));
        }
        return lookUp(number == null ? "" : number);
    }

    /** The QR code's target. */
    @GET
    @Path("{number}")
    public Response number(@RestPath String number) {
        return lookUp(number);
    }

    private Response lookUp(String input) {
        // Only kept to show it again in the field; a real number is 18 characters.
        String typed = input.length() > 40 ? input.substring(0, 40) : input;
        Optional<Response> refused = takeFromLimit();
        if (refused.isPresent()) {
            return refused.get();
        }
        if (typed.isBlank()) {
            return page(200,
                    Templates.index(typed, Map.of("number", i18n.getMessage("verify.error.empty")), null, null));
        }
        String number = CertificateNumber.normalize(typed);
        if (number == null) {
            return page(200,
                    Templates.index(typed, Map.of("number", i18n.getMessage("verify.error.format")), null, null));
        }
        return page(200, Templates.index(number, Map.of(), register(number), null));
    }

    /**
     * A QR code's signed token: the signature first (a refused token is never looked up), then the register's status
     * of the signed number. Counts against the same limit as a lookup by number.
     */
    private Response checkToken(String token) {
        Optional<Response> refused = takeFromLimit();
        if (refused.isPresent()) {
            return refused.get();
        }
        JwsCheck.Result checked = tokens.check(token);
        Optional<CertificateClaims> claims = checked.outcome() == JwsCheck.Outcome.VALID
                ? CertificateClaims.fromJson(checked.payloadJson())
                : Optional.empty();
        if (claims.isEmpty()) {
            TokenVerification answer = TokenVerification.refused(
                    checked.outcome() == JwsCheck.Outcome.VALID ? JwsCheck.Outcome.MALFORMED : checked.outcome());
            return page(200, Templates.index("", Map.of(), null, answer));
        }
        String number = claims.get().number();
        TokenVerification answer = TokenVerification.verified(checked.keyId(), claims.get(), register(number),
                i18n.getLanguage());
        return page(200, Templates.index(number, Map.of(), null, answer));
    }

    private static VerificationResult register(String number) {
        return Certificate.findByNumber(number).map(VerificationResult::of)
                .orElseGet(() -> VerificationResult.notFound(number));
    }

    /** Empty when the client may look up one more certificate, else the "too many" page. */
    private Optional<Response> takeFromLimit() {
        Optional<Duration> wait = limit
                .take(request.remoteAddress() == null ? null : request.remoteAddress().hostAddress());
        if (wait.isEmpty()) {
            return Optional.empty();
        }
        metrics.lookupRefused();
        long seconds = Math.max(1, (wait.get().toMillis() + 999) / 1000);
        return Optional.of(Response.status(429).header("Retry-After", seconds)
                .type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
                .entity(Templates.tooMany(String.format(i18n.getMessage("verify.tooMany.wait"), seconds)))
                .build());
    }

    private static Response page(int status, TemplateInstance page) {
        // Answers change when a correction supersedes a certificate: never serve one from a cache.
        return Response.status(status).type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8")).entity(page)
                .header("Cache-Control", "no-store").build();
    }
}
