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
 * A page opened after the session ended (no JavaScript, so no timeout warning) is told the same, without the loss.
 */
@ApplicationScoped
@Unremovable
@Redirect(Redirect.Location.OIDC_AUTHORIZATION)
public class SessionEnded implements OidcRedirectFilter {

    /** Only "a form was lost" travels in it, nothing typed: it may outlive a slow sign-in but not the day. */
    static final String COOKIE = "iin-unsaved";
    private static final long MAX_AGE_SECONDS = 3600;

    @Inject
    SecurityIdentity identity;

    /** The cookie's value when a form was lost; any other value: only the session had ended. */
    static final String FORM_LOST = "1";
    private static final String SESSION_ONLY = "2";

    @Override
    public void filter(OidcRedirectContext context) {
        HttpServerRequest request = context.routingContext().request();
        if (request.path().equals(context.oidcTenantConfig().logout().path().orElse(null))) {
            return;
        }
        if (formLost(request)) {
            return; // a form was lost on the way to signing in again: a later redirect must not hide that
        }
        String value;
        if (request.method() == HttpMethod.POST) {
            value = FORM_LOST;
        } else if (hadSession(request)) {
            value = SESSION_ONLY;
        } else {
            return; // a first sign-in: nothing ended
        }
        context.routingContext().response().addCookie(Cookie.cookie(COOKIE, value).setPath("/").setHttpOnly(true)
                .setSameSite(CookieSameSite.LAX).setSecure(request.isSSL()).setMaxAge(MAX_AGE_SECONDS));
    }

    /** The browser still sends the portal's session cookie (quarkus-oidc's, split in parts): it had a session. */
    private static boolean hadSession(HttpServerRequest request) {
        return request.cookies().stream().anyMatch(c -> c.getName().startsWith("q_session"));
    }

    /** True on the first page after signing in again; the notice is shown once. */
    static boolean shownNow(HttpServerRequest request, SecurityIdentity identity) {
        return request.getCookie(COOKIE) != null && !identity.isAnonymous();
    }

    /** Whether what ended was a form's sending (the page was lost), not only the session. */
    static boolean formLost(HttpServerRequest request) {
        Cookie cookie = request.getCookie(COOKIE);
        return cookie != null && FORM_LOST.equals(cookie.getValue());
    }

    @ServerRequestFilter
    public void forgetOnceShown(HttpServerRequest request, HttpServerResponse response) {
        if (shownNow(request, identity)) {
            response.addCookie(Cookie.cookie(COOKIE, "").setPath("/").setHttpOnly(true)
                    .setSameSite(CookieSameSite.LAX).setSecure(request.isSSL()).setMaxAge(0));
        }
    }
}
