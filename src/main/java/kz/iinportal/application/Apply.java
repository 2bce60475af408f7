package kz.iinportal.application;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.ForbiddenException;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.multipart.FileUpload;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import io.quarkiverse.renarde.Controller;
import io.quarkiverse.renarde.router.Router;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.vertx.core.http.HttpServerRequest;
import kz.iinportal.documents.DocumentInfo;
import kz.iinportal.documents.DocumentKind;
import kz.iinportal.documents.DocumentStore;
import kz.iinportal.documents.UploadCheck;
import kz.iinportal.documents.UploadProblem;
import kz.iinportal.documents.UploadRejected;
import kz.iinportal.iin.DocumentType;
import kz.iinportal.iin.Sex;
import kz.iinportal.staff.TerritorialBody;
import kz.iinportal.web.Countries;
import kz.iinportal.web.CurrentUser;
import kz.iinportal.web.FormErrors;
import kz.iinportal.web.Kazakhstan;
import kz.iinportal.web.Role;

/**
 * The applicant's journey, one topic per page: service → (correction details) → personal data → identity document →
 * stay in Kazakhstan → check your answers → confirmation. Every step saves the draft; a step with errors is shown
 * again with the answers as typed and the problems listed at the top and next to each field.
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
    DocumentStore documents;

    @Inject
    ApplicationAccess access;

    @Inject
    Drafts drafts;

    @Inject
    HttpServerRequest request;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance start(List<Service> services, String service, Map<String, String> errors);

        static native TemplateInstance authority(Application app, Map<String, String> form,
                Map<String, String> errors);

        static native TemplateInstance correction(Application app, Map<String, String> form,
                Map<String, String> errors);

        static native TemplateInstance person(Application app, Map<String, String> form, Map<String, String> errors);

        static native TemplateInstance document(Application app, Map<String, String> form,
                Map<String, String> errors);

        static native TemplateInstance stay(Application app, Map<String, String> form, Map<String, String> errors);

        static native TemplateInstance documents(Application app, List<DocumentInfo> documents,
                List<DocumentKind> required, String kind, Map<String, String> errors);

        static native TemplateInstance check(Application app, Map<String, String> errors, String citizenship,
                String documentCountry, List<DocumentInfo> documents);

        static native TemplateInstance confirmation(Application app);
    }

    @GET
    @Path("")
    public TemplateInstance start() {
        return Templates.start(submission.servicesOffered(access.channel(), access.filer()), null, Map.of());
    }

    @POST
    @Path("start")
    @Transactional(Transactional.TxType.NOT_SUPPORTED)
    public Object create(@RestForm String service) {
        FormErrors errors = new FormErrors(i18n);
        Service chosen = ApplicantData.choice(Service.class, service, "service", errors);
        List<Service> offered = submission.servicesOffered(access.channel(), access.filer());
        if (chosen != null && !offered.contains(chosen)) {
            errors.add("service", "apply.error.service.notOffered");
        }
        if (errors.any()) {
            return Templates.start(offered, service, errors.map());
        }
        if (access.channel() == Channel.SERVICE_CENTRE && access.centre().isEmpty()) {
            throw new ForbiddenException(); // front-office staff not registered at a centre
        }
        Application app;
        try {
            app = drafts.create(chosen, access.channel(), access.filer(), access.centre().orElse(null),
                    currentUser.getLogin(), access.roleName(), i18n.getLanguage());
        } catch (Drafts.TooManyDrafts e) {
            errors.add("service", "apply.error.tooManyDrafts");
            return Templates.start(offered, service, errors.map());
        }
        return redirectTo(app, firstStep(app));
    }

    private static String firstStep(Application app) {
        if (app.filer == Filer.REPRESENTATIVE) {
            return "authority";
        }
        return app.service == Service.CORRECTION ? "correction" : "person";
    }

    @GET
    @Path("{id}/authority")
    public TemplateInstance authority(@RestPath long id) {
        Application app = draft(id);
        return Templates.authority(app, Map.of("authorityKind", app.authorityKind == null ? "" : app.authorityKind.name(),
                "authorityNumber", nz(app.authorityNumber),
                "authorityDate", app.authorityDate == null ? "" : app.authorityDate.toString(),
                "authorityValidUntil", app.authorityValidUntil == null ? "" : app.authorityValidUntil.toString(),
                "noticeRecipients", app.noticeRecipients == null ? "" : app.noticeRecipients.name()), Map.of());
    }

    @POST
    @Path("{id}/authority")
    @Transactional(Transactional.TxType.NOT_SUPPORTED)
    public Object saveAuthority(@RestPath long id, @RestForm String authorityKind, @RestForm String authorityNumber,
            @RestForm String authorityDate, @RestForm String authorityValidUntil, @RestForm String noticeRecipients) {
        Application app = draft(id);
        if (app.filer != Filer.REPRESENTATIVE) {
            throw new NotFoundException();
        }
        FormErrors errors = new FormErrors(i18n);
        AuthorityKind kind = ApplicantData.choice(AuthorityKind.class, authorityKind, "authorityKind", errors);
        String number = ApplicantData.text(authorityNumber, "authorityNumber", 40, true, errors);
        LocalDate issued = ApplicantData.date(authorityDate, "authorityDate", errors);
        LocalDate validUntil = ApplicantData.date(authorityValidUntil, "authorityValidUntil", errors);
        if (issued != null && issued.isAfter(Kazakhstan.today())) {
            errors.add("authorityDate", "apply.error.authorityDate.future");
        }
        if (validUntil != null && validUntil.isBefore(Kazakhstan.today())) {
            errors.add("authorityValidUntil", "apply.error.authorityValidUntil.expired");
        }
        NoticeRecipients recipients = ApplicantData.choice(NoticeRecipients.class, noticeRecipients,
                "noticeRecipients", errors);
        if (errors.any()) {
            return Templates.authority(app, Map.of("authorityKind", nz(authorityKind), "authorityNumber",
                    nz(authorityNumber), "authorityDate", nz(authorityDate), "authorityValidUntil",
                    nz(authorityValidUntil), "noticeRecipients", nz(noticeRecipients)), errors.map());
        }
        drafts.save(id, draft -> {
            draft.authorityKind = kind;
            draft.authorityNumber = number;
            draft.authorityDate = issued;
            draft.authorityValidUntil = validUntil;
            draft.noticeRecipients = recipients;
        });
        return redirectTo(app, app.service == Service.CORRECTION ? "correction" : "person");
    }

    @GET
    @Path("{id}/correction")
    public TemplateInstance correction(@RestPath long id) {
        Application app = draft(id);
        return Templates.correction(app, Map.of("currentIin", nz(app.currentIin),
                "correctionReason", app.correctionReason == null ? "" : app.correctionReason.name()), Map.of());
    }

    @POST
    @Path("{id}/correction")
    @Transactional(Transactional.TxType.NOT_SUPPORTED)
    public Object saveCorrection(@RestPath long id, @RestForm String currentIin, @RestForm String correctionReason) {
        Application app = draft(id);
        FormErrors errors = new FormErrors(i18n);
        String iin = ApplicantData.iin(currentIin, errors);
        CorrectionReason reason = ApplicantData.choice(CorrectionReason.class, correctionReason, "correctionReason",
                errors);
        if (errors.any()) {
            return Templates.correction(app, Map.of("currentIin", nz(currentIin), "correctionReason",
                    nz(correctionReason)), errors.map());
        }
        drafts.save(id, draft -> {
            draft.currentIin = iin;
            draft.correctionReason = reason;
        });
        return redirectTo(app, "person");
    }

    @GET
    @Path("{id}/person")
    public TemplateInstance person(@RestPath long id) {
        Application app = draft(id);
        return Templates.person(app, Map.of("familyName", nz(app.familyName), "givenNames", nz(app.givenNames),
                "familyNameCyrillic", nz(app.familyNameCyrillic), "givenNamesCyrillic", nz(app.givenNamesCyrillic),
                "birthDate", app.birthDate == null ? "" : app.birthDate.toString(),
                "sex", app.sex == null ? "" : app.sex.name(),
                "citizenship", Boolean.TRUE.equals(app.stateless) ? "STATELESS" : nz(app.citizenship),
                "placeOfBirth", nz(app.placeOfBirth)), Map.of());
    }

    @POST
    @Path("{id}/person")
    @Transactional(Transactional.TxType.NOT_SUPPORTED)
    public Object savePerson(@RestPath long id, @RestForm String familyName, @RestForm String givenNames,
            @RestForm String familyNameCyrillic, @RestForm String givenNamesCyrillic, @RestForm String birthDate,
            @RestForm String sex, @RestForm String citizenship, @RestForm String placeOfBirth) {
        Application app = draft(id);
        FormErrors errors = new FormErrors(i18n);
        String family = ApplicantData.latinName(familyName, "familyName", errors);
        String given = ApplicantData.latinName(givenNames, "givenNames", errors);
        String familyCyr = ApplicantData.cyrillicName(familyNameCyrillic, "familyNameCyrillic", errors);
        String givenCyr = ApplicantData.cyrillicName(givenNamesCyrillic, "givenNamesCyrillic", errors);
        LocalDate birth = ApplicantData.birthDate(birthDate, Kazakhstan.today(), errors);
        Sex chosenSex = ApplicantData.choice(Sex.class, sex, "sex", errors);
        boolean stateless = "STATELESS".equals(citizenship);
        String country = stateless ? null : ApplicantData.country(citizenship, "citizenship", errors);
        String place = ApplicantData.text(placeOfBirth, "placeOfBirth", 200, true, errors);
        if (errors.any()) {
            return Templates.person(app, Map.of("familyName", nz(familyName), "givenNames", nz(givenNames),
                    "familyNameCyrillic", nz(familyNameCyrillic), "givenNamesCyrillic", nz(givenNamesCyrillic),
                    "birthDate", nz(birthDate), "sex", nz(sex), "citizenship", nz(citizenship),
                    "placeOfBirth", nz(placeOfBirth)), errors.map());
        }
        drafts.save(id, draft -> {
            draft.familyName = family.toUpperCase(Locale.ROOT);
            draft.givenNames = given.toUpperCase(Locale.ROOT);
            draft.familyNameCyrillic = familyCyr;
            draft.givenNamesCyrillic = givenCyr;
            draft.birthDate = birth;
            draft.sex = chosenSex;
            draft.stateless = stateless;
            draft.citizenship = country;
            draft.placeOfBirth = place;
        });
        return redirectTo(app, "document");
    }

    @GET
    @Path("{id}/document")
    public TemplateInstance document(@RestPath long id) {
        Application app = draft(id);
        return Templates.document(app, Map.of("documentType", app.documentType == null ? "" : app.documentType.name(),
                "documentNumber", nz(app.documentNumber), "documentCountry", nz(app.documentCountry),
                "documentIssueDate", app.documentIssueDate == null ? "" : app.documentIssueDate.toString(),
                "documentExpiryDate", app.documentExpiryDate == null ? "" : app.documentExpiryDate.toString()),
                Map.of());
    }

    @POST
    @Path("{id}/document")
    @Transactional(Transactional.TxType.NOT_SUPPORTED)
    public Object saveDocument(@RestPath long id, @RestForm String documentType, @RestForm String documentNumber,
            @RestForm String documentCountry, @RestForm String documentIssueDate,
            @RestForm String documentExpiryDate) {
        Application app = draft(id);
        FormErrors errors = new FormErrors(i18n);
        DocumentType type = ApplicantData.choice(DocumentType.class, documentType, "documentType", errors);
        String number = ApplicantData.trim(documentNumber);
        if (number == null) {
            errors.add("documentNumber", "apply.error.documentNumber.required");
        } else if (!ApplicantData.DOCUMENT_NUMBER.matcher(number).matches()) {
            errors.add("documentNumber", "apply.error.documentNumber.format");
        }
        String country = ApplicantData.country(documentCountry, "documentCountry", errors);
        LocalDate issued = ApplicantData.date(documentIssueDate, "documentIssueDate", errors);
        LocalDate expires = ApplicantData.date(documentExpiryDate, "documentExpiryDate", errors);
        LocalDate today = Kazakhstan.today();
        if (issued != null && issued.isAfter(today)) {
            errors.add("documentIssueDate", "apply.error.documentIssueDate.future");
        }
        if (issued != null && expires != null && !issued.isBefore(expires)) {
            errors.add("documentExpiryDate", "apply.error.documentExpiryDate.beforeIssue");
        } else if (expires != null && expires.isBefore(today)) {
            errors.add("documentExpiryDate", "apply.error.documentExpiryDate.expired");
        }
        if (errors.any()) {
            return Templates.document(app, Map.of("documentType", nz(documentType), "documentNumber",
                    nz(documentNumber), "documentCountry", nz(documentCountry), "documentIssueDate",
                    nz(documentIssueDate), "documentExpiryDate", nz(documentExpiryDate)), errors.map());
        }
        drafts.save(id, draft -> {
            draft.documentType = type;
            draft.documentNumber = number.toUpperCase(Locale.ROOT);
            draft.documentCountry = country;
            draft.documentIssueDate = issued;
            draft.documentExpiryDate = expires;
        });
        return redirectTo(app, "stay");
    }

    @GET
    @Path("{id}/stay")
    public TemplateInstance stay(@RestPath long id) {
        Application app = draft(id);
        return Templates.stay(app, Map.of("address", nz(app.address), "region",
                app.region == null ? "" : app.region.code, "email", nz(app.email), "phone", nz(app.phone)),
                Map.of());
    }

    @POST
    @Path("{id}/stay")
    @Transactional(Transactional.TxType.NOT_SUPPORTED)
    public Object saveStay(@RestPath long id, @RestForm String address, @RestForm String region,
            @RestForm String email, @RestForm String phone) {
        Application app = draft(id);
        FormErrors errors = new FormErrors(i18n);
        String addr = ApplicantData.text(address, "address", 300, true, errors);
        TerritorialBody body = ApplicantData.trim(region) == null ? null : TerritorialBody.findById(region.strip());
        if (body == null) {
            errors.add("region", "apply.error.region.required");
        }
        String mail = ApplicantData.trim(email);
        if (mail == null) {
            errors.add("email", "apply.error.email.required");
        } else if (!ApplicantData.EMAIL.matcher(mail).matches()) {
            errors.add("email", "apply.error.email.format");
        }
        String tel = ApplicantData.trim(phone) == null ? null : phone.replaceAll("[\\s()\\-]", "");
        if (tel == null) {
            errors.add("phone", "apply.error.phone.required");
        } else if (!ApplicantData.PHONE.matcher(tel).matches()) {
            errors.add("phone", "apply.error.phone.format");
        }
        if (errors.any()) {
            return Templates.stay(app, Map.of("address", nz(address), "region", nz(region), "email", nz(email),
                    "phone", nz(phone)), errors.map());
        }
        drafts.save(id, draft -> {
            draft.address = addr;
            draft.region = body;
            draft.email = mail;
            draft.phone = tel;
        });
        return redirectTo(app, "documents");
    }

    @GET
    @Path("{id}/documents")
    public TemplateInstance documents(@RestPath long id) {
        Application app = draft(id);
        return documentsPage(app, "", Map.of());
    }

    /** One upload per submission; the page lists what is stored and what the rules still require. */
    @POST
    @Path("{id}/documents")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Transactional(Transactional.TxType.NOT_SUPPORTED)
    public Object upload(@RestPath long id, @RestForm String kind, @RestForm("file") FileUpload file) {
        Application app = draft(id);
        FormErrors errors = new FormErrors(i18n);
        DocumentKind chosen = ApplicantData.choice(DocumentKind.class, kind, "kind", errors);
        if (file == null || file.uploadedFile() == null) {
            errors.add("file", "apply.error.file.required");
        } else {
            UploadCheck.checkSize(file.size()).ifPresent(problem -> errors.add("file", problem.messageKey()));
        }
        if (!errors.any()) {
            try {
                drafts.addDocument(app.id, chosen, file.fileName(), Files.readAllBytes(file.uploadedFile()),
                        currentUser.getLogin());
            } catch (UploadRejected rejected) {
                errors.add("file", rejected.messageKey());
            } catch (IOException unreadable) {
                errors.add("file", UploadProblem.EMPTY.messageKey());
            }
        }
        if (errors.any()) {
            return documentsPage(app, kind == null ? "" : kind, errors.map());
        }
        flash("message", i18n.getMessage("apply.documents.uploaded"));
        return redirectTo(app, "documents");
    }

    @POST
    @Path("{id}/documents/{documentId}/delete")
    @Transactional(Transactional.TxType.NOT_SUPPORTED)
    public Response deleteDocument(@RestPath long id, @RestPath long documentId) {
        Application app = draft(id);
        if (!drafts.removeDocument(app.id, documentId)) {
            throw new NotFoundException();
        }
        flash("message", i18n.getMessage("apply.documents.deleted"));
        return redirectTo(app, "documents");
    }

    @GET
    @Path("{id}/check")
    public TemplateInstance check(@RestPath long id) {
        Application app = draft(id);
        return checkPage(app, Map.of());
    }

    @POST
    @Path("{id}/check")
    @Transactional(Transactional.TxType.NOT_SUPPORTED)
    public Object submit(@RestPath long id, @RestForm String declaration, @RestForm String consent) {
        Application app = draft(id);
        FormErrors errors = new FormErrors(i18n);
        submission.missingAnswers(app).forEach(step -> errors.add(step, "apply.error.incomplete." + step));
        if (!"yes".equals(declaration)) {
            errors.add("declaration", "apply.error.declaration.required");
        }
        if (!"yes".equals(consent)) {
            errors.add("consent", "apply.error.consent.required");
        }
        if (app.documentExpiryDate != null && app.documentExpiryDate.isBefore(Kazakhstan.today())) {
            errors.add("document", "apply.error.documentExpiryDate.expired");
        }
        if (app.authorityValidUntil != null && app.authorityValidUntil.isBefore(Kazakhstan.today())) {
            errors.add("authority", "apply.error.authorityValidUntil.expired");
        }
        if (!errors.any() && !submission.allowedToday(app)) {
            errors.add("service", "apply.error.service.notOffered");
        }
        if (errors.any()) {
            return checkPage(app, errors.map());
        }
        if (!submission.submitDraft(id, currentUser.getLogin(), access.roleName(),
                app.filer == Filer.REPRESENTATIVE ? currentUser.getEmail() : null)) {
            FormErrors again = new FormErrors(i18n);
            Application now = access.find(id).orElseThrow(NotFoundException::new);
            submission.missingAnswers(now).forEach(step -> again.add(step, "apply.error.incomplete." + step));
            return checkPage(now, again.map());
        }
        return Response.seeOther(Router.getURI(Apply::confirmation, app.id)).build();
    }

    @GET
    @Path("{id}/confirmation")
    public TemplateInstance confirmation(@RestPath long id) {
        Application app = access.find(id).orElseThrow(NotFoundException::new);
        if (app.reference == null) {
            throw new NotFoundException();
        }
        return Templates.confirmation(app);
    }

    private TemplateInstance checkPage(Application app, Map<String, String> errors) {
        String lang = i18n.getLanguage();
        return Templates.check(app, errors, app.citizenship == null ? null : Countries.name(app.citizenship, lang),
                app.documentCountry == null ? null : Countries.name(app.documentCountry, lang),
                documents.list(app.id));
    }

    private TemplateInstance documentsPage(Application app, String kind, Map<String, String> errors) {
        return Templates.documents(app, documents.list(app.id), submission.requiredDocuments(app), kind, errors);
    }

    /**
     * A draft this filer may work on; 404 for anything they may not see, so other people's references are not
     * confirmed. Their own application that is no longer a draft is shown as it now is ({@link #draftClosed}).
     */
    private Application draft(long id) {
        Application app = access.find(id).orElseThrow(NotFoundException::new);
        if (app.status != ApplicationStatus.DRAFT) {
            throw new DraftClosed(id);
        }
        return app;
    }

    /**
     * A step sent for an application that was submitted meanwhile (a second click, Back and resend, another tab):
     * nothing changed; the filer sees the confirmation, or the application's page when it was not just submitted.
     */
    @ServerExceptionMapper
    public Response draftClosed(DraftClosed closed) {
        Application app = access.find(closed.applicationId()).orElseThrow(NotFoundException::new);
        if (app.status == ApplicationStatus.SUBMITTED && app.reference != null
                && request.path().endsWith("/check")) {
            return Response.seeOther(Router.getURI(Apply::confirmation, app.id)).build();
        }
        flash("message", i18n.getMessage("apply.error.draftClosed"));
        return Response.seeOther(Router.getURI(Applications::detail, app.id)).build();
    }

    private static Response redirectTo(Application app, String step) {
        return Response.seeOther(stepUri(app.id, step)).build();
    }

    /** The page of a step of the journey, by the step names that Submission reports missing answers under. */
    static URI stepUri(long id, String step) {
        return switch (step) {
            case "authority" -> Router.getURI(Apply::authority, id);
            case "correction" -> Router.getURI(Apply::correction, id);
            case "person" -> Router.getURI(Apply::person, id);
            case "document" -> Router.getURI(Apply::document, id);
            case "stay" -> Router.getURI(Apply::stay, id);
            case "documents" -> Router.getURI(Apply::documents, id);
            case "check" -> Router.getURI(Apply::check, id);
            default -> throw new IllegalArgumentException("No step " + step);
        };
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
