package kz.iinportal.production;

import java.util.Set;

/**
 * Every secret this repository publishes for local use: application.properties' defaults, the demo realm
 * (deploy/keycloak/iin-realm.json) and bin/ensure-postgres. Anyone can read them, so production refuses each of
 * them (ProductionSecrets); DemoSecretsTest fails when one of those files gets a value this list lacks.
 */
final class DemoSecrets {

    /** The demo realm's client secret, also application.properties' default for IIN_OIDC_CLIENT_SECRET. */
    static final Set<String> OIDC_CLIENT_SECRETS = Set.of("change-me-portal-client-secret-0123456789");

    /** bin/ensure-postgres' passwords of the data role (iin) and the schema's owner (iin_owner). */
    static final Set<String> DATABASE_PASSWORDS = Set.of("iin", "iin_owner");

    /** application.properties' default for IIN_SIGNING_KEYSTORE_PASSWORD in dev mode and tests. */
    static final Set<String> SIGNING_KEYSTORE_PASSWORDS = Set.of("dev-signing-keystore-password");

    private DemoSecrets() {
    }

    /** True for any published value, whichever setting it was published for: a demo value is never a secret. */
    static boolean isDemo(String value) {
        return OIDC_CLIENT_SECRETS.contains(value) || DATABASE_PASSWORDS.contains(value)
                || SIGNING_KEYSTORE_PASSWORDS.contains(value);
    }
}
