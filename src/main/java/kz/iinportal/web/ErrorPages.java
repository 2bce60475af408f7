package kz.iinportal.web;

import java.util.UUID;

import jakarta.inject.Inject;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.ForbiddenException;
import io.vertx.core.http.HttpServerRequest;

/**
 * Error pages in the layout and the chosen language. A person never sees a stack trace: unexpected failures are
 * logged with an incident number that the page shows, so support can find the log entry.
 */
public class ErrorPages {

    private static final Logger LOG = Logger.getLogger(ErrorPages.class);

    @Inject
    LanguageChoice languageChoice;

    @Inject
    HttpServerRequest request;

    @CheckedTemplate(basePath = "Errors")
    static class Templates {
        static native TemplateInstance notFound();

        static native TemplateInstance forbidden();

        static native TemplateInstance serverError(String incident, boolean sent);

        static native TemplateInstance tooLarge();

        static native TemplateInstance badRequest();
    }

    @ServerExceptionMapper(priority = 100)
    public Response notFound(NotFoundException e) {
        return page(Response.Status.NOT_FOUND, Templates.notFound());
    }

    @ServerExceptionMapper(priority = 100)
    public Response forbidden(ForbiddenException e) {
        return page(Response.Status.FORBIDDEN, Templates.forbidden());
    }

    @ServerExceptionMapper(priority = 100)
    public Response webApplication(WebApplicationException e) {
        int status = e.getResponse().getStatus();
        if (status == 404) {
            return page(Response.Status.NOT_FOUND, Templates.notFound());
        }
        if (status == 403) {
            return page(Response.Status.FORBIDDEN, Templates.forbidden());
        }
        if (status == 413) {
            // a form field over quarkus.http.limits.max-form-attribute-size, or a body over max-body-size
            return page(Response.Status.REQUEST_ENTITY_TOO_LARGE, Templates.tooLarge());
        }
        if (status >= 500) {
            return unexpected(e);
        }
        if (status == 400 && !e.getResponse().hasEntity()) {
            return page(Response.Status.BAD_REQUEST, Templates.badRequest());
        }
        return e.getResponse();
    }

    /** A multipart body no browser would send (a broken boundary or part header): the request, not the portal. */
    @ServerExceptionMapper(priority = 100)
    public Response malformed(org.jboss.resteasy.reactive.server.core.multipart.MultipartParser.MalformedMessageException e) {
        return page(Response.Status.BAD_REQUEST, Templates.badRequest());
    }

    @ServerExceptionMapper(priority = 100)
    public Response unexpected(RuntimeException e) {
        String incident = UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        LOG.errorf(e, "Unexpected failure, incident %s", incident);
        // Only what is true: a page that was only read changed nothing; what a form sent may or may not be saved.
        boolean sent = !"GET".equals(request.method().name()) && !"HEAD".equals(request.method().name());
        return page(Response.Status.INTERNAL_SERVER_ERROR, Templates.serverError(incident, sent));
    }

    private Response page(Response.Status status, TemplateInstance page) {
        languageChoice.applyTo(request);
        return Response.status(status).type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8")).entity(page).build();
    }
}
