package kz.iinportal.certificate;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * Test-only: the 429 page of the certificate check as the rate limiter renders it. Spending the real limit from the
 * browser would also lock out the other suites sharing this Quarkus instance for a minute.
 */
@Path("/test-only/too-many")
public class TooManyLookupsPage {

    @GET
    public Response page() {
        return Response.status(429).type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
                .entity(Verification.Templates.tooMany("1 min")).build();
    }
}
