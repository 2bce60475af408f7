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

    @CheckedTemplate
    static class Templates {
        /**
         * @param number the number as typed, kept in the field
         * @param errors field id → message; empty when there is nothing to fix
         * @param result the answer for a well-formed number, otherwise null
         */
        static native TemplateInstance index(String number, Map<String, String> errors, VerificationResult result);

        /** @param wait how long to wait, in words */
        static native TemplateInstance tooMany(String wait);
    }

    @GET
    @Path("")
    public Response index(@RestQuery String number) {
        if (number == null && !request.params().contains("number")) {
            return page(200, Templates.index("", Map.of(), null));
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
        Optional<Duration> wait = limit
                .take(request.remoteAddress() == null ? null : request.remoteAddress().hostAddress());
        if (wait.isPresent()) {
            metrics.lookupRefused();
            long seconds = Math.max(1, (wait.get().toMillis() + 999) / 1000);
            return Response.status(429).header("Retry-After", seconds)
                    .type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
                    .entity(Templates.tooMany(String.format(i18n.getMessage("verify.tooMany.wait"), seconds)))
                    .build();
        }
        if (typed.isBlank()) {
            return page(200, Templates.index(typed, Map.of("number", i18n.getMessage("verify.error.empty")), null));
        }
        String number = CertificateNumber.normalize(typed);
        if (number == null) {
            return page(200, Templates.index(typed, Map.of("number", i18n.getMessage("verify.error.format")), null));
        }
        VerificationResult result = Certificate.findByNumber(number).map(VerificationResult::of)
                .orElseGet(() -> VerificationResult.notFound(number));
        return page(200, Templates.index(number, Map.of(), result));
    }

    private static Response page(int status, TemplateInstance page) {
        // Answers change when a correction supersedes a certificate: never serve one from a cache.
        return Response.status(status).type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8")).entity(page)
                .header("Cache-Control", "no-store").build();
    }
}
