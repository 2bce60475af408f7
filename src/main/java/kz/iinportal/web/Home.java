package kz.iinportal.web;

import java.net.URI;

import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Response;

import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;

import io.quarkiverse.renarde.Controller;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;

/** The public home page, signing in, and the language switch. */
@Path("/")
@Transactional(Transactional.TxType.NOT_SUPPORTED)
public class Home extends Controller {

    @Inject
    CurrentUser currentUser;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance index();
    }

    @GET
    @Path("")
    public TemplateInstance index() {
        return Templates.index();
    }

    /** Requires a login, so the OIDC code flow starts here; afterwards the person lands on their role's home. */
    @GET
    @Path("login")
    @Authenticated
    public Response login() {
        return Response.seeOther(URI.create(currentUser.getHomePath())).build();
    }

    /** The address the portal used to sign out by GET; old links and bookmarks now only reach the question. */
    @GET
    @Path("logout")
    public Response formerSignOut() {
        return Response.seeOther(URI.create("/signout")).build();
    }

    /**
     * Remembers the chosen language in a cookie and returns to the page the person was on. A plain link (GET) so the
     * switch works without JavaScript; it changes nothing but the cookie.
     */
    @GET
    @Path("lang/{code}")
    public Response language(@RestPath String code, @RestQuery String to) {
        if (!PageContext.LANGUAGES.contains(code)) {
            return Response.status(Response.Status.NOT_FOUND).build();
        }
        i18n.set(code);
        return Response.seeOther(URI.create(LocalRedirect.orHome(to))).build();
    }
}
