package kz.iinportal.review;

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
import kz.iinportal.application.ApplicationEvent;
import kz.iinportal.application.CaseEvents;
import kz.iinportal.application.EventDetail;
import kz.iinportal.application.EventKind;
import kz.iinportal.application.Service;
import kz.iinportal.certificate.Certificate;
import kz.iinportal.certificate.CertificateAccess;
import kz.iinportal.documents.ApplicationDocument;
import kz.iinportal.documents.DocumentInfo;
import kz.iinportal.documents.DocumentStore;
import kz.iinportal.notice.Notice;
import kz.iinportal.notice.Notices;
import kz.iinportal.staff.Staff;
import kz.iinportal.web.CurrentUser;
import kz.iinportal.web.MultiLine;
import kz.iinportal.web.Pagination;
import kz.iinportal.web.Role;

/**
 * The review page of one case for an operator of its territorial body: the application's data beside its documents,
 * the timeline, an ACTIVE IIN already registered for the same document, duplicate candidates in the register, the
 * person's earlier applications and for a correction the named IIN's status ({@link SamePerson}), and the decision
 * forms. Opening the page is recorded in the case's timeline (personal data was viewed).
 */
@Path("/review/case")
@Transactional(Transactional.TxType.NOT_SUPPORTED)
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

    @Inject
    CaseEvents events;

    @Inject
    CertificateAccess certificateAccess;

    @Inject
    Notices notices;

    /** Flash key of a refused accept's reason, shown on the case page it redirects to. */
    static final String DECISION_ERROR = "decisionError";

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance index(Application app, List<DocumentInfo> documents,
                List<ApplicationEvent.Step> timeline, ApplicationEvent.Views views, String assigneeName,
                Certificate certificate, List<Notice> notices, SamePerson.Candidate sameDocument, String login,
                Map<String, String> errors,
                Map<String, String> form, SamePerson.Findings same, IdentityCheck identity);

        static native TemplateInstance history(Application app, List<ApplicationEvent.Step> events, long total,
                Pagination pages);
    }

    /** Events on a page of a case's history. */
    static final int HISTORY_PAGE = 50;

    @GET
    @Path("{id}")
    public TemplateInstance index(@RestPath long id) {
        // A refused accept comes back here (redirect after POST) with its reason.
        String refused = flash.get(DECISION_ERROR);
        return shown(id, refused == null ? Map.of() : Map.of("decision", refused), Map.of());
    }

    /**
     * Every event of the case, views included, newest first and paged: the audit the review page sums up in one
     * line. Same access as the review page (other bodies' cases: 404). Opening it is not recorded as a view: it shows
     * who did what to the case, not the applicant's personal data.
     */
    @GET
    @Path("{id}/history")
    public TemplateInstance history(@RestPath long id, @RestQuery String page) {
        Application app = cases.find(id);
        int wanted = Pagination.parse(page);
        ApplicationEvent.History first = ApplicationEvent.history(app.id, wanted, HISTORY_PAGE);
        int current = Pagination.clamp(wanted, Pagination.lastPage(first.total(), HISTORY_PAGE));
        // A page past the end shows the last one (a link typed or kept while nothing was added).
        ApplicationEvent.History shown = current == wanted ? first
                : ApplicationEvent.history(app.id, current, HISTORY_PAGE);
        Pagination pages = Pagination.of(current, shown.total(), HISTORY_PAGE,
                n -> Router.getURI(CaseReview::history, id, n == 1 ? null : String.valueOf(n)));
        return Templates.history(app, shown.steps(), shown.total(), pages);
    }

    /** Someone typed or bookmarked a decision's address: there is nothing to decide by GET, show the case. */
    @GET
    @Path("{id}/{decision:accept|refuse}")
    public Response decisionAddress(@RestPath long id) {
        cases.find(id);
        return Response.seeOther(Router.getURI(CaseReview::index, id)).build();
    }

    /**
     * Accepts the case. The decision's transaction has ended, committed or rolled back, before anything else
     * happens; a refused decision comes back to the case page with its reason (nothing was typed that could be lost).
     */
    @POST
    @Path("{id}/accept")
    @Transactional(Transactional.TxType.NOT_SUPPORTED)
    public Response accept(@RestPath long id, @RestForm long version) {
        cases.find(id);
        try {
            decisions.accept(id, version, currentUser.getLogin());
            flash("message", i18n.getMessage("review.decided"));
        } catch (DecisionException e) {
            flash(DECISION_ERROR, reasonText(e));
        }
        return Response.seeOther(Router.getURI(CaseReview::index, id)).build();
    }

    /**
     * Refuses the case. A refused refusal is shown again with everything the operator typed (the comment can be
     * long, too long for a redirect's flash cookie); sending that page again is harmless, since it is refused again
     * for the same reason.
     */
    @POST
    @Path("{id}/refuse")
    @Transactional(Transactional.TxType.NOT_SUPPORTED)
    public Object refuse(@RestPath long id, @RestForm long version, @RestForm String ground,
            @RestForm @MultiLine String comment, @RestForm String registeredIin) {
        cases.find(id);
        RefusalForm form = RefusalForm.read(ground, comment, registeredIin);
        Map<String, String> typed = form.typed();
        if (form.ground() == null) {
            return shown(id, Map.of("ground", i18n.getMessage("review.error.ground")), typed);
        }
        if (form.comment() != null && form.comment().length() > RefusalForm.MAX_COMMENT) {
            return shown(id, Map.of("comment", i18n.getMessage("apply.error.tooLong")), typed);
        }
        try {
            decisions.refuse(id, version, currentUser.getLogin(), form.ground(), form.comment(),
                    form.registeredIin());
        } catch (DecisionException e) {
            String field = switch (e.reason()) {
                case COMMENT_REQUIRED -> "comment";
                case IIN_NOT_AMONG_CANDIDATES -> "registeredIin";
                default -> "decision";
            };
            return shown(id, Map.of(field, reasonText(e)), typed);
        }
        flash("message", i18n.getMessage("review.decided"));
        return Response.seeOther(Router.getURI(CaseReview::index, id)).build();
    }

    /** A document of the case, shown inline for the operator (images and PDFs open in the browser). */
    @GET
    @Path("{id}/documents/{documentId}")
    public Response document(@RestPath long id, @RestPath long documentId) {
        Application app = cases.find(id);
        ApplicationDocument document = documents.find(app.id, documentId).orElseThrow(NotFoundException::new);
        byte[] content = document.content;
        events.record(app.id, currentUser.getLogin(), Role.OPERATOR_NAME, EventKind.DOCUMENT_OPENED,
                EventDetail.document(document));
        return Response.ok(content, document.mediaType).header("Content-Disposition", "inline")
                .header("Cache-Control", "no-store").build();
    }

    private String reasonText(DecisionException e) {
        return i18n.getMessage("review.error." + e.reason().name());
    }

    /**
     * The case page (again, after a refused refusal): every showing of the case's data is recorded as a view, after
     * the page's reads and in a transaction of its own.
     */
    private TemplateInstance shown(long id, Map<String, String> errors, Map<String, String> typed) {
        TemplateInstance page = page(cases.find(id), errors, typed);
        events.record(id, currentUser.getLogin(), Role.OPERATOR_NAME, EventKind.VIEWED, null);
        return page;
    }

    private TemplateInstance page(Application app, Map<String, String> errors, Map<String, String> form) {
        SamePerson.Findings same = samePerson.of(app, cases.body());
        // The warning matters while a formation is open; a correction's own IIN is held under the applicant's
        // document (that is what makes it theirs).
        SamePerson.Candidate sameDocument = app.status.isPending() && app.service == Service.FORMATION
                ? same.activeWithSameDocument()
                : null;
        // Everything the page shows is read here, before the view is recorded: the template calls no service and
        // walks no entity graph, and the timeline is its steps plus one line for the views, however many.
        return Templates.index(app, documents.list(app.id), ApplicationEvent.stepsWithoutViews(app.id),
                ApplicationEvent.views(app.id), app.assignedTo == null ? null : Staff.fullNameOf(app.assignedTo),
                certificateAccess.of(app), notices.of(app), sameDocument, currentUser.getLogin(), errors, form, same,
                IdentityCheck.of(app, same));
    }

}
