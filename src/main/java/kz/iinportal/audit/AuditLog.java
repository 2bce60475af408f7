package kz.iinportal.audit;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.transaction.Transactional;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;

import org.jboss.resteasy.reactive.RestQuery;

import io.agroal.api.AgroalDataSource;
import io.quarkiverse.renarde.Controller;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import kz.iinportal.web.Role;

/** The supervisor's view of the audit log: the latest events of all bodies, newest first, and the chain check. */
@Path("/supervisor/audit")
@RolesAllowed(Role.SUPERVISOR_NAME)
@Transactional(Transactional.TxType.NOT_SUPPORTED)
public class AuditLog extends Controller {

    static final int PAGE = 50;

    @Inject
    EntityManager em;

    @Inject
    AgroalDataSource dataSource;

    /** One event as the log shows it, with the case's reference when the case still exists. */
    public record Entry(long seq, String reference, long applicationId, java.time.OffsetDateTime at, String actor,
            String actorRole, String kind, String fromStatus, String toStatus, String detail, String hash) {
        public String shortHash() {
            return hash.substring(0, 12);
        }

        public kz.iinportal.application.EventDetail details() {
            return kz.iinportal.application.EventDetail.parse(detail);
        }
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance index(List<Entry> entries, Long older, AuditChain.Report report);
    }

    @GET
    @Path("")
    public TemplateInstance index(@RestQuery Long before) {
        return page(before, null);
    }

    /** Runs the check; a GET because it changes nothing and the result is a page one may reload. */
    @GET
    @Path("verification")
    public TemplateInstance verification() throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            return page(null, AuditChain.verify(connection));
        }
    }

    private TemplateInstance page(Long before, AuditChain.Report report) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                SELECT e.seq, a.reference, e.application_id, e.at, e.actor, e.actor_role, e.kind, e.from_status,
                       e.to_status, e.detail, e.hash
                FROM application_event e LEFT JOIN application a ON a.id = e.application_id
                WHERE e.seq < :before ORDER BY e.seq DESC LIMIT :limit""")
                .setParameter("before", before == null || before < 1 ? Long.MAX_VALUE : before)
                .setParameter("limit", PAGE + 1).getResultList();
        List<Entry> entries = rows.stream().limit(PAGE).map(r -> new Entry(((Number) r[0]).longValue(), (String) r[1],
                ((Number) r[2]).longValue(), toOffset(r[3]), (String) r[4], (String) r[5], (String) r[6],
                (String) r[7], (String) r[8], (String) r[9], (String) r[10])).toList();
        Long older = rows.size() > PAGE ? entries.get(PAGE - 1).seq() : null;
        return Templates.index(entries, older, report);
    }

    private static java.time.OffsetDateTime toOffset(Object value) {
        if (value instanceof java.time.OffsetDateTime odt) {
            return odt;
        }
        if (value instanceof java.time.Instant instant) {
            return instant.atOffset(java.time.ZoneOffset.UTC);
        }
        return ((java.sql.Timestamp) value).toInstant().atOffset(java.time.ZoneOffset.UTC);
    }
}
