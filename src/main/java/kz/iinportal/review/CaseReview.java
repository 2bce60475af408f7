package kz.iinportal.review;

import java.net.URI;
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
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import kz.iinportal.application.Application;
import kz.iinportal.application.ApplicationEvent;
import kz.iinportal.application.RefusalGround;
import kz.iinportal.documents.ApplicationDocument;
import kz.iinportal.documents.DocumentInfo;
import kz.iinportal.documents.DocumentStore;
import kz.iinportal.web.CurrentUser;
import kz.iinportal.web.Role;

/**
 * The review page of one case for an operator of its territorial body: the application's data beside its documents,
 * the timeline, an ACTIVE IIN already registered for the same document, duplicate candidates in the register, the
 * person's earlier applications and for a correction the named IIN's status ({@link SamePerson}), and the decision
 * forms. Opening the page is recorded in the case's timeline (personal data was viewed).
 */
@Path("/review/case")
@RolesAllowed(Role.OPERATOR_NAME)
public class CaseReview extends Controller {

    @Inject
    CurrentUser currentUser;

    @Inject
    BodyCases cases;

    @Inject
    Decisions decisions;

    @Inject
    DocumentStore documents;

    @Inject
    SamePerson samePerson;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance index(Application app, List<DocumentInfo> documents,
                List<ApplicationEvent> timeline, SamePerson.Candidate sameDocument, String login,
                Map<String, String> errors,
                Map<String, String> form, SamePerson.Findings same);
    }

    @GET
    @Path("{id}")
    @Transactional
    public TemplateInstance index(@RestPath long id) {
        Application app = cases.find(id);
        app.record(currentUser.getLogin(), Role.OPERATOR_NAME, "VIEWED");
        return page(app, Map.of(), Map.of());
    }

    @POST
    @Path("{id}/accept")
    public Object accept(@RestPath long id, @RestForm long version) {
        cases.find(id);
        try {
            decisions.accept(id, version, currentUser.getLogin());
        } catch (DecisionException e) {
            return again(id, Map.of("decision", reasonText(e)), Map.of());
        }
        flash("message", i18n.getMessage("review.decided"));
        return Response.seeOther(URI.create("/review/case/" + id)).build();
    }

    @POST
    @Path("{id}/refuse")
    public Object refuse(@RestPath long id, @RestForm long version, @RestForm String ground,
            @RestForm String comment, @RestForm String registeredIin) {
        cases.find(id);
        RefusalGround chosen = null;
        for (RefusalGround g : RefusalGround.values()) {
            if (g.name().equals(ground)) {
                chosen = g;
            }
        }
        // What the operator typed comes back with any error, so nothing has to be entered twice.
        Map<String, String> typed = Map.of("ground", nz(ground), "comment", nz(comment), "registeredIin",
                nz(registeredIin));
        if (chosen == null) {
            return again(id, Map.of("ground", i18n.getMessage("review.error.ground")), typed);
        }
        if (comment != null && comment.length() > 2000) {
            return again(id, Map.of("comment", i18n.getMessage("apply.error.tooLong")), typed);
        }
        try {
            decisions.refuse(id, version, currentUser.getLogin(), chosen, comment, registeredIin);
        } catch (DecisionException e) {
            String field = switch (e.reason()) {
                case COMMENT_REQUIRED -> "comment";
                case IIN_REQUIRED, IIN_WAS_CORRECTED, IIN_NOT_THE_APPLICANTS -> "registeredIin";
                default -> "decision";
            };
            return again(id, Map.of(field, reasonText(e)), typed);
        }
        flash("message", i18n.getMessage("review.decided"));
        return Response.seeOther(URI.create("/review/case/" + id)).build();
    }

    /** A document of the case, shown inline for the operator (images and PDFs open in the browser). */
    @GET
    @Path("{id}/documents/{documentId}")
    @Transactional
    public Response document(@RestPath long id, @RestPath long documentId) {
        Application app = cases.find(id);
        ApplicationDocument document = documents.find(app.id, documentId).orElseThrow(NotFoundException::new);
        app.record(currentUser.getLogin(), Role.OPERATOR_NAME, "DOCUMENT_OPENED", document.auditDetail());
        return Response.ok(document.content, document.mediaType).header("Content-Disposition", "inline")
                .header("Cache-Control", "no-store").build();
    }

    private String reasonText(DecisionException e) {
        return i18n.getMessage("review.error." + e.reason().name());
    }

    /** The page again after a refused decision; showing the case's data again is recorded as a view as well. */
    private TemplateInstance again(long id, Map<String, String> errors, Map<String, String> typed) {
        String login = currentUser.getLogin();
        QuarkusTransaction.requiringNew().run(
                () -> Application.<Application>findById(id).record(login, Role.OPERATOR_NAME, "VIEWED"));
        return page(Application.findById(id), errors, typed);
    }

    private static String nz(String value) {
        return value == null ? "" : value;
    }

    private TemplateInstance page(Application app, Map<String, String> errors, Map<String, String> form) {
        SamePerson.Findings same = samePerson.of(app, cases.body());
        // The warning matters while the case is open.
        SamePerson.Candidate sameDocument = app.status.isPending() ? same.activeWithSameDocument() : null;
        return Templates.index(app, documents.list(app.id), ApplicationEvent.timeline(app), sameDocument,
                currentUser.getLogin(), errors, form, same);
    }

}
