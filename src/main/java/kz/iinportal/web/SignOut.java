package kz.iinportal.web;

import java.net.URI;

import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;
import jakarta.ws.rs.core.UriInfo;

import org.jboss.resteasy.reactive.RestForm;

import io.quarkiverse.renarde.Controller;
import io.quarkiverse.renarde.router.Router;
import io.quarkus.oidc.OidcConfigurationMetadata;
import io.quarkus.oidc.OidcSession;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;
import io.smallrye.mutiny.Uni;

/**
 * Signing out. Only a POST carrying the CSRF token ends the session: a GET could be triggered by any other site (an
 * image, a link), so a GET only asks "sign out?" with the same POST button as the header. The portal ends its own
 * session (the OIDC cookie) first, then sends the browser to the identity provider so its single sign-on session
 * ends too.
 */
@Path("/signout")
@Transactional(Transactional.TxType.NOT_SUPPORTED)
public class SignOut extends Controller {

    /** What a browser drops for this site on signing out: the pages it kept, the cookies, anything stored. */
    static final String CLEAR_SITE_DATA = "\"cache\", \"cookies\", \"storage\"";

    @Inject
    CurrentUser currentUser;

    @Inject
    OidcSession session;

    @Inject
    Instance<OidcConfigurationMetadata> provider;

    @Context
    UriInfo uri;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance confirm();

        static native TemplateInstance timedOut(long minutes);
    }

    @Inject
    SessionTimeout timeout;

    @GET
    @Path("")
    public Response confirm() {
        if (!currentUser.isSignedIn()) {
            return Response.seeOther(Router.getURI(Home::index)).build();
        }
        return Response.ok(Templates.confirm()).build();
    }

    /**
     * Signs out; {@code timedOut} when the page's timeout warning went unanswered, so that the person lands on a page
     * that says why and that what they saved is kept, not on the home page.
     */
    @POST
    @Path("")
    public Uni<Response> signOut(@RestForm boolean timedOut) {
        // Read before the session ends: the provider uses it to find which of its sessions to end, without asking.
        String idToken = currentUser.isSignedIn() ? session.getIdToken().getRawToken() : null;
        URI landing = timedOut ? Router.getURI(SignOut::timedOut) : Router.getURI(Home::index);
        return session.logout().map(done -> Response.seeOther(afterSignOut(idToken, landing))
                .header("Clear-Site-Data", CLEAR_SITE_DATA).build());
    }

    /** "Stay signed in": any signed-in request refreshes the tokens when due, which restarts the provider's clock. */
    @GET
    @Path("stay")
    @Authenticated
    public Response stay() {
        return Response.noContent().header("Cache-Control", "no-store").build();
    }

    /** Where an unanswered timeout warning ends: signed out, and told that every saved step is kept. */
    @GET
    @Path("timed-out")
    public TemplateInstance timedOut() {
        return Templates.timedOut(timeout.idleTimeout().toMinutes());
    }

    /** The provider's end-session address, returning to {@code landing}; {@code landing} itself when there is none. */
    private URI afterSignOut(String idToken, URI landing) {
        String endSession = endSessionUri();
        if (idToken == null || endSession == null) {
            return landing;
        }
        URI back = uri.getBaseUriBuilder().replacePath(landing.getPath()).replaceQuery(null).build();
        return UriBuilder.fromUri(endSession).queryParam("id_token_hint", idToken)
                .queryParam("post_logout_redirect_uri", back.toString()).build();
    }

    private String endSessionUri() {
        try {
            return provider.get().getEndSessionUri();
        } catch (RuntimeException noProvider) {
            // Signed in without the OIDC mechanism (tests with a stubbed identity): nothing to end at a provider.
            return null;
        }
    }
}
