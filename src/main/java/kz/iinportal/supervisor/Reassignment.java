package kz.iinportal.supervisor;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Response;

import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;

import io.quarkiverse.renarde.Controller;
import io.quarkiverse.renarde.router.Router;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import kz.iinportal.application.Application;
import kz.iinportal.application.ApplicationStatus;
import kz.iinportal.staff.Staff;
import kz.iinportal.staff.TerritorialBody;
import kz.iinportal.web.CurrentUser;
import kz.iinportal.web.PageContext;
import kz.iinportal.web.Role;

/**
 * A supervisor gives an open case of a territorial body to another operator of that body, e.g. when the assignee is
 * away. The case is locked while it changes hands, so a decision by the previous assignee either happens before (and
 * the case is no longer open) or is refused afterwards as made on a changed case.
 */
@Path("/supervisor/cases")
@Transactional(Transactional.TxType.NOT_SUPPORTED)
@RolesAllowed(Role.SUPERVISOR_NAME)
public class Reassignment extends Controller {

    static final int LIMIT = 200;

    @Inject
    CurrentUser currentUser;

    @Inject
    PageContext page;

    @Inject
    Reassignments reassignments;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance index(Map<String, String> bodies, TerritorialBody body, List<Application> cases,
                Map<String, String> operators, Integer nextPage);
    }

    @GET
    @Path("")
    public TemplateInstance index(@RestQuery String body, @RestQuery("page") int pageNumber) {
        Map<String, String> bodies = new LinkedHashMap<>();
        for (TerritorialBody b : TerritorialBody.listOrdered()) {
            bodies.put(b.code, b.name.in(page.getLang()));
        }
        TerritorialBody chosen = body == null ? null : TerritorialBody.findById(body);
        if (chosen == null) {
            return Templates.index(bodies, null, List.of(), Map.of(), null);
        }
        int current = Math.min(Math.max(0, pageNumber), 100_000); // a page number from the URL, kept in range
        // a page and one more: is there a next page?
        List<Application> cases = Application.<Application>find("region = ?1 and status in ?2 order by dueAt, id",
                chosen, List.of(ApplicationStatus.SUBMITTED, ApplicationStatus.IN_REVIEW))
                .range(current * LIMIT, current * LIMIT + LIMIT).list();
        Integer next = cases.size() > LIMIT ? current + 1 : null;
        return Templates.index(bodies, chosen, cases.stream().limit(LIMIT).toList(), operators(chosen), next);
    }

    @POST
    @Path("{id}/reassign")
    @Transactional(Transactional.TxType.NOT_SUPPORTED)
    public Response reassign(@RestPath long id, @RestForm String operator) {
        Reassignments.Outcome outcome = reassignments.reassign(id, operator, currentUser.getLogin());
        if (outcome == Reassignments.Outcome.NOT_OPEN) {
            throw new NotFoundException();
        }
        if (outcome == Reassignments.Outcome.NOT_AN_OPERATOR_OF_THE_BODY) {
            flash("error", i18n.getMessage("reassign.error.operator"));
        } else if (outcome == Reassignments.Outcome.REFUSED_BEFORE) {
            flash("error", i18n.getMessage("reassign.error.refusedBefore"));
        } else if (outcome == Reassignments.Outcome.REASSIGNED) {
            flash("message", i18n.getMessage("reassign.done"));
        }
        return Response.seeOther(Router.getURI(Reassignment::index, reassignments.bodyOf(id))).build();
    }

    /** The staff of the body who review its cases (front-office staff work at service centres, not bodies). */
    static Map<String, String> operators(TerritorialBody body) {
        Map<String, String> operators = new LinkedHashMap<>();
        for (Staff s : Staff.<Staff>list("territorialBody = ?1 and active = true order by fullName", body)) {
            operators.put(s.login, s.fullName);
        }
        return operators;
    }
}
