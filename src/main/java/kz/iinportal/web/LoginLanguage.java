package kz.iinportal.web;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.arc.Unremovable;
import io.quarkus.oidc.OidcRedirectFilter;
import io.quarkus.oidc.Redirect;

/**
 * The identity provider's sign-in and registration pages speak the language the person chose in the portal: without
 * this, Keycloak goes by the browser's Accept-Language, and someone who switched the portal to Russian on an English
 * browser would register in English. {@code ui_locales} is the standard OpenID Connect parameter; Keycloak shows the
 * first of its supported locales named there and remembers it on the account (the e-mails it sends use it too).
 */
@ApplicationScoped
@Unremovable
@Redirect(Redirect.Location.OIDC_AUTHORIZATION)
public class LoginLanguage implements OidcRedirectFilter {

    static final String PARAMETER = "ui_locales";

    @Override
    public void filter(OidcRedirectContext context) {
        // The code flow starts in the authentication mechanism, before the request filters chose the page language.
        context.additionalQueryParams().set(PARAMETER, LanguageChoice.resolve(context.routingContext().request()));
    }
}
