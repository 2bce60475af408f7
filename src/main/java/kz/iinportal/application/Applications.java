package kz.iinportal.application;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
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

import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;

import io.quarkiverse.renarde.Controller;
import io.quarkiverse.renarde.router.Router;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import kz.iinportal.documents.ApplicationDocument;
import kz.iinportal.documents.DocumentInfo;
import kz.iinportal.documents.DocumentStore;
import kz.iinportal.web.FormErrors;
import kz.iinportal.web.Pagination;
import kz.iinportal.web.Role;

/**
 * "My applications": the applications the signed-in person filed (a front-office employee: those of their centre), a
 * page at a time, each with its timeline, withdrawal and draft deletion.
 */
@Path("/applications")
@Transactional(Transactional.TxType.NOT_SUPPORTED)
@RolesAllowed({ Role.APPLICANT_NAME, Role.REPRESENTATIVE_NAME, Role.FRONTOFFICE_NAME })
public class Applications extends Controller {

    @Inject
    Submission submission;

    @Inject
    ApplicationAccess access;

    @Inject
    DocumentStore documents;

    @Inject
    Drafts drafts;

    @Inject
    CaseEvents events;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance index(List<ListedApplication> drafts, List<ListedApplication> sent,
                Pagination pages, String range, String search, String reference, List<ListedApplication> found,
                Map<String, String> errors);

        static native TemplateInstance detail(Application app, List<ApplicationEvent> timeline, String nextStep,
                List<DocumentInfo> documents);

        static native TemplateInstance withdrawal(Application app);
    }

    /**
     * The drafts apart, then the sent applications a page at a time, the most recently sent first; or, searched by
     * reference number (typed in any case, with or without spaces and hyphens), that one application.
     */
    @GET
    @Path("")
    public TemplateInstance index(@RestQuery String q, @RestQuery String page) {
        String search = q == null || q.isBlank() ? null : q.strip();
        String reference = search == null ? null : ReferenceNumber.normalize(search);
        if (reference != null) {
            return Templates.index(List.of(), List.of(), null, null, search, reference,
                    access.sentWithReference(reference).map(ListedApplication::of).stream().toList(), Map.of());
        }
        FormErrors errors = new FormErrors(i18n);
        if (search != null) {
            errors.add("q", "applications.search.error.format");
        }
        ListedApplication.Page listed = access.listed(Pagination.parse(page));
        List<ListedApplication> sent = listed.sent();
        Pagination pages = Pagination.of(listed.page(), listed.total(), ApplicationAccess.PAGE_SIZE,
                n -> Router.getURI(Applications::index, null, n == 1 ? null : String.valueOf(n)));
        long first = (long) (listed.page() - 1) * ApplicationAccess.PAGE_SIZE + 1;
        String range = sent.isEmpty() ? null
                : i18n.formatMessage("applications.sent.range", first, first + sent.size() - 1, listed.total());
        return Templates.index(listed.drafts(), sent, pages, range, search, null, List.of(), errors.map());
    }

    @GET
    @Path("{id}")
    public TemplateInstance detail(@RestPath long id) {
        Application app = owned(id);
        List<String> missing = submission.missingAnswers(app);
        String next = app.status != ApplicationStatus.DRAFT ? null
                : Journey.uri(app.id, Step.ofId(missing.isEmpty() ? "check" : missing.get(0))).toString();
        return Templates.detail(app,
                ApplicationEvent.timeline(app).stream().filter(e -> e.kind.shownToFiler()).toList(),
                next, documents.list(app.id));
    }

    /** A document of the case, to its filer only; always as a download, never rendered by the browser. */
    @GET
    @Path("{id}/documents/{documentId}")
    public Response download(@RestPath long id, @RestPath long documentId) {
        Application app = owned(id);
        ApplicationDocument document = documents.find(app.id, documentId).orElseThrow(NotFoundException::new);
        byte[] content = document.content;
        events.record(app.id, access.login(), access.roleName(), EventKind.DOCUMENT_DOWNLOADED,
                EventDetail.document(document));
        return Response.ok(content, document.mediaType)
                .header("Content-Disposition", "attachment; filename=\"" + asciiName(document.fileName)
                        + "\"; filename*=UTF-8''" + URLEncoder.encode(document.fileName, StandardCharsets.UTF_8)
                                .replace("+", "%20"))
                .header("Cache-Control", "no-store").build();
    }

    /**
     * Withdrawing asks first, on a page of its own that says what it means (a page, not a script's dialog: it works
     * without JavaScript and with every screen reader); its form sends {@link #withdraw}. A case that can no longer be
     * withdrawn goes back to its page with the reason.
     */
    @GET
    @Path("{id}/withdraw")
    public Object withdrawal(@RestPath long id) {
        Application app = owned(id);
        if (!app.status.isPending()) {
            flash("error", i18n.getMessage("applications.withdraw.notPending"));
            return Response.seeOther(Router.getURI(Applications::detail, id)).build();
        }
        return Templates.withdrawal(app);
    }

    @POST
    @Path("{id}/withdraw")
    @Transactional(Transactional.TxType.NOT_SUPPORTED)
    public Response withdraw(@RestPath long id) {
        Application app = owned(id);
        if (submission.withdraw(id, access.login(), access.roleName())) {
            flash("message", i18n.getMessage(app.voice().key("applications.withdrawn")));
        } else {
            flash("error", i18n.getMessage("applications.withdraw.notPending"));
        }
        return Response.seeOther(Router.getURI(Applications::detail, id)).build();
    }

    @POST
    @Path("{id}/delete")
    @Transactional(Transactional.TxType.NOT_SUPPORTED)
    public Response deleteDraft(@RestPath long id) {
        Voice voice = owned(id).voice();
        try {
            drafts.delete(id, access.login(), access.roleName());
        } catch (DraftClosed submitted) {
            flash("message", i18n.getMessage("apply.error.draftClosed"));
            return Response.seeOther(Router.getURI(Applications::detail, id)).build();
        }
        flash("message", i18n.getMessage(voice.key("applications.deleted")));
        return Response.seeOther(Router.getURI(Applications::index, null, null)).build();
    }

    private static String asciiName(String name) {
        return name.replaceAll("[^A-Za-z0-9._ -]", "_");
    }

    /** 404, not 403, for someone else's application: a reference must not be confirmed to exist. */
    private Application owned(long id) {
        return access.find(id).orElseThrow(NotFoundException::new);
    }
}
