package kz.iinportal.supervisor;

import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;

import org.jboss.resteasy.reactive.RestQuery;

import io.quarkiverse.renarde.Controller;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import kz.iinportal.staff.TerritorialBody;
import kz.iinportal.web.Kazakhstan;
import kz.iinportal.web.Role;

/**
 * The supervisor's overview of all territorial bodies (workload, overdue cases, decisions, refusals, time to
 * decision) as charts with their numbers in tables, optionally narrowed to one body.
 */
@Path("/supervisor")
@RolesAllowed(Role.SUPERVISOR_NAME)
@Transactional(Transactional.TxType.NOT_SUPPORTED)
public class Dashboard extends Controller {

    @Inject
    SupervisionStats stats;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance index(SupervisionStats.Figures figures, DashboardCharts charts,
                List<TerritorialBody> bodies, TerritorialBody selected);
    }

    @GET
    @Path("")
    public TemplateInstance index(@RestQuery String body) {
        // An unknown code (a stale bookmark, a typo) shows all bodies rather than an error page.
        TerritorialBody selected = body == null || body.isBlank() ? null : TerritorialBody.findById(body);
        SupervisionStats.Figures figures = stats.figures(selected, Kazakhstan.now());
        return Templates.index(figures, new DashboardCharts(i18n, figures), TerritorialBody.listOrdered(), selected);
    }
}
