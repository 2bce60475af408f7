package kz.iinportal.review;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;

import io.quarkiverse.renarde.Controller;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import kz.iinportal.staff.TerritorialBody;
import kz.iinportal.web.CurrentUser;
import kz.iinportal.web.Role;

/** The operator's home: the review queue of their territorial body. */
@Path("/review")
@RolesAllowed(Role.OPERATOR_NAME)
public class Queue extends Controller {

    @Inject
    CurrentUser currentUser;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance index(TerritorialBody body);
    }

    @GET
    @Path("")
    public TemplateInstance index() {
        TerritorialBody body = currentUser.getStaff().map(s -> s.territorialBody).orElse(null);
        return Templates.index(body);
    }
}
