package kz.iinportal.staff;

import java.util.List;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Typed;
import jakarta.inject.Inject;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;

import org.jboss.logging.Logger;
import org.keycloak.OAuth2Constants;
import org.keycloak.admin.client.CreatedResponseUtil;
import org.keycloak.admin.client.Keycloak;
import org.keycloak.admin.client.KeycloakBuilder;
import org.keycloak.admin.client.resource.RealmResource;
import org.keycloak.admin.client.resource.UserResource;
import org.keycloak.representations.idm.RoleRepresentation;
import org.keycloak.representations.idm.UserRepresentation;

/**
 * Staff accounts in Keycloak through its admin API, signed in as the service account of the portal's client. The
 * connection is opened on first use, so the portal starts while Keycloak is still starting.
 */
@ApplicationScoped
@Typed(KeycloakStaffAccounts.class) // chosen by StaffAccountsProvider, never injected as StaffAccounts itself
public class KeycloakStaffAccounts implements StaffAccounts {

    private static final Logger LOG = Logger.getLogger(KeycloakStaffAccounts.class);

    /** The account's first sign-in: a password of their own, then an authenticator app (staff must use TOTP). */
    static final List<String> FIRST_SIGN_IN = List.of("UPDATE_PASSWORD", "CONFIGURE_TOTP");

    @Inject
    StaffAccountsConfig config;

    private Keycloak keycloak;
    private String realm;

    @Override
    public Created create(NewAccount account) throws StaffAccountException {
        RealmResource realm = realm();
        UserRepresentation user = new UserRepresentation();
        user.setUsername(account.login());
        int space = account.fullName().lastIndexOf(' ');
        user.setFirstName(space < 0 ? account.fullName() : account.fullName().substring(0, space));
        user.setLastName(space < 0 ? "" : account.fullName().substring(space + 1));
        user.setEmail(account.email());
        user.setEnabled(true);
        user.setRequiredActions(FIRST_SIGN_IN);
        String id;
        try (Response response = realm.users().create(user)) {
            if (response.getStatus() == Response.Status.CONFLICT.getStatusCode()) {
                throw new StaffAccountException(StaffAccountException.Reason.ALREADY_EXISTS,
                        "Keycloak has an account with login " + account.login() + " or its e-mail", null);
            }
            if (response.getStatus() != Response.Status.CREATED.getStatusCode()) {
                throw new StaffAccountException(StaffAccountException.Reason.UNAVAILABLE,
                        "Keycloak answered " + response.getStatus() + " to creating " + account.login(), null);
            }
            id = CreatedResponseUtil.getCreatedId(response);
        } catch (ProcessingException | WebApplicationException e) {
            throw unavailable("create " + account.login(), e);
        }
        UserResource created = realm.users().get(id);
        try {
            // Among the roles the account may be given, not the realm's role list: that would need view-realm,
            // beyond the manage-users, view-users and query-users the service account has.
            String name = account.role().role().roleName();
            RoleRepresentation role = created.roles().realmLevel().listAvailable().stream()
                    .filter(r -> name.equals(r.getName())).findFirst()
                    .orElseThrow(() -> new NotFoundException("realm role " + name));
            created.roles().realmLevel().add(List.of(role));
        } catch (ProcessingException | WebApplicationException e) {
            // An account without its role would be a half-made one: take it back, the supervisor tries again.
            remove(account.login());
            throw unavailable("give " + account.login() + " the role " + account.role(), e);
        }
        try {
            created.executeActionsEmail(FIRST_SIGN_IN);
            return Created.EMAIL_SENT;
        } catch (ProcessingException | WebApplicationException e) {
            // The demo realm has no mail server; the account is usable, the page says the e-mail was not sent.
            LOG.warnf("Keycloak did not send the first sign-in e-mail to %s: %s", account.login(), e.getMessage());
            return Created.EMAIL_NOT_SENT;
        }
    }

    @Override
    public void remove(String login) {
        try {
            UserRepresentation user = find(login);
            if (user != null) {
                realm().users().delete(user.getId()).close();
            }
        } catch (StaffAccountException | ProcessingException | WebApplicationException e) {
            LOG.errorf("Could not remove the Keycloak account %s, which the portal has no staff row for: %s", login,
                    e.getMessage());
        }
    }

    @Override
    public void disable(String login) throws StaffAccountException {
        UserRepresentation user = find(login);
        if (user == null) {
            LOG.warnf("Keycloak has no account %s to disable", login);
            return;
        }
        try {
            UserResource resource = realm().users().get(user.getId());
            user.setEnabled(false);
            resource.update(user);
            resource.logout();
        } catch (ProcessingException | WebApplicationException e) {
            throw unavailable("disable " + login, e);
        }
    }

    @Override
    public void enable(String login) throws StaffAccountException {
        UserRepresentation user = find(login);
        if (user == null) {
            throw new StaffAccountException(StaffAccountException.Reason.NOT_FOUND,
                    "Keycloak has no account " + login, null);
        }
        try {
            user.setEnabled(true);
            realm().users().get(user.getId()).update(user);
        } catch (ProcessingException | WebApplicationException e) {
            throw unavailable("enable " + login, e);
        }
    }

    private UserRepresentation find(String login) throws StaffAccountException {
        try {
            return realm().users().searchByUsername(login, true).stream().findFirst().orElse(null);
        } catch (ProcessingException | WebApplicationException e) {
            throw unavailable("find " + login, e);
        }
    }

    private static StaffAccountException unavailable(String what, RuntimeException e) {
        LOG.warnf("Keycloak could not %s: %s", what, e.getMessage());
        return new StaffAccountException(StaffAccountException.Reason.UNAVAILABLE, "Keycloak could not " + what, e);
    }

    private synchronized RealmResource realm() throws StaffAccountException {
        if (keycloak == null) {
            String url = config.realmUrl().orElseThrow(() -> new StaffAccountException(
                    StaffAccountException.Reason.UNAVAILABLE, "iin-staff-accounts.realm-url is not set", null));
            int realms = url.indexOf("/realms/");
            if (realms < 0) {
                throw new StaffAccountException(StaffAccountException.Reason.UNAVAILABLE,
                        "iin-staff-accounts.realm-url is no Keycloak realm address: " + url, null);
            }
            realm = url.substring(realms + "/realms/".length()).replaceAll("/+$", "");
            keycloak = KeycloakBuilder.builder().serverUrl(url.substring(0, realms)).realm(realm)
                    .grantType(OAuth2Constants.CLIENT_CREDENTIALS).clientId(config.clientId())
                    .clientSecret(config.clientSecret()).build();
        }
        return keycloak.realm(realm);
    }

    @PreDestroy
    synchronized void close() {
        if (keycloak != null) {
            keycloak.close();
        }
    }
}
