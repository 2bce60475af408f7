package kz.iinportal.testsupport;

import io.quarkus.arc.Arc;
import io.quarkus.security.runtime.QuarkusPrincipal;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.quarkus.test.security.TestIdentityAssociation;

/**
 * Another person signs in, in the middle of a test: for journeys in which several people act on one case (the filer,
 * the operator, the head of the body). Only in a test method that has {@code @TestSecurity}, whose identity this
 * replaces until the next call or the end of the method.
 */
public final class SignedIn {

    private SignedIn() {
    }

    public static void as(String login, String role) {
        Arc.container().instance(TestIdentityAssociation.class).get().setTestIdentity(
                QuarkusSecurityIdentity.builder().setPrincipal(new QuarkusPrincipal(login)).addRole(role).build());
    }
}
