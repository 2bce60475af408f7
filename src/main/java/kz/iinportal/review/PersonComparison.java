package kz.iinportal.review;

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

import io.quarkiverse.renarde.Controller;
import io.quarkiverse.renarde.router.Router;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import kz.iinportal.application.Application;
import kz.iinportal.application.ApplicationStatus;
import kz.iinportal.application.CaseEvents;
import kz.iinportal.application.EventKind;
import kz.iinportal.iin.IinRecord;
import kz.iinportal.iin.Person;
import kz.iinportal.web.CurrentUser;
import kz.iinportal.web.FormErrors;
import kz.iinportal.web.MultiLine;
import kz.iinportal.web.Role;

/**
 * "Is this register person the applicant?": the case's data beside one register person's (every document and IIN
 * they have had), and for the case's assignee the verdict with its reason. Only persons the case itself shows (a
 * candidate, or the holder of the IIN named for correction) can be opened; any other is not found, so the page is
 * no way to browse the register.
 */
@Path("/review/case/{id}/person/{personId}")
@Transactional(Transactional.TxType.NOT_SUPPORTED)
@RolesAllowed(Role.OPERATOR_NAME)
public class PersonComparison extends Controller {

    @Inject
    CurrentUser currentUser;

    @Inject
    BodyCases cases;

    @Inject
    SamePerson samePerson;

    @Inject
    Verdicts verdicts;

    @Inject
    CaseEvents events;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance index(Application app, Person person, List<IinRecord> iins,
                IdentityCheck identity, PersonVerdict verdict, boolean mayAnswer, Map<String, String> verdictOptions,
                Map<String, String> errors, Map<String, String> form);
    }

    @GET
    @Path("")
    public TemplateInstance index(@RestPath long id, @RestPath long personId) {
        return shown(id, personId, Map.of(), VerdictForm.empty().typed());
    }

    @POST
    @Path("")
    @Transactional(Transactional.TxType.NOT_SUPPORTED)
    public Object answer(@RestPath long id, @RestPath long personId, @RestForm String verdict,
            @RestForm @MultiLine String reason) {
        cases.find(id);
        FormErrors errors = new FormErrors(i18n);
        VerdictForm form = VerdictForm.read(verdict, reason, errors);
        if (errors.any()) {
            return shown(id, personId, errors.map(), form.typed());
        }
        try {
            verdicts.record(id, personId, currentUser.getLogin(), form.verdict(), form.reason());
        } catch (DecisionException e) {
            return shown(id, personId, Map.of("verdict", i18n.getMessage("review.error." + e.reason().name())),
                    form.typed());
        }
        flash("message", i18n.getMessage("review.compare.recorded"));
        return Response.seeOther(Router.getURI(CaseReview::index, id)).build();
    }

    private Map<String, String> verdictOptions() {
        Map<String, String> options = new LinkedHashMap<>();
        for (PersonVerdict.Verdict v : PersonVerdict.Verdict.values()) {
            options.put(v.name(), i18n.getMessage("review.compare.option." + v));
        }
        return options;
    }

    private TemplateInstance shown(long id, long personId, Map<String, String> errors, Map<String, String> form) {
        Application app = cases.find(id);
        IdentityCheck identity = IdentityCheck.of(app, samePerson.of(app, cases.body()));
        if (identity.iinOf(personId) == null) {
            throw new NotFoundException();
        }
        Person person = Person.findById(personId);
        boolean mayAnswer = app.status == ApplicationStatus.IN_REVIEW
                && currentUser.getLogin().equals(app.assignedTo) && identity.mayJudge(personId);
        TemplateInstance page = Templates.index(app, person, IinRecord.history(person), identity,
                identity.verdicts().get(personId), mayAnswer, verdictOptions(), errors, form);
        events.record(id, currentUser.getLogin(), Role.OPERATOR_NAME, EventKind.VIEWED, null);
        return page;
    }
}
