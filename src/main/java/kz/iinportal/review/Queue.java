package kz.iinportal.review;

import java.net.URI;
import java.time.OffsetDateTime;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Response;

import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;

import io.quarkiverse.renarde.Controller;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import kz.iinportal.calendar.Deadline;
import kz.iinportal.staff.TerritorialBody;
import kz.iinportal.web.CurrentUser;
import kz.iinportal.web.Kazakhstan;
import kz.iinportal.web.LocalRedirect;
import kz.iinportal.web.Role;

/**
 * The operator's home: the queue of their territorial body's cases in deadline order, with filters, search, counts
 * and "Assign to me" / "Release". A case of another body does not exist for them (404).
 */
@Path("/review")
@Transactional(Transactional.TxType.NOT_SUPPORTED)
@RolesAllowed(Role.OPERATOR_NAME)
public class Queue extends Controller {

    @Inject
    Assignments assignments;

    @Inject
    CurrentUser currentUser;

    @Inject
    BodyCases cases;

    @Inject
    ReviewQueue queue;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance index(TerritorialBody body, List<Row> rows, String next,
                ReviewQueue.Counts counts, QueueFilter filter, String login);
    }

    /** A case as the queue shows it, with its deadline (none for a case without due_at) and how urgent it is. */
    public record Row(QueueCase app, Deadline deadline, boolean overdue, boolean dueToday) {

        static Row of(QueueCase app, OffsetDateTime now) {
            Deadline deadline = app.deadline();
            return deadline == null ? new Row(app, null, false, false)
                    : new Row(app, deadline, deadline.overdueAt(now), deadline.dueTodayAt(now));
        }
    }

    @GET
    @Path("")
    public TemplateInstance index(@RestQuery String status, @RestQuery String service, @RestQuery String assigned,
            @RestQuery String overdue, @RestQuery String q, @RestQuery String after) {
        TerritorialBody body = cases.body();
        if (body == null) {
            return Templates.index(null, List.of(), null, null, QueueFilter.parse(null, null, null, null, null),
                    currentUser.getLogin());
        }
        OffsetDateTime now = Kazakhstan.now();
        QueueFilter filter = QueueFilter.parse(status, service, assigned, overdue, q);
        ReviewQueue.Page page = queue.page(body, filter, currentUser.getLogin(), after, now);
        List<Row> rows = page.cases().stream().map(a -> Row.of(a, now)).toList();
        return Templates.index(body, rows, page.next(), queue.counts(body, currentUser.getLogin(), now), filter,
                currentUser.getLogin());
    }

    /** Back to the queue page the operator acted from (its filters, search and page), never elsewhere. */
    static String backToQueue(String back) {
        return back != null && back.startsWith("/review") && LocalRedirect.isSafe(back) ? back : "/review";
    }

    @POST
    @Path("{id}/assign")
    @Transactional(Transactional.TxType.NOT_SUPPORTED)
    public Response assign(@RestPath long id, @RestForm String back) {
        return toQueue(assignments.assign(id, currentUser.getLogin()), back);
    }

    @POST
    @Path("{id}/release")
    @Transactional(Transactional.TxType.NOT_SUPPORTED)
    public Response release(@RestPath long id, @RestForm String back) {
        return toQueue(assignments.release(id, currentUser.getLogin()), back);
    }

    /** What the assign or release did, said on the queue page the operator acted from. */
    private Response toQueue(Assignments.Outcome outcome, String back) {
        flash("message", i18n.getMessage(outcome.messageKey()));
        return Response.seeOther(URI.create(backToQueue(back))).build();
    }

}
