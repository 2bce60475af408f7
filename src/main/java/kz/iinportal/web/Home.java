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
import io.quarkiverse.renarde.router.Router;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;
import kz.iinportal.application.Applications;
import kz.iinportal.application.FrontOffice;
import kz.iinportal.review.Queue;
import kz.iinportal.supervisor.Dashboard;

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
        return Response.seeOther(currentUser.role().map(Home::homeOf).orElseGet(() -> Router.getURI(Home::index)))
                .build();
    }

    /** Where a person with this role lands after signing in. */
    private static URI homeOf(Role role) {
        return switch (role) {
            case SUPERVISOR -> Router.getURI(Dashboard::index);
            case OPERATOR -> Router.getURI(Queue::index);
            case FRONTOFFICE -> Router.getURI(FrontOffice::index);
            case REPRESENTATIVE, APPLICANT -> Router.getURI(Applications::index, null, null);
        };
    }

    /** The address the portal used to sign out by GET; old links and bookmarks now only reach the question. */
    @GET
    @Path("logout")
    public Response formerSignOut() {
        return Response.seeOther(Router.getURI(SignOut::confirm)).build();
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
