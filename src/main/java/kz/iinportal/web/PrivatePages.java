package kz.iinportal.web;

import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerResponseContext;

import org.jboss.resteasy.reactive.server.ServerResponseFilter;

import io.quarkus.security.identity.SecurityIdentity;

/**
 * Whatever the portal answers a signed-in person may carry personal data (names, passport numbers, the header with
 * their name), so no browser or proxy may keep a copy: otherwise the back button or a shared computer's cache shows
 * it to the next person after sign-out. Pages for nobody in particular (home, IIN check, verification, static
 * files, which the portal does not serve through here) stay cacheable.
 */
public class PrivatePages {

    @Inject
    SecurityIdentity identity;

    @ServerResponseFilter
    public void noStoreWhenSignedIn(ContainerResponseContext response) {
        if (!identity.isAnonymous()) {
            response.getHeaders().putSingle("Cache-Control", "no-store");
        }
    }
}
