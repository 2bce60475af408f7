package kz.iinportal.application;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;

import jakarta.ws.rs.core.Response;

import io.quarkiverse.renarde.router.Router;
import io.quarkus.qute.TemplateExtension;

/**
 * The order of an application's steps, which depends on what it is and who files it: the service; the authority for a
 * representative; the IIN to correct for a correction; then the person, the identity document, the stay, the
 * uploads and the check. Continue goes to the next step and Back to the one before, both from here, so the order is
 * written once.
 */
final class Journey {

    private Journey() {
    }

    static List<Step> steps(Application app) {
        List<Step> steps = new ArrayList<>(List.of(Step.values()));
        if (app.filer != Filer.REPRESENTATIVE) {
            steps.remove(Step.AUTHORITY);
        }
        if (app.service != Service.CORRECTION) {
            steps.remove(Step.CORRECTION);
        }
        return steps;
    }

    /** The step after {@code step} (by the order of {@link Step}, also from a step this application skips). */
    static Step after(Application app, Step step) {
        return steps(app).stream().filter(s -> s.compareTo(step) > 0).findFirst().orElse(Step.CHECK);
    }

    /**
     * The Back link of a step's page: the step before it; from the service question, the draft's own page (where it
     * can be resumed or deleted).
     */
    @TemplateExtension
    static URI stepBefore(Application app, Step step) {
        Step before = null;
        for (Step s : steps(app)) {
            if (s.compareTo(step) < 0) {
                before = s;
            }
        }
        return before == null ? Router.getURI(Applications::detail, app.id) : uri(app.id, before);
    }

    /** After a step: the page of the next one, as redirect-after-POST. */
    static Response redirect(Application app, Step step) {
        return Response.seeOther(uri(app.id, step)).build();
    }

    /** The page of a step. */
    static URI uri(long id, Step step) {
        return switch (step) {
            case SERVICE -> Router.getURI(Apply::service, id);
            case AUTHORITY -> Router.getURI(Apply::authority, id);
            case CORRECTION -> Router.getURI(Apply::correction, id);
            case PERSON -> Router.getURI(ApplyPerson::person, id);
            case DOCUMENT -> Router.getURI(Apply::document, id);
            case STAY -> Router.getURI(Apply::stay, id);
            case DOCUMENTS -> Router.getURI(ApplyCheck::documents, id);
            case CHECK -> Router.getURI(ApplyCheck::check, id);
        };
    }
}
