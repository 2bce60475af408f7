package kz.iinportal.web;

import java.util.Arrays;
import java.util.Optional;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.eclipse.microprofile.jwt.JsonWebToken;

import io.quarkiverse.renarde.util.I18N;
import io.quarkus.security.identity.SecurityIdentity;

/**
 * The person behind the current request, as templates and controllers see them: login name, display name and role.
 * The identity provider supplies roles; where staff work is the staff table's ({@code staff.CurrentStaff}).
 */
@RequestScoped
@Named("currentUser")
public class CurrentUser {

    @Inject
    SecurityIdentity identity;

    @Inject
    I18N i18n;

    @Inject
    PortalConfig config;

    public boolean isSignedIn() {
        return !identity.isAnonymous();
    }

    /** The login name, the key of the staff table. */
    public String getLogin() {
        if (!isSignedIn()) {
            return null;
        }
        String username = claim(config.loginClaim());
        return username != null ? username : identity.getPrincipal().getName();
    }

    public String getName() {
        if (!isSignedIn()) {
            return null;
        }
        // From the token, not the staff table: the layout is also rendered for errors raised on I/O threads,
        // where a database query is not allowed.
        String demo = config.devOidcNames().get(getLogin());
        if (demo != null) {
            return demo;
        }
        String name = claim("name");
        return name != null && !name.isBlank() ? name : getLogin();
    }

    public boolean has(String role) {
        return identity.hasRole(role);
    }

    /** The most powerful role the person holds; a person with several roles is shown by this one. */
    public Optional<Role> role() {
        return Arrays.stream(Role.values()).filter(r -> identity.hasRole(r.roleName())).findFirst();
    }

    /** The role's name in the chosen language, for the header. */
    public String getRoleLabel() {
        return i18n.getMessage(role().map(Role::labelKey).orElse("role.none"));
    }

    /** The e-mail address the identity provider holds for the user; null when it has none. */
    public String getEmail() {
        return claim("email");
    }

    private String claim(String name) {
        if (identity.getPrincipal() instanceof JsonWebToken jwt) {
            Object value = jwt.getClaim(name);
            return value == null ? null : value.toString();
        }
        return null;
    }
}
