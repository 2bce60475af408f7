package kz.iinportal.supervisor;

import java.util.HashMap;
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

import io.quarkiverse.renarde.Controller;
import io.quarkiverse.renarde.router.Router;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import kz.iinportal.application.Service;
import kz.iinportal.application.ServiceRule;
import kz.iinportal.web.CurrentUser;
import kz.iinportal.web.DateInput;
import kz.iinportal.web.FormErrors;
import kz.iinportal.web.Kazakhstan;
import kz.iinportal.web.Role;

/**
 * The service rules over time: each service's rules with their effective dates, and amendments from today or a
 * later day on. "Today" is the server's date, the same one Submission uses to find the rule in force.
 */
@Path("/supervisor/rules")
@Transactional(Transactional.TxType.NOT_SUPPORTED)
@RolesAllowed(Role.SUPERVISOR_NAME)
public class ServiceRules extends Controller {

    @Inject
    RuleAmendments amendments;

    @Inject
    CurrentUser currentUser;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance index(List<RulesView.Group> groups, RulesView view,
                Map<String, String> errors);

        static native TemplateInstance amend(Service service, String serviceName, RulesView view,
                Map<String, String> form, Map<String, String> errors);
    }

    @GET
    @Path("")
    public TemplateInstance index() {
        RulesView view = new RulesView(i18n);
        return Templates.index(view.groups(Kazakhstan.today()), view, Map.of());
    }

    @GET
    @Path("{service}/amend")
    public TemplateInstance amendForm(@RestPath String service) {
        Service chosen = service(service);
        Map<String, String> form = ServiceRule.<ServiceRule>find("service = ?1 order by validFrom desc", chosen)
                .firstResultOptional().map(RuleAmendmentForm::answersOf).orElse(Map.of());
        return amendPage(chosen, form, Map.of());
    }

    @POST
    @Transactional(Transactional.TxType.NOT_SUPPORTED)
    @Path("{service}/amend")
    public Object amend(@RestPath String service, @RestForm("validFrom-day") String validFromDay,
            @RestForm("validFrom-month") String validFromMonth, @RestForm("validFrom-year") String validFromYear,
            @RestForm String online,
            @RestForm String serviceCentre, @RestForm String selfAllowed, @RestForm String representativeAllowed,
            @RestForm("document-IDENTITY_DOCUMENT") String identityDocument,
            @RestForm("document-TRANSLATION") String translation,
            @RestForm("document-CORRECTION_PROOF") String correctionProof, @RestForm String legalBasis) {
        Service chosen = service(service);
        Map<String, String> ticked = new HashMap<>();
        ticked.put("online", online);
        ticked.put("serviceCentre", serviceCentre);
        ticked.put("selfAllowed", selfAllowed);
        ticked.put("representativeAllowed", representativeAllowed);
        ticked.put("document-IDENTITY_DOCUMENT", identityDocument);
        ticked.put("document-TRANSLATION", translation);
        ticked.put("document-CORRECTION_PROOF", correctionProof);
        FormErrors errors = new FormErrors(i18n);
        RuleAmendmentForm form = RuleAmendmentForm.read(new DateInput(validFromDay, validFromMonth, validFromYear),
                ticked, legalBasis, Kazakhstan.today(), errors);
        if (!errors.any() && !amendments.add(chosen, form, currentUser.getLogin())) {
            errors.add("validFrom", "sup.rules.error.duplicate");
        }
        if (errors.any()) {
            return amendPage(chosen, form.answers, errors.map());
        }
        flash("message", i18n.getMessage("sup.rules.added"));
        return Response.seeOther(Router.getURI(ServiceRules::index)).build();
    }

    @POST
    @Transactional(Transactional.TxType.NOT_SUPPORTED)
    @Path("{id}/withdraw")
    public Object withdraw(@RestPath long id) {
        RuleAmendments.Withdrawal result = amendments.withdraw(id, Kazakhstan.today(), currentUser.getLogin());
        if (result == RuleAmendments.Withdrawal.NOT_FOUND) {
            throw new NotFoundException();
        }
        if (result == RuleAmendments.Withdrawal.IN_EFFECT) {
            FormErrors errors = new FormErrors(i18n);
            errors.add("rules", "sup.rules.error.inEffect");
            RulesView view = new RulesView(i18n);
            return Templates.index(view.groups(Kazakhstan.today()), view, errors.map());
        }
        flash("message", i18n.getMessage("sup.rules.withdrawn"));
        return Response.seeOther(Router.getURI(ServiceRules::index)).build();
    }

    private TemplateInstance amendPage(Service service, Map<String, String> form, Map<String, String> errors) {
        return Templates.amend(service, i18n.getMessage(service.labelKey()), new RulesView(i18n), form,
                errors);
    }

    private static Service service(String value) {
        for (Service service : Service.values()) {
            if (service.name().equals(value)) {
                return service;
            }
        }
        throw new NotFoundException();
    }
}
