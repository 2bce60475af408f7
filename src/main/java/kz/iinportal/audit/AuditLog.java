package kz.iinportal.audit;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Response;

import org.jboss.resteasy.reactive.RestQuery;

import io.agroal.api.AgroalDataSource;
import io.quarkiverse.renarde.Controller;
import io.quarkiverse.renarde.router.Router;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import kz.iinportal.application.ApplicationEvent;
import kz.iinportal.web.CurrentUser;
import kz.iinportal.web.Role;

/**
 * The supervisor's view of the audit log: the latest events of all bodies, newest first, the latest administration
 * changes (staff, calendar, rules), and the check of both chains.
 */
@Path("/supervisor/audit")
@RolesAllowed(Role.SUPERVISOR_NAME)
@Transactional(Transactional.TxType.NOT_SUPPORTED)
public class AuditLog extends Controller {

    static final int PAGE = 50;
    static final int ADMIN_PAGE = 20;

    @Inject
    AgroalDataSource dataSource;

    @Inject
    Checkpoints checkpoints;

    @Inject
    CurrentUser currentUser;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance index(List<ApplicationEvent.LogEntry> entries, Long older,
                AuditChain.Report report, List<AdminEvent> adminEntries, AuditChain.Report adminReport,
                Optional<Checkpoints.Status> checkpoint);
    }

    @GET
    @Path("")
    public TemplateInstance index(@RestQuery Long before) {
        return page(before, null, null);
    }

    /** Runs the check; a GET because it changes nothing and the result is a page one may reload. */
    @GET
    @Path("verification")
    public TemplateInstance verification() throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            return page(null, AuditChain.verify(connection), AdminChain.verify(connection));
        }
    }

    /**
     * Writes a checkpoint of both chains' ends now (before a risky maintenance, say), recorded in the administration
     * audit; the page then shows it.
     */
    @POST
    @Transactional(Transactional.TxType.NOT_SUPPORTED)
    @Path("checkpoint")
    public Response checkpoint() {
        try {
            CheckpointLine line = checkpoints.writeOnDemand(currentUser.getLogin());
            flash("message", i18n.formatMessage("checkpoint.written", line.n()));
        } catch (Checkpoints.DamagedFile e) {
            flash("error", i18n.getMessage("checkpoint.damaged"));
        }
        return Response.seeOther(Router.getURI(AuditLog::index, (Long) null)).build();
    }

    private TemplateInstance page(Long before, AuditChain.Report report, AuditChain.Report adminReport) {
        List<ApplicationEvent.LogEntry> rows = ApplicationEvent.auditLog(before, PAGE + 1);
        List<ApplicationEvent.LogEntry> entries = rows.stream().limit(PAGE).toList();
        Long older = rows.size() > PAGE ? entries.get(PAGE - 1).seq() : null;
        return Templates.index(entries, older, report, AdminEvent.latest(ADMIN_PAGE), adminReport,
                checkpoints.status());
    }
}
