package kz.iinportal.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.jboss.resteasy.reactive.server.ServerRequestFilter;

import io.quarkus.arc.Unremovable;
import io.quarkus.oidc.OidcRedirectFilter;
import io.quarkus.oidc.Redirect;
import io.quarkus.security.identity.SecurityIdentity;
import io.vertx.core.http.Cookie;
import io.vertx.core.http.CookieSameSite;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.HttpServerResponse;

/**
 * A form sent after the session really ended (the refresh token expired too) goes to the identity provider instead
 * of the controller, and after sign-in the person comes back to the form's page, empty. What was typed cannot be
 * kept: the body is not read before authentication. So the portal at least says so on the page the person comes
 * back to, instead of letting the step vanish silently. Every step saved before is in the database and stays.
 * <p>
 * A page opened after the session ended (without JavaScript there was no timeout warning) loses nothing, and its page
 * says only that the session had ended and every saved step is kept. That travels in a cookie of its own, so that it
 * can never stand in for, or hide, the lost form's notice; and only when the browser still sent the portal's session
 * cookie, so that a first sign-in is not told that a session ended.
 */
@ApplicationScoped
@Unremovable
@Redirect(Redirect.Location.OIDC_AUTHORIZATION)
public class SessionEnded implements OidcRedirectFilter {

    /** Only "a form was lost" travels in it, nothing typed: it may outlive a slow sign-in but not the day. */
    static final String COOKIE = "iin-unsaved";
    /** Only "a session had ended" travels in it; a lost form ({@link #COOKIE}) outweighs it. */
    static final String RESTARTED_COOKIE = "iin-session-ended";
    private static final long MAX_AGE_SECONDS = 3600;

    @Inject
    SecurityIdentity identity;

    @Override
    public void filter(OidcRedirectContext context) {
        HttpServerRequest request = context.routingContext().request();
        if (request.path().equals(context.oidcTenantConfig().logout().path().orElse(null))) {
            return;
        }
        if (request.method() == HttpMethod.POST) {
            context.routingContext().response().addCookie(cookie(COOKIE, "1", request, MAX_AGE_SECONDS));
        } else if (hadSession(request)) {
            context.routingContext().response().addCookie(cookie(RESTARTED_COOKIE, "1", request, MAX_AGE_SECONDS));
        }
    }

    /** The browser still sends the portal's session cookie (quarkus-oidc's, split in parts): it had a session. */
    private static boolean hadSession(HttpServerRequest request) {
        return request.cookies().stream().anyMatch(c -> c.getName().startsWith(SESSION_COOKIE));
    }

    /** quarkus-oidc's default session cookie name, and the prefix of its parts when the tokens are long. */
    private static final String SESSION_COOKIE = "q_session";

    /** True on the first page after signing in again, when a form was lost; the notice is shown once. */
    static boolean shownNow(HttpServerRequest request, SecurityIdentity identity) {
        return request.getCookie(COOKIE) != null && !identity.isAnonymous();
    }

    /** True on the first page after signing in again, when only the session had ended; shown once. */
    static boolean restartedNow(HttpServerRequest request, SecurityIdentity identity) {
        return request.getCookie(RESTARTED_COOKIE) != null && request.getCookie(COOKIE) == null
                && !identity.isAnonymous();
    }

    @ServerRequestFilter
    public void forgetOnceShown(HttpServerRequest request, HttpServerResponse response) {
        if (identity.isAnonymous()) {
            return;
        }
        for (String name : new String[] { COOKIE, RESTARTED_COOKIE }) {
            if (request.getCookie(name) != null) {
                response.addCookie(cookie(name, "", request, 0));
            }
        }
    }

    private static Cookie cookie(String name, String value, HttpServerRequest request, long maxAgeSeconds) {
        return Cookie.cookie(name, value).setPath("/").setHttpOnly(true).setSameSite(CookieSameSite.LAX)
                .setSecure(request.isSSL()).setMaxAge(maxAgeSeconds);
    }
}
