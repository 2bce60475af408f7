package kz.iinportal.web;

import jakarta.inject.Inject;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.jboss.logging.Logger;
import org.jboss.logging.MDC;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;
import org.jboss.resteasy.reactive.server.core.multipart.MultipartParser.MalformedMessageException;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import io.quarkus.vertx.http.runtime.security.HttpAuthenticator;
import io.smallrye.mutiny.Uni;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.ext.web.RoutingContext;
import kz.iinportal.operations.IncidentNumbers;

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
    public Response malformed(MalformedMessageException e) {
        return page(Response.Status.BAD_REQUEST, Templates.badRequest());
    }

    /**
     * Everything else: the database being away (a restart, a failover; also wrapped by Arc, a transaction or a
     * template's lazy read) is an outage with its own 503 page; anything more is a defect with an incident number.
     */
    @ServerExceptionMapper(priority = 100)
    public Response unexpected(RuntimeException e) {
        if (Outage.database(e)) {
            return databaseUnavailable(e);
        }
        String incident = IncidentNumbers.next();
        // The page's number in the line's MDC too: the JSON line is found by its field, not by parsing the text.
        MDC.put(IncidentNumbers.MDC_KEY, incident);
        try {
            LOG.errorf(e, "Unexpected failure, incident %s", incident);
        } finally {
            MDC.remove(IncidentNumbers.MDC_KEY);
        }
        // Only what is true: a page that was only read changed nothing; what a form sent may or may not be saved.
        return page(Response.Status.INTERNAL_SERVER_ERROR, Templates.serverError(incident, sent()));
    }

    private boolean sent() {
        return request.method() != HttpMethod.GET && request.method() != HttpMethod.HEAD;
    }

    private Response page(Response.Status status, TemplateInstance page) {
        languageChoice.applyTo(request);
        return Response.status(status).type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8")).entity(page).build();
    }

    // --- Outages: a service that is briefly away answers 503 with a page that says what was kept -----------------

    @CheckedTemplate(basePath = "Errors")
    static class OutageTemplates {
        static native TemplateInstance signInUnavailable();

        static native TemplateInstance serviceUnavailable(boolean lastStepLost);
    }

    /**
     * Replaces Quarkus' own mapper, which asks the login mechanism for its challenge (the redirect to the identity
     * provider) and answers a plain "Not Authenticated" when there is none: that happens when the provider was
     * unreachable when the portal started and still is.
     */
    @ServerExceptionMapper(priority = 1)
    public Uni<Response> unauthorized(UnauthorizedException e, RoutingContext context) {
        HttpAuthenticator authenticator = context.get(HttpAuthenticator.class.getName());
        if (authenticator == null) {
            return Uni.createFrom().item(signInUnavailable(e));
        }
        return authenticator.getChallenge(context)
                .map(challenge -> {
                    if (challenge == null) {
                        return signInUnavailable(e);
                    }
                    Response.ResponseBuilder response = Response.status(challenge.status);
                    challenge.getHeaders().forEach((name, value) -> response.header(name.toString(), value));
                    return response.build();
                })
                .onFailure().recoverWithItem(this::signInUnavailable);
    }

    Response signInUnavailable(Throwable cause) {
        LOG.warnf("Sign-in unavailable, the identity provider cannot be reached: %s", rootMessage(cause));
        return unavailable(OutageTemplates.signInUnavailable());
    }

    /** Checked exceptions (a failed commit's RollbackException, a raw SQLException) arrive bare. */
    @ServerExceptionMapper(priority = 100)
    public Response checked(Exception e) {
        return unexpected(new IllegalStateException(e));
    }

    private Response databaseUnavailable(Exception e) {
        // Logged without a stack trace: an outage is an operations event, not a defect with an incident number.
        LOG.warnf("Database unavailable, %s %s answered 503: %s", request.method(), request.path(), rootMessage(e));
        // Only reads can promise that nothing was lost: a failed write lost this step (the transaction rolled back).
        return unavailable(OutageTemplates.serviceUnavailable(sent()));
    }

    private Response unavailable(TemplateInstance page) {
        languageChoice.applyTo(request);
        return Response.status(Response.Status.SERVICE_UNAVAILABLE)
                .header("Retry-After", "60")
                .header("Cache-Control", "no-store")
                .type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8")).entity(page).build();
    }

    private static String rootMessage(Throwable failure) {
        Throwable root = failure;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getClass().getName() + ": " + root.getMessage();
    }
}
