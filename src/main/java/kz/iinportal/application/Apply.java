package kz.iinportal.application;

import java.net.URI;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.ForbiddenException;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Response;

import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import io.quarkiverse.renarde.Controller;
import io.quarkiverse.renarde.router.Router;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import kz.iinportal.web.CurrentUser;
import kz.iinportal.web.DateInput;
import kz.iinportal.web.EmailAddresses;
import kz.iinportal.web.FormErrors;
import kz.iinportal.web.FormValues;
import kz.iinportal.web.MultiLine;
import kz.iinportal.web.Role;

/**
 * The applicant's journey, one topic per page, in the order of {@link Journey}: service → (authority) → (correction
 * details) → personal data → identity document → stay in Kazakhstan → check your answers → confirmation. Every step
 * saves the draft; a step with errors is shown again with the answers as typed and the problems listed at the top and
 * next to each field, in the words of the person filling in ({@link Voice}). Each answer step reads its fields
 * through its form record ({@link PersonForm} and the like); the documents, check and confirmation pages are in
 * {@link ApplyCheck}.
 */
@Path("/apply")
@Transactional(Transactional.TxType.NOT_SUPPORTED)
@RolesAllowed({ Role.APPLICANT_NAME, Role.REPRESENTATIVE_NAME, Role.FRONTOFFICE_NAME })
public class Apply extends Controller {

    @Inject
    CurrentUser currentUser;

    @Inject
    Submission submission;

    @Inject
    ApplicationAccess access;

    @Inject
    Drafts drafts;

    @Inject
    DateLimits dateLimits;

    @Inject
    EmailAddresses emails;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance start(List<Service> services, String service, boolean choosesFiler,
                String filer, Map<String, String> errors, Voice voice);

        static native TemplateInstance service(Application app, List<Service> services, String service,
                Map<String, String> errors);

        static native TemplateInstance authority(Application app, Map<String, String> form,
                Map<String, String> errors);

        static native TemplateInstance correction(Application app, Map<String, String> form,
                Map<String, String> errors);

        static native TemplateInstance person(Application app, Map<String, String> form, Map<String, String> errors,
                MrzView mrz);

        static native TemplateInstance document(Application app, Map<String, String> form,
                Map<String, String> errors);

        static native TemplateInstance stay(Application app, Map<String, String> form, Map<String, String> errors);
    }

    @GET
    @Path("")
    public TemplateInstance start() {
        return Templates.start(offeredAtStart(), null, access.choosesFiler(), Filer.SELF.name(), Map.of(), voice());
    }

    /** Whom the service question speaks to, before there is an application to ask. */
    private Voice voice() {
        return Voice.of(access.channel(), access.filer());
    }

    /** An applicant who may choose who files sees every service open to either filer; the choice is checked after. */
    private List<Service> offeredAtStart() {
        if (!access.choosesFiler()) {
            return submission.servicesOffered(access.channel(), access.filer());
        }
        List<Service> self = submission.servicesOffered(access.channel(), Filer.SELF);
        List<Service> represented = submission.servicesOffered(access.channel(), Filer.REPRESENTATIVE);
        return Arrays.stream(Service.values()).filter(s -> self.contains(s) || represented.contains(s)).toList();
    }

    @POST
    @Path("start")
    @Transactional(Transactional.TxType.NOT_SUPPORTED)
    public Object create(@RestForm String service, @RestForm String filer) {
        FormErrors errors = new FormErrors(i18n, voice()::key);
        List<Service> offered = offeredAtStart();
        Filer filing = filing(filer, errors);
        Service chosen = offeredService(service, offered, errors);
        if (chosen != null && filing != null
                && !submission.servicesOffered(access.channel(), filing).contains(chosen)) {
            errors.add("service", Voice.of(access.channel(), filing).key("apply.error.service.notOffered"));
        }
        if (errors.any()) {
            return Templates.start(offered, service, access.choosesFiler(), filer, errors.map(), voice());
        }
        if (access.channel() == Channel.SERVICE_CENTRE && access.centre().isEmpty()) {
            throw new ForbiddenException(); // front-office staff not registered at a centre
        }
        Application app;
        try {
            app = drafts.create(chosen, access.channel(), filing, access.centre().orElse(null),
                    currentUser.getLogin(), access.roleName(), i18n.getLanguage());
        } catch (Drafts.TooManyDrafts e) {
            errors.add("service", "apply.error.tooManyDrafts");
            return Templates.start(offered, service, access.choosesFiler(), filer, errors.map(), voice());
        }
        return redirectTo(app, Journey.after(app, Step.SERVICE));
    }

    /**
     * Who files this application. The start page offers "for myself" ticked, so a form without the field (an older
     * page, a script) files for oneself as before; a value the page never offered is refused.
     */
    private Filer filing(String filer, FormErrors errors) {
        if (!access.choosesFiler() || FormValues.trim(filer) == null) {
            return access.filer();
        }
        return ApplicantData.choice(Filer.class, filer, "filer", errors);
    }

    private static Service offeredService(String service, List<Service> offered, FormErrors errors) {
        Service chosen = ApplicantData.choice(Service.class, service, "service", errors);
        if (chosen != null && !offered.contains(chosen)) {
            errors.add("service", "apply.error.service.notOffered");
        }
        return chosen;
    }

    /** The service question of a draft: Back from its first step, and "Change" on the check page. */
    @GET
    @Path("{id}/service")
    public TemplateInstance service(@RestPath long id) {
        Application app = access.draft(id);
        return Templates.service(app, submission.servicesOffered(app.channel, app.filer), app.service.name(),
                Map.of());
    }

    /**
     * Changes the draft's service ({@link Drafts#changeService}: a formation keeps no IIN to correct) and goes on to
     * the first step still to answer, so a correction asks for its IIN next; a draft with every answer goes back to
     * the check page.
     */
    @POST
    @Path("{id}/service")
    @Transactional(Transactional.TxType.NOT_SUPPORTED)
    public Object saveService(@RestPath long id, @RestForm String service) {
        Application app = access.draft(id);
        FormErrors errors = new FormErrors(i18n, app.voice()::key);
        List<Service> offered = submission.servicesOffered(app.channel, app.filer);
        Service chosen = offeredService(service, offered, errors);
        if (errors.any()) {
            return Templates.service(app, offered, service, errors.map());
        }
        return redirectTo(app, drafts.changeService(id, chosen));
    }

    @GET
    @Path("{id}/authority")
    public TemplateInstance authority(@RestPath long id) {
        Application app = access.draft(id);
        return Templates.authority(app, AuthorityForm.of(app).answers(), Map.of());
    }

    @POST
    @Path("{id}/authority")
    @Transactional(Transactional.TxType.NOT_SUPPORTED)
    public Object saveAuthority(@RestPath long id, @RestForm String authorityKind, @RestForm String authorityNumber,
            @RestForm("authorityDate-day") String authorityDay, @RestForm("authorityDate-month") String authorityMonth,
            @RestForm("authorityDate-year") String authorityYear,
            @RestForm("authorityValidUntil-day") String validUntilDay,
            @RestForm("authorityValidUntil-month") String validUntilMonth,
            @RestForm("authorityValidUntil-year") String validUntilYear, @RestForm String noticeRecipients) {
        Application app = access.draft(id);
        if (app.filer != Filer.REPRESENTATIVE) {
            throw new NotFoundException();
        }
        FormErrors errors = new FormErrors(i18n, app.voice()::key);
        AuthorityForm form = AuthorityForm.read(authorityKind, authorityNumber,
                new DateInput(authorityDay, authorityMonth, authorityYear),
                new DateInput(validUntilDay, validUntilMonth, validUntilYear), noticeRecipients, dateLimits, errors);
        if (errors.any()) {
            return Templates.authority(app, form.answers(), errors.map());
        }
        drafts.save(id, form::applyTo);
        return redirectTo(app, Journey.after(app, Step.AUTHORITY));
    }

    @GET
    @Path("{id}/correction")
    public TemplateInstance correction(@RestPath long id) {
        Application app = access.draft(id);
        return Templates.correction(app, CorrectionForm.of(app).answers(), Map.of());
    }

    @POST
    @Path("{id}/correction")
    @Transactional(Transactional.TxType.NOT_SUPPORTED)
    public Object saveCorrection(@RestPath long id, @RestForm String currentIin, @RestForm String correctionReason) {
        Application app = access.draft(id);
        FormErrors errors = new FormErrors(i18n, app.voice()::key);
        CorrectionForm form = CorrectionForm.read(currentIin, correctionReason, errors);
        if (errors.any()) {
            return Templates.correction(app, form.answers(), errors.map());
        }
        drafts.save(id, form::applyTo);
        return redirectTo(app, Journey.after(app, Step.CORRECTION));
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
        return redirectTo(app, Journey.after(app, Step.PERSON));
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

    @GET
    @Path("{id}/document")
    public TemplateInstance document(@RestPath long id) {
        Application app = access.draft(id);
        return Templates.document(app, DocumentForm.of(app).answers(), Map.of());
    }

    @POST
    @Path("{id}/document")
    @Transactional(Transactional.TxType.NOT_SUPPORTED)
    public Object saveDocument(@RestPath long id, @RestForm String documentType, @RestForm String documentNumber,
            @RestForm String documentCountry, @RestForm("documentIssueDate-day") String issueDay,
            @RestForm("documentIssueDate-month") String issueMonth,
            @RestForm("documentIssueDate-year") String issueYear,
            @RestForm("documentExpiryDate-day") String expiryDay,
            @RestForm("documentExpiryDate-month") String expiryMonth,
            @RestForm("documentExpiryDate-year") String expiryYear) {
        Application app = access.draft(id);
        FormErrors errors = new FormErrors(i18n, app.voice()::key);
        DocumentForm form = DocumentForm.read(documentType, documentNumber, documentCountry,
                new DateInput(issueDay, issueMonth, issueYear), new DateInput(expiryDay, expiryMonth, expiryYear),
                app.birthDate, dateLimits, errors);
        if (errors.any()) {
            return Templates.document(app, form.answers(), errors.map());
        }
        drafts.save(id, form::applyTo);
        return redirectTo(app, Journey.after(app, Step.DOCUMENT));
    }

    @GET
    @Path("{id}/stay")
    public TemplateInstance stay(@RestPath long id) {
        Application app = access.draft(id);
        return Templates.stay(app, StayForm.of(app).answers(), Map.of());
    }

    @POST
    @Path("{id}/stay")
    @Transactional(Transactional.TxType.NOT_SUPPORTED)
    public Object saveStay(@RestPath long id, @RestForm String address, @RestForm String region,
            @RestForm String email, @RestForm String phone) {
        Application app = access.draft(id);
        FormErrors errors = new FormErrors(i18n, app.voice()::key);
        StayForm form = StayForm.read(address, region, email, phone, app.emailRequired(), emails, errors);
        if (errors.any()) {
            return Templates.stay(app, form.answers(), errors.map());
        }
        drafts.save(id, form::applyTo);
        return redirectTo(app, Journey.after(app, Step.STAY));
    }

    /**
     * A step sent for an application that was submitted meanwhile (a second click, Back and resend, another tab):
     * nothing changed; the filer sees the application's page as it now is.
     */
    @ServerExceptionMapper
    public Response draftClosed(DraftClosed closed) {
        Application app = access.find(closed.applicationId()).orElseThrow(NotFoundException::new);
        flash("message", i18n.getMessage("apply.error.draftClosed"));
        return Response.seeOther(Router.getURI(Applications::detail, app.id)).build();
    }

    static Response redirectTo(Application app, Step step) {
        return Response.seeOther(Journey.uri(app.id, step)).build();
    }

    /** The page of a step of the journey, by the step names that Submission reports missing answers under. */
    static URI stepUri(long id, String step) {
        return Journey.uri(id, Step.ofId(step));
    }
}
