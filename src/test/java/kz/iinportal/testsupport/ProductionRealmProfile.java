package kz.iinportal.testsupport;

import java.util.List;
import java.util.Map;

import io.quarkus.test.junit.QuarkusTestProfile;

/**
 * Runs the portal against the real Keycloak's production realm (deploy/keycloak/iin-production-realm.json, imported
 * as "iin-production"): self-registration, e-mail verification, the password policy and the staff's one-time codes.
 */
public class ProductionRealmProfile implements QuarkusTestProfile {

    @Override
    public List<TestResourceEntry> testResources() {
        return List.of(new TestResourceEntry(KeycloakResource.class,
                Map.of(KeycloakResource.REALM_ARG, KeycloakResource.PRODUCTION_REALM)));
    }
}
