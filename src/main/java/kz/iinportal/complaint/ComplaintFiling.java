package kz.iinportal.complaint;

import java.time.LocalDate;
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

import io.quarkiverse.renarde.Controller;
import io.quarkiverse.renarde.router.Router;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import kz.iinportal.application.Application;
import kz.iinportal.application.ApplicationAccess;
import kz.iinportal.application.Applications;
import kz.iinportal.application.CaseEvents;
import kz.iinportal.application.EventKind;
import kz.iinportal.web.CurrentUser;
import kz.iinportal.web.FormErrors;
import kz.iinportal.web.MultiLine;
import kz.iinportal.web.Role;

/**
 * The filer's side of a complaint: the form on a refused case and the complaint's files. Who may complain is who may
 * see the case page (the applicant or representative who filed it, the front office of its centre); anyone else gets
 * 404, so a case's existence is never confirmed.
 */
@Path("/applications")
@Transactional(Transactional.TxType.NOT_SUPPORTED)
@RolesAllowed({ Role.APPLICANT_NAME, Role.REPRESENTATIVE_NAME, Role.FRONTOFFICE_NAME })
public class ComplaintFiling extends Controller {

    @Inject
    CurrentUser currentUser;

    @Inject
    ApplicationAccess access;

    @Inject
    Complaints complaints;

    @Inject
    CaseEvents events;

    @CheckedTemplate
    static class Templates {
        /** {@code refusal}: why no complaint can be filed now (the form is then not offered), or null. */
        static native TemplateInstance form(Application app, Map<String, String> form, Map<String, String> errors,
                String refusal, LocalDate filingEnds, String addressee);
    }

    @GET
    @Path("{id}/complaint")
    public TemplateInstance form(@RestPath long id) {
        Application app = visible(id);
        ComplaintRefused.Reason refusal = complaints.refusalToFile(app);
        return page(app, ComplaintForm.empty().typed(), Map.of(), refusal);
    }

    @POST
    @Path("{id}/complaint")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Transactional(Transactional.TxType.NOT_SUPPORTED)
    public Object file(@RestPath long id, @RestForm @MultiLine String text,
            @RestForm("files") List<FileUpload> files) {
        Application app = visible(id);
        FormErrors errors = new FormErrors(i18n);
        ComplaintForm form = ComplaintForm.read(text, files, errors);
        if (errors.any()) {
            return page(app, form.typed(), errors.map(), complaints.refusalToFile(app));
        }
        Complaint filed;
        try {
            filed = complaints.file(app.id, form, currentUser.getLogin(), access.roleName());
        } catch (ComplaintRefused refused) {
            // the page shows the case as the other request left it, not as this one first read it
            Complaint.getEntityManager().clear();
            return page(visible(id), form.typed(), Map.of(), refused.reason());
        }
        flash("message", i18n.formatMessage("complaint.filed", filed.reference));
        return Response.seeOther(Router.getURI(Applications::detail, app.id)).build();
    }

    /** A file of one of the case's complaints, to the filer only; always a download, never rendered by the browser. */
    @GET
    @Path("{id}/complaints/{complaintId}/documents/{documentId}")
    public Response download(@RestPath long id, @RestPath long complaintId, @RestPath long documentId) {
        Application app = visible(id);
        Complaint complaint = Complaint.<Complaint>findByIdOptional(complaintId)
                .filter(c -> c.application.id.equals(app.id)).orElseThrow(NotFoundException::new);
        ComplaintDocument document = ComplaintDocument.find(complaint.id, documentId)
                .orElseThrow(NotFoundException::new);
        byte[] content = document.content;
        events.record(app.id, currentUser.getLogin(), access.roleName(), EventKind.DOCUMENT_DOWNLOADED,
                document.auditDetail(complaint.reference));
        return Downloads.attachment(content, document.mediaType, document.fileName);
    }

    private TemplateInstance page(Application app, Map<String, String> typed, Map<String, String> errors,
            ComplaintRefused.Reason refusal) {
        return Templates.form(app, typed, errors, refusal == null ? null : i18n.getMessage(refusal.messageKey()),
                complaints.filingEnds(app), app.region == null ? null
                        : i18n.formatMessage("complaint.form.addressee", app.region.name.in(i18n.getLanguage())));
    }

    private Application visible(long id) {
        Application app = access.find(id).orElseThrow(NotFoundException::new);
        if (app.reference == null) {
            throw new NotFoundException(); // a draft: nothing was decided, nothing to complain about
        }
        return app;
    }
}
