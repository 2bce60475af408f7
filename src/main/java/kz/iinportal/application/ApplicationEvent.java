package kz.iinportal.application;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

import org.hibernate.annotations.Immutable;

import io.quarkus.hibernate.orm.panache.PanacheEntity;
import kz.iinportal.web.Role;

/**
 * One step of a case's timeline and, at the same time, an audit event: who (and in which role) did what when, from
 * which status to which. Append-only: the database refuses updates and deletes and chains every new event to the
 * previous one by hash ({@code seq}, {@code prevHash}, {@code hash} are set by the database; see V9 and
 * {@link kz.iinportal.audit.AuditChain}).
 */
@Entity
@Immutable
@Table(name = "application_event")
@NamedQuery(name = "ApplicationEvent.timeline",
        query = "from ApplicationEvent e where e.application = ?1 order by e.at, e.id")
public class ApplicationEvent extends PanacheEntity {

    @ManyToOne(optional = false)
    @JoinColumn(name = "application_id")
    public Application application;

    @Column(nullable = false)
    public OffsetDateTime at;

    @Column(nullable = false)
    public String actor;

    @Column(name = "actor_role", nullable = false)
    public String actorRole;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public EventKind kind;

    @Enumerated(EnumType.STRING)
    @Column(name = "from_status")
    public ApplicationStatus fromStatus;

    @Enumerated(EnumType.STRING)
    @Column(name = "to_status")
    public ApplicationStatus toStatus;

    /**
     * What the step concerned beyond its kind, e.g. the document opened or the operator a case was given to, as
     * {@link EventDetail#encode()} wrote it; read it through {@link #details()}.
     */
    public String detail;

    @Column(insertable = false, updatable = false)
    public Long seq;

    @Column(name = "prev_hash", insertable = false, updatable = false)
    public String prevHash;

    @Column(insertable = false, updatable = false)
    public String hash;

    /** The detail's facts, for the pages to label; {@code null} when the step has none. */
    public EventDetail details() {
        return EventDetail.parse(detail);
    }

    public static List<ApplicationEvent> timeline(Application application) {
        return find("#ApplicationEvent.timeline", application).list();
    }

    /** One event as the audit log shows it, with the case's reference when the case still exists. */
    public record LogEntry(long seq, String reference, long applicationId, OffsetDateTime at, String actor,
            Role actorRole, EventKind kind, ApplicationStatus fromStatus, ApplicationStatus toStatus, String detail,
            String hash) {
        public String shortHash() {
            return hash.substring(0, 12);
        }

        public EventDetail details() {
            return EventDetail.parse(detail);
        }
    }

    /**
     * Up to {@code limit} events of all bodies before the sequence number {@code before} (all when {@code null}),
     * newest first. Native SQL: an event outlives a deleted case, so the join to the case is an outer one.
     */
    public static List<LogEntry> auditLog(Long before, int limit) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = getEntityManager().createNativeQuery("""
                SELECT e.seq, a.reference, e.application_id, e.at, e.actor, e.actor_role, e.kind, e.from_status,
                       e.to_status, e.detail, e.hash
                FROM application_event e LEFT JOIN application a ON a.id = e.application_id
                WHERE e.seq < :before ORDER BY e.seq DESC LIMIT :limit""")
                .setParameter("before", before == null || before < 1 ? Long.MAX_VALUE : before)
                .setParameter("limit", limit).getResultList();
        return rows.stream().map(r -> new LogEntry(((Number) r[0]).longValue(), (String) r[1],
                ((Number) r[2]).longValue(), toOffset(r[3]), (String) r[4], Role.named((String) r[5]),
                EventKind.valueOf((String) r[6]), status(r[7]), status(r[8]), (String) r[9], (String) r[10])).toList();
    }

    private static ApplicationStatus status(Object name) {
        return name == null ? null : ApplicationStatus.valueOf((String) name);
    }

    private static OffsetDateTime toOffset(Object value) {
        if (value instanceof OffsetDateTime odt) {
            return odt;
        }
        if (value instanceof Instant instant) {
            return instant.atOffset(ZoneOffset.UTC);
        }
        return ((Timestamp) value).toInstant().atOffset(ZoneOffset.UTC);
    }
}
