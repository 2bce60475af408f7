package kz.iinportal.application;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;

import io.quarkiverse.renarde.Controller;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import kz.iinportal.web.Role;

/** "My applications": the home of applicants and legal representatives. */
@Path("/applications")
@RolesAllowed({ Role.APPLICANT_NAME, Role.REPRESENTATIVE_NAME })
public class Applications extends Controller {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance index();
    }

    @GET
    @Path("")
    public TemplateInstance index() {
        return Templates.index();
    }
}
