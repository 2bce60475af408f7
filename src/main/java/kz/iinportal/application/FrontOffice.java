package kz.iinportal.application;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;

import io.quarkiverse.renarde.Controller;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import kz.iinportal.staff.CurrentStaff;
import kz.iinportal.staff.ServiceCentre;
import kz.iinportal.web.Role;

/** The home of front-office staff of a public service centre. */
@Path("/front-office")
@RolesAllowed(Role.FRONTOFFICE_NAME)
@Transactional(Transactional.TxType.NOT_SUPPORTED)
public class FrontOffice extends Controller {

    @Inject
    CurrentStaff currentStaff;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance index(ServiceCentre centre);
    }

    @GET
    @Path("")
    public TemplateInstance index() {
        ServiceCentre centre = currentStaff.centre().orElse(null);
        return Templates.index(centre);
    }
}
