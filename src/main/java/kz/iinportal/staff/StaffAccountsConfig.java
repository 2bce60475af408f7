package kz.iinportal.staff;

import java.util.Optional;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * How the portal reaches the identity provider's admin API for staff accounts. The realm and the client are the
 * portal's own OIDC ones by default: the client {@code iin-portal} signs in with its service account (client
 * credentials), which the realm gives the realm-management roles manage-users, view-users and query-users.
 */
@ConfigMapping(prefix = "iin-staff-accounts")
public interface StaffAccountsConfig {

    enum Provider {
        /** Keycloak's admin API; the only choice in production. */
        KEYCLOAK,
        /** Nothing outside the portal: dev mode and tests with Quarkus' dev OIDC server, which has no admin API. */
        NONE
    }

    @WithDefault("keycloak")
    Provider provider();

    /** The realm's address, e.g. {@code https://id.example.kz/realms/iin}: the OIDC issuer by default. */
    Optional<String> realmUrl();

    /** The client whose service account manages users; the portal's OIDC client by default. */
    String clientId();

    String clientSecret();
}
