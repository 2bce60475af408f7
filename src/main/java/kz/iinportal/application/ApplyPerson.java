package kz.iinportal.application;

import java.util.Map;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;

import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.RestPath;

import io.quarkiverse.renarde.Controller;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import kz.iinportal.web.DateInput;
import kz.iinportal.web.FormErrors;
import kz.iinportal.web.FormValues;
import kz.iinportal.web.MultiLine;
import kz.iinportal.web.Role;

/**
 * The personal-details step of the journey ({@link Apply} has the others): the answers of {@link PersonForm}, and
 * optionally the passport's machine-readable zone ({@link MrzEntry}), which can fill the answers in and must agree
 * with them. Same URLs under /apply, same page in templates/Apply.
 */
@Path("/apply")
@Transactional(Transactional.TxType.NOT_SUPPORTED)
@RolesAllowed({ Role.APPLICANT_NAME, Role.REPRESENTATIVE_NAME, Role.FRONTOFFICE_NAME })
public class ApplyPerson extends Controller {

    @Inject
    ApplicationAccess access;

    @Inject
    DateLimits dateLimits;

    @Inject
    Drafts drafts;

    @CheckedTemplate(basePath = "Apply")
    static class Templates {
        static native TemplateInstance person(Application app, Map<String, String> form, Map<String, String> errors,
                MrzView mrz);
    }

    @GET
    @Path("{id}/person")
    public TemplateInstance person(@RestPath long id) {
        return personPage(id);
    }

    // Renarde turns a call of another endpoint into a redirect to it: the endpoints share these instead.
    private TemplateInstance personPage(long id) {
        Application app = access.draft(id);
        return Templates.person(app, MrzEntry.answers(PersonForm.of(app).answers(), ""), Map.of(), MrzView.NONE);
    }

    /**
     * Saves the step. With a machine-readable zone entered too, its check digits must hold and the answers agree with
     * it; the zone's document number, issuing country and expiry are saved for the document step.
     */
    @POST
    @Path("{id}/person")
    @Transactional(Transactional.TxType.NOT_SUPPORTED)
    public Object savePerson(@RestPath long id, @RestForm String familyName, @RestForm String givenNames,
            @RestForm String familyNameCyrillic, @RestForm String givenNamesCyrillic,
            @RestForm("birthDate-day") String birthDay, @RestForm("birthDate-month") String birthMonth,
            @RestForm("birthDate-year") String birthYear, @RestForm String sex, @RestForm String citizenship,
            @RestForm String placeOfBirth, @RestForm @MultiLine String mrz) {
        return save(id, familyName, givenNames, familyNameCyrillic, givenNamesCyrillic,
                new DateInput(birthDay, birthMonth, birthYear), sex, citizenship, placeOfBirth, mrz);
    }

    private Object save(long id, String familyName, String givenNames, String familyNameCyrillic,
            String givenNamesCyrillic, DateInput birthDate, String sex, String citizenship, String placeOfBirth,
            String mrz) {
        Application app = access.draft(id);
        FormErrors errors = new FormErrors(i18n, app.voice()::key);
        MrzEntry zone = MrzEntry.read(mrz, i18n, errors);
        PersonForm form = PersonForm.read(familyName, givenNames, familyNameCyrillic, givenNamesCyrillic, birthDate,
                sex, citizenship, placeOfBirth, app.documentIssueDate, dateLimits, errors);
        if (zone.present()) {
            zone.crossCheck(form, i18n, errors);
        }
        if (errors.any()) {
            return Templates.person(app, MrzEntry.answers(form.answers(), mrz), errors.map(), MrzView.NONE);
        }
        drafts.save(id, draft -> {
            form.applyTo(draft);
            if (zone.present()) {
                zone.applyTo(draft);
            }
        });
        return Journey.redirect(app, Journey.after(app, Step.PERSON));
    }

    /**
     * The address of "Fill in from the zone" opened as a page: after signing in again (the session had ended) the
     * person comes back here; it shows the step, with the notice that the last page was not saved.
     */
    @GET
    @Path("{id}/person/mrz")
    public TemplateInstance personAfterMrz(@RestPath long id) {
        return personPage(id);
    }

    /**
     * "Fill in from the zone": shows the step again with the zone's answers in place of the typed ones and each
     * difference; nothing is saved until Continue. The button comes first in the form, so pressing Enter in any
     * field sends it: with no zone entered that is Continue.
     */
    @POST
    @Path("{id}/person/mrz")
    @Transactional(Transactional.TxType.NOT_SUPPORTED)
    public Object readMrz(@RestPath long id, @RestForm String familyName, @RestForm String givenNames,
            @RestForm String familyNameCyrillic, @RestForm String givenNamesCyrillic,
            @RestForm("birthDate-day") String birthDay, @RestForm("birthDate-month") String birthMonth,
            @RestForm("birthDate-year") String birthYear, @RestForm String sex, @RestForm String citizenship,
            @RestForm String placeOfBirth, @RestForm @MultiLine String mrz) {
        DateInput birthDate = new DateInput(birthDay, birthMonth, birthYear);
        if (FormValues.trim(mrz) == null) {
            return save(id, familyName, givenNames, familyNameCyrillic, givenNamesCyrillic, birthDate, sex,
                    citizenship, placeOfBirth, mrz);
        }
        Application app = access.draft(id);
        FormErrors errors = new FormErrors(i18n, app.voice()::key);
        MrzEntry zone = MrzEntry.read(mrz, i18n, errors);
        Map<String, String> answers = MrzEntry.answers(PersonForm.read(familyName, givenNames, familyNameCyrillic,
                givenNamesCyrillic, birthDate, sex, citizenship, placeOfBirth, app.documentIssueDate, dateLimits,
                new FormErrors(i18n, app.voice()::key)).answers(), mrz);
        if (!zone.present()) {
            return Templates.person(app, answers, errors.map(), MrzView.NONE);
        }
        return Templates.person(app, answers, Map.of(), zone.fill(answers, app, i18n));
    }
}
