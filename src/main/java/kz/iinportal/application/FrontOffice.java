package kz.iinportal.application;

import jakarta.annotation.security.RolesAllowed;
import jakarta.transaction.Transactional;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;

import io.quarkiverse.renarde.Controller;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import kz.iinportal.staff.ServiceCentre;
import kz.iinportal.staff.Staff;
import kz.iinportal.web.CurrentUser;
import kz.iinportal.web.Role;

/** The home of front-office staff of a public service centre. */
@Path("/front-office")
@RolesAllowed(Role.FRONTOFFICE_NAME)
@Transactional(Transactional.TxType.NOT_SUPPORTED)
public class FrontOffice extends Controller {

    @Inject
    CurrentUser currentUser;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance index(ServiceCentre centre);
    }

    @GET
    @Path("")
    public TemplateInstance index() {
        ServiceCentre centre = currentUser.getStaff().map(s -> s.serviceCentre).orElse(null);
        return Templates.index(centre);
    }
}
