package kz.iinportal.web;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import io.quarkiverse.renarde.util.I18N;
import io.quarkus.security.identity.SecurityIdentity;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.ext.web.RoutingContext;

/** What the layout needs to know about the current request: the language and the page's own address. */
@RequestScoped
@Named("page")
public class PageContext {

    /** The portal's languages in the order the switch shows them. */
    public static final List<String> LANGUAGES = List.of("kk", "ru", "en");

    @Inject
    I18N i18n;

    @Inject
    HttpServerRequest request;

    @Inject
    RoutingContext routing;

    @Inject
    SecurityIdentity identity;

    @Inject
    SessionTimeout timeout;

    public String getLang() {
        return i18n.getLanguage();
    }

    public List<String> getLanguages() {
        return LANGUAGES;
    }

    /** Path and query of this page, so the language switch can come back to it. */
    public String getUri() {
        String uri = request.uri();
        return LocalRedirect.isSafe(uri) ? uri : "/";
    }

    /** {@link #getUri()} encoded for a query parameter. */
    public String getReturnTo() {
        return URLEncoder.encode(getUri(), StandardCharsets.UTF_8);
    }

    /**
     * Whether this page can carry forms: the CSRF filter gave it a token. Error pages raised before the filter ran
     * (a missing role) cannot; they link to the sign-out question instead of showing the sign-out button.
     */
    public boolean isFormsReady() {
        return routing.get(CSRF_TOKEN_ATTRIBUTE) != null;
    }

    /** Where quarkus-rest-csrf keeps the current request's token. */
    private static final String CSRF_TOKEN_ATTRIBUTE = "csrf_token";

    public boolean isCurrent(String pathPrefix) {
        String path = request.path();
        return path.equals(pathPrefix) || path.startsWith(pathPrefix + "/");
    }

    /** The session's timing, for the timeout warning of signed-in pages. */
    public SessionTimeout getTimeout() {
        return timeout;
    }

    /** A form was sent after the session had ended and is lost; the person has just signed in again. */
    public boolean isSessionEnded() {
        return SessionEnded.shownNow(request, identity);
    }

    /** A page was opened after the session had ended; the person has just signed in again, nothing was lost. */
    public boolean isSessionRestarted() {
        return SessionEnded.restartedNow(request, identity);
    }
}
