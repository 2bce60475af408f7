package kz.iinportal.application;

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

import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.RestPath;

import io.quarkiverse.renarde.Controller;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import kz.iinportal.web.DateInput;
import kz.iinportal.web.EmailAddresses;
import kz.iinportal.web.FormErrors;
import kz.iinportal.web.FormValues;
import kz.iinportal.web.Role;

/**
 * The applicant's journey, one topic per page, in the order of {@link Journey}: service → (authority) → (correction
 * details) → personal data → identity document → stay in Kazakhstan → check your answers → confirmation. Every step
 * saves the draft; a step with errors is shown again with the answers as typed and the problems listed at the top and
 * next to each field, in the words of the person filling in ({@link Voice}). Each answer step reads its fields
 * through its form record ({@link AuthorityForm} and the like); the personal details with the machine-readable zone
 * are in {@link ApplyPerson}, the documents, check and confirmation pages in {@link ApplyCheck}.
 */
@Path("/apply")
@Transactional(Transactional.TxType.NOT_SUPPORTED)
@RolesAllowed({ Role.APPLICANT_NAME, Role.REPRESENTATIVE_NAME, Role.FRONTOFFICE_NAME })
public class Apply extends Controller {

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
            app = drafts.create(chosen, access.channel(), filing, access.centre().orElse(null), access.login(),
                    access.roleName(), i18n.getLanguage());
        } catch (Drafts.TooManyDrafts e) {
            errors.add("service", "apply.error.tooManyDrafts");
            return Templates.start(offered, service, access.choosesFiler(), filer, errors.map(), voice());
        }
        return Journey.redirect(app, Journey.after(app, Step.SERVICE));
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
        return Journey.redirect(app, drafts.changeService(id, chosen));
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
        return Journey.redirect(app, Journey.after(app, Step.AUTHORITY));
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
        return Journey.redirect(app, Journey.after(app, Step.CORRECTION));
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
        return Journey.redirect(app, Journey.after(app, Step.DOCUMENT));
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
        return Journey.redirect(app, Journey.after(app, Step.STAY));
    }
}
