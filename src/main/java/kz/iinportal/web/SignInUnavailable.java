package kz.iinportal.web;

import jakarta.enterprise.event.Observes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import io.quarkus.oidc.OIDCException;
import io.quarkus.security.AuthenticationException;
import io.vertx.ext.web.Router;

/**
 * The identity provider cannot be reached while a sign-in completes (the portal exchanges the code for tokens, or
 * refreshes them): Quarkus fails the request before any controller runs and would answer a blank 401. Such requests
 * are redirected here instead: a page in the layout and the person's language, with 503.
 */
@Path(SignInUnavailable.PATH)
public class SignInUnavailable {

    static final String PATH = "/unavailable/sign-in";

    void routeAuthenticationFailures(@Observes Router router) {
        // Ahead of Quarkus' own failure handler, which writes the blank 401.
        router.route().order(Integer.MIN_VALUE).failureHandler(context -> {
            Throwable failure = context.failure();
            if (failure != null && !context.response().headWritten() && !PATH.equals(context.normalizedPath())
                    && isAuthentication(failure) && Outage.signIn(failure)) {
                // To a clean address: the code in this one is spent, and the page renders like any other, without
                // the failed sign-in (the state cookie Quarkus just expired goes with this response).
                context.response().setStatusCode(303).putHeader("Location", PATH)
                        .putHeader("Cache-Control", "no-store").end();
            } else {
                context.next();
            }
        });
    }

    private static boolean isAuthentication(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof AuthenticationException || t instanceof OIDCException) {
                return true;
            }
        }
        return false;
    }

    @GET
    public Response page() {
        return Response.status(Response.Status.SERVICE_UNAVAILABLE)
                .header("Retry-After", "60")
                .header("Cache-Control", "no-store")
                .type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
                .entity(ErrorPages.OutageTemplates.signInUnavailable()).build();
    }
}
