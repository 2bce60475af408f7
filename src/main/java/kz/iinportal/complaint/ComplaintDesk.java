package kz.iinportal.complaint;

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
import kz.iinportal.application.CaseEvents;
import kz.iinportal.application.EventDetail;
import kz.iinportal.application.EventKind;
import kz.iinportal.documents.ApplicationDocument;
import kz.iinportal.documents.DocumentInfo;
import kz.iinportal.documents.DocumentStore;
import kz.iinportal.staff.Staff;
import kz.iinportal.web.CurrentUser;
import kz.iinportal.web.FormErrors;
import kz.iinportal.web.MultiLine;
import kz.iinportal.web.Role;

/**
 * The heads' side of complaints: the complaints on cases of the bodies the signed-in supervisor heads (open ones
 * first, by due date), one complaint with the refusal and the case's documents beside it, and the answer. A complaint
 * on another body's case is 404, as if it did not exist.
 */
@Path("/supervisor/complaints")
@Transactional(Transactional.TxType.NOT_SUPPORTED)
@RolesAllowed(Role.SUPERVISOR_NAME)
public class ComplaintDesk extends Controller {

    static final int PAGE = 100;

    @Inject
    CurrentUser currentUser;

    @Inject
    Complaints complaints;

    @Inject
    DocumentStore documents;

    @Inject
    CaseEvents events;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance index(List<Complaint> complaints, boolean headsABody, Integer nextPage);

        static native TemplateInstance complaint(Complaint complaint, Application app, String refusedBy,
                String answeredBy, List<ComplaintDocument> files, List<DocumentInfo> caseDocuments,
                Map<String, String> outcomes, Map<String, String> form, Map<String, String> errors, String refusal);
    }

    @GET
    @Path("")
    public TemplateInstance index(@RestQuery("page") int pageNumber) {
        int current = Math.min(Math.max(0, pageNumber), 100_000); // a page number from the URL, kept in range
        List<String> bodies = BodyHead.bodiesOf(currentUser.getLogin());
        // a page and one more: is there a next page?
        List<Complaint> found = Complaint.ofBodies(bodies, current * PAGE, PAGE + 1);
        return Templates.index(found.stream().limit(PAGE).toList(), !bodies.isEmpty(),
                found.size() > PAGE ? current + 1 : null);
    }

    @GET
    @Path("{id}")
    public TemplateInstance complaint(@RestPath long id) {
        return page(headed(id), AnswerForm.empty().typed(), Map.of(), null);
    }

    @POST
    @Path("{id}/answer")
    @Transactional(Transactional.TxType.NOT_SUPPORTED)
    public Object answer(@RestPath long id, @RestForm String outcome, @RestForm @MultiLine String reasons) {
        Complaint complaint = headed(id);
        FormErrors errors = new FormErrors(i18n);
        AnswerForm form = AnswerForm.read(outcome, reasons, errors);
        if (errors.any()) {
            return page(complaint, form.typed(), errors.map(), null);
        }
        try {
            complaints.answer(complaint.id, form, currentUser.getLogin());
        } catch (ComplaintRefused refused) {
            // the page shows the complaint as the other answer left it, not as this request first read it
            Complaint.getEntityManager().clear();
            return page(headed(id), form.typed(), Map.of(), i18n.getMessage(refused.reason().messageKey()));
        }
        flash("message", i18n.getMessage("complaint.answered." + form.outcome()));
        return Response.seeOther(Router.getURI(ComplaintDesk::complaint, complaint.id)).build();
    }

    /** A file the filer attached to the complaint; the opening is in the case's audit. */
    @GET
    @Path("{id}/documents/{documentId}")
    public Response document(@RestPath long id, @RestPath long documentId) {
        Complaint complaint = headed(id);
        ComplaintDocument document = ComplaintDocument.find(complaint.id, documentId)
                .orElseThrow(NotFoundException::new);
        byte[] content = document.content;
        events.record(complaint.application.id, currentUser.getLogin(), Role.SUPERVISOR_NAME,
                EventKind.DOCUMENT_OPENED, document.auditDetail(complaint.reference));
        return Downloads.attachment(content, document.mediaType, document.fileName);
    }

    /** A document of the case the refusal was made on; the opening is in the case's audit. */
    @GET
    @Path("{id}/case-documents/{documentId}")
    public Response caseDocument(@RestPath long id, @RestPath long documentId) {
        Complaint complaint = headed(id);
        ApplicationDocument document = documents.find(complaint.application.id, documentId)
                .orElseThrow(NotFoundException::new);
        byte[] content = document.content;
        events.record(complaint.application.id, currentUser.getLogin(), Role.SUPERVISOR_NAME,
                EventKind.DOCUMENT_OPENED, EventDetail.document(document));
        return Downloads.attachment(content, document.mediaType, document.fileName);
    }

    private TemplateInstance page(Complaint complaint, Map<String, String> form, Map<String, String> errors,
            String refusal) {
        Application app = complaint.application;
        TemplateInstance page = Templates.complaint(complaint, app, staffName(complaint.refusedBy),
                complaint.answeredBy == null ? null : staffName(complaint.answeredBy),
                ComplaintDocument.ofComplaint(complaint.id), documents.list(app.id), outcomes(), form, errors,
                refusal);
        // the head reads the applicant's personal data: in the case's audit, as when an operator opens it
        events.record(app.id, currentUser.getLogin(), Role.SUPERVISOR_NAME, EventKind.VIEWED, null);
        return page;
    }

    private Map<String, String> outcomes() {
        Map<String, String> options = new LinkedHashMap<>();
        options.put(ComplaintStatus.UPHELD.name(), i18n.getMessage("complaint.answer.option.UPHELD"));
        options.put(ComplaintStatus.REJECTED.name(), i18n.getMessage("complaint.answer.option.REJECTED"));
        return options;
    }

    /** The complaint when the signed-in supervisor heads the body of its case; 404 otherwise. */
    private Complaint headed(long id) {
        Complaint complaint = Complaint.findById(id);
        if (complaint == null || complaint.application.region == null
                || !BodyHead.bodiesOf(currentUser.getLogin()).contains(complaint.application.region.code)) {
            throw new NotFoundException();
        }
        return complaint;
    }

    private static String staffName(String login) {
        Staff staff = Staff.findById(login);
        return staff == null ? login : staff.fullName;
    }
}
