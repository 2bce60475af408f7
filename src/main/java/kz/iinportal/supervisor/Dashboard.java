package kz.iinportal.supervisor;

import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;

import io.quarkiverse.renarde.Controller;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import kz.iinportal.staff.Staff;
import kz.iinportal.web.Role;

/** The supervisor's overview of all territorial bodies and the portal's staff. */
@Path("/supervisor")
@RolesAllowed(Role.SUPERVISOR_NAME)
public class Dashboard extends Controller {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance index(List<Staff> staff);
    }

    @GET
    @Path("")
    public TemplateInstance index() {
        return Templates.index(Staff.listAll(io.quarkus.panache.common.Sort.by("login")));
    }
}
