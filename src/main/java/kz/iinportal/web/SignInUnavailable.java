package kz.iinportal.web;

import java.util.Optional;

import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import io.quarkus.oidc.OIDCException;
import io.quarkus.security.AuthenticationException;
import io.vertx.core.Context;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;

/**
 * The identity provider cannot be reached while a sign-in completes (the portal exchanges the code for tokens, or
 * refreshes them): Quarkus fails the request before any controller runs and would answer a blank 401. Such requests
 * are redirected here instead: a page in the layout and the person's language, with 503. So is a sign-in about to
 * start while the provider cannot be reached at all ({@link IdentityProviderProbe}): without this, the browser would
 * be sent to an address that does not answer.
 */
@Path(SignInUnavailable.PATH)
public class SignInUnavailable {

    static final String PATH = "/unavailable/sign-in";
    /** quarkus-oidc's session cookie (and, split, its _at and _rt parts): who has one is signed in already. */
    private static final String SESSION_COOKIE = "q_session";

    @Inject
    IdentityProviderProbe provider;

    /**
     * Quarkus' code-flow challenge, a 302 to the provider's authorization endpoint, becomes a 303 to this page when
     * the provider did not answer the probe. Rewritten as the headers go out because the challenge is decided deep in
     * Quarkus (proactive authentication, or a controller's {@code @Authenticated}); the probe is awaited beforehand,
     * ahead of authentication, for a request without a session that may turn into one (a GET), and only when its
     * last answer is stale, so it costs a request to the provider every few seconds at most.
     */
    void routeSignInsAwayFromAnUnreachableProvider(@Observes Router router) {
        Optional<String> origin = provider.origin();
        if (origin.isEmpty()) {
            return;
        }
        // After the body handler (MIN_VALUE + 1), ahead of Quarkus' authentication filter.
        router.route().order(Integer.MIN_VALUE + 2).handler(context -> {
            context.addHeadersEndHandler(ignored -> redirectChallenge(context.response(), origin.get()));
            HttpMethod method = context.request().method();
            boolean mayStartSignIn = (method == HttpMethod.GET || method == HttpMethod.HEAD) && !signedIn(context);
            if (!mayStartSignIn || provider.fresh()) {
                context.next();
            } else {
                // Back on the request's own event loop: the answer may come on another request's.
                Context own = Vertx.currentContext();
                provider.check().onComplete(ignored -> own.runOnContext(v -> context.next()));
            }
        });
    }

    private void redirectChallenge(HttpServerResponse response, String origin) {
        if (response.getStatusCode() != 302 || provider.reachable()) {
            return;
        }
        String location = response.headers().get("Location");
        // An authorization request (not, say, the provider's sign-out page).
        if (location != null && location.startsWith(origin) && location.contains("response_type=code")) {
            response.setStatusCode(303).putHeader("Location", PATH).putHeader("Cache-Control", "no-store");
        }
    }

    private static boolean signedIn(RoutingContext context) {
        return context.request().cookies().stream().anyMatch(c -> c.getName().startsWith(SESSION_COOKIE));
    }

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
