package kz.iinportal.testsupport;

import java.util.List;

import io.quarkus.test.junit.QuarkusTestProfile;

/** Runs the portal against the real Keycloak instead of the built-in dev OIDC server. */
public class KeycloakProfile implements QuarkusTestProfile {

    @Override
    public List<TestResourceEntry> testResources() {
        return List.of(new TestResourceEntry(KeycloakResource.class));
    }
}
