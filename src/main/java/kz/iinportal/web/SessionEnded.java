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

    @Override
    public void filter(OidcRedirectContext context) {
        HttpServerRequest request = context.routingContext().request();
        if (request.method() != HttpMethod.POST
                || request.path().equals(context.oidcTenantConfig().logout().path().orElse(null))) {
            return;
        }
        context.routingContext().response().addCookie(Cookie.cookie(COOKIE, "1").setPath("/").setHttpOnly(true)
                .setSameSite(CookieSameSite.LAX).setSecure(request.isSSL()).setMaxAge(MAX_AGE_SECONDS));
    }

    /** True on the first page after signing in again; the notice is shown once. */
    static boolean shownNow(HttpServerRequest request, SecurityIdentity identity) {
        return request.getCookie(COOKIE) != null && !identity.isAnonymous();
    }

    @ServerRequestFilter
    public void forgetOnceShown(HttpServerRequest request, HttpServerResponse response) {
        if (shownNow(request, identity)) {
            response.addCookie(Cookie.cookie(COOKIE, "").setPath("/").setHttpOnly(true)
                    .setSameSite(CookieSameSite.LAX).setSecure(request.isSSL()).setMaxAge(0));
        }
    }
}
