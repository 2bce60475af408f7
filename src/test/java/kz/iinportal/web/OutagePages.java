package kz.iinportal.web;

import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * Test-only pages for the browser's accessibility check: a database outage cannot be staged in the middle of a
 * browser run, and no page of ours answers a browser's GET with a bare 400, so these render the real templates
 * through the real mappers.
 */
@Path("/test-only")
public class OutagePages {

    @GET
    @Path("outage")
    public Response outage() {
        return Response.status(Response.Status.SERVICE_UNAVAILABLE).type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
                .entity(ErrorPages.OutageTemplates.serviceUnavailable(true)).build();
    }

    @GET
    @Path("bad-request")
    public String badRequest() {
        throw new BadRequestException();
    }
}
