package kz.iinportal.application;

import java.io.IOException;
import java.nio.file.Files;
import java.util.List;
import java.util.Map;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.Consumes;
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
import kz.iinportal.web.Countries;
import kz.iinportal.web.CurrentUser;
import kz.iinportal.web.FormErrors;
import kz.iinportal.web.Kazakhstan;
import kz.iinportal.web.Role;

/**
 * The end of the applicant's journey ({@link Apply} has its start and answer steps): the supporting documents,
 * check your answers with the declaration, and the confirmation. Same URLs under /apply, same pages in
 * templates/Apply.
 */
@Path("/apply")
@Transactional(Transactional.TxType.NOT_SUPPORTED)
@RolesAllowed({ Role.APPLICANT_NAME, Role.REPRESENTATIVE_NAME, Role.FRONTOFFICE_NAME })
public class ApplyCheck extends Controller {

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

    @CheckedTemplate(basePath = "Apply")
    static class Templates {
        static native TemplateInstance documents(Application app, List<DocumentInfo> documents,
                List<DocumentKind> required, String kind, Map<String, String> errors);

        static native TemplateInstance check(Application app, Map<String, String> errors, String citizenship,
                String documentCountry, List<DocumentInfo> documents);

        static native TemplateInstance confirmation(Application app);
    }

    @GET
    @Path("{id}/documents")
    public TemplateInstance documents(@RestPath long id) {
        Application app = access.draft(id);
        return documentsPage(app, "", Map.of());
    }

    /** One upload per submission; the page lists what is stored and what the rules still require. */
    @POST
    @Path("{id}/documents")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Transactional(Transactional.TxType.NOT_SUPPORTED)
    public Object upload(@RestPath long id, @RestForm String kind, @RestForm("file") FileUpload file) {
        Application app = access.draft(id);
        FormErrors errors = new FormErrors(i18n, app.voice()::key);
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
        return Journey.redirect(app, Step.DOCUMENTS);
    }

    @POST
    @Path("{id}/documents/{documentId}/delete")
    @Transactional(Transactional.TxType.NOT_SUPPORTED)
    public Response deleteDocument(@RestPath long id, @RestPath long documentId) {
        Application app = access.draft(id);
        if (!drafts.removeDocument(app.id, documentId)) {
            throw new NotFoundException();
        }
        flash("message", i18n.getMessage("apply.documents.deleted"));
        return Journey.redirect(app, Step.DOCUMENTS);
    }

    @GET
    @Path("{id}/check")
    public TemplateInstance check(@RestPath long id) {
        Application app = access.draft(id);
        return checkPage(app, Map.of());
    }

    @POST
    @Path("{id}/check")
    @Transactional(Transactional.TxType.NOT_SUPPORTED)
    public Object submit(@RestPath long id, @RestForm String declaration, @RestForm String consent) {
        Application app = access.draft(id);
        FormErrors errors = new FormErrors(i18n, app.voice()::key);
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
            FormErrors again = new FormErrors(i18n, app.voice()::key);
            Application now = access.find(id).orElseThrow(NotFoundException::new);
            submission.missingAnswers(now).forEach(step -> again.add(step, "apply.error.incomplete." + step));
            return checkPage(now, again.map());
        }
        return Response.seeOther(Router.getURI(ApplyCheck::confirmation, app.id)).build();
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
     * A step sent for an application that was submitted meanwhile (a second click, Back and resend, another tab):
     * nothing changed; the filer sees the confirmation, or the application's page when it was not just submitted.
     */
    @ServerExceptionMapper
    public Response draftClosed(DraftClosed closed) {
        Application app = access.find(closed.applicationId()).orElseThrow(NotFoundException::new);
        if (app.status == ApplicationStatus.SUBMITTED && app.reference != null
                && request.path().endsWith("/check")) {
            return Response.seeOther(Router.getURI(ApplyCheck::confirmation, app.id)).build();
        }
        flash("message", i18n.getMessage("apply.error.draftClosed"));
        return Response.seeOther(Router.getURI(Applications::detail, app.id)).build();
    }
}
