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

    /**
     * One step as the staff's timelines show it: only the columns a page shows, never the entity (no graph for a
     * template to walk, nothing for Hibernate to track). {@code actorName} is the staff member's full name, the login
     * when the actor is nobody of the staff table (an applicant, say).
     */
    public record Step(long id, OffsetDateTime at, String actor, String actorName, EventKind kind, String detail) {
        public EventDetail details() {
            return EventDetail.parse(detail);
        }
    }

    /** How often a case was viewed and the latest view; {@code lastAt} is null when it never was. */
    public record Views(long count, OffsetDateTime lastAt, String lastBy) {
        public boolean any() {
            return count > 0;
        }

        public boolean once() {
            return count == 1;
        }
    }

    /** One page of a case's full history, newest first, and how many events there are in all. */
    public record History(List<Step> steps, long total) {
    }

    /*
     * The kind is written into the SQL as a literal, not bound: V27's partial index (WHERE kind <> 'VIEWED') matches
     * only a literal, also under a prepared statement's generic plan.
     */
    private static final String STEP_COLUMNS = """
            SELECT e.id, e.at, e.actor, coalesce(s.full_name, e.actor), e.kind, e.detail
            FROM application_event e LEFT JOIN staff s ON s.login = e.actor""";

    /**
     * A case's timeline for the review page without its views, oldest first: bounded by what happened to the case,
     * not by how often it was looked at (the views are {@link #views(long)}, one line).
     */
    public static List<Step> stepsWithoutViews(long applicationId) {
        return steps(getEntityManager().createNativeQuery(STEP_COLUMNS
                + " WHERE e.application_id = :id AND e.kind <> 'VIEWED' ORDER BY e.at, e.id")
                .setParameter("id", applicationId).getResultList());
    }

    /**
     * How often the case was viewed and the latest view with the viewer's name: one row of {@code application_views},
     * which the database keeps with every VIEWED event it appends (V27), so this costs the same at the ten-thousandth
     * view as at the first.
     */
    public static Views views(long applicationId) {
        List<?> rows = getEntityManager().createNativeQuery("""
                SELECT v.views, v.last_at, coalesce(s.full_name, v.last_by)
                FROM application_views v LEFT JOIN staff s ON s.login = v.last_by
                WHERE v.application_id = :id""").setParameter("id", applicationId).getResultList();
        if (rows.isEmpty()) {
            return new Views(0, null, null);
        }
        Object[] row = (Object[]) rows.get(0);
        return new Views(((Number) row[0]).longValue(), toOffset(row[1]), (String) row[2]);
    }

    /**
     * Page {@code page} (from 1) of every event of a case, views included, newest first. The total is the steps
     * (partial index) plus the views' count: no count over all the views.
     */
    public static History history(long applicationId, int page, int size) {
        long total = ((Number) getEntityManager().createNativeQuery("""
                SELECT (SELECT count(*) FROM application_event WHERE application_id = :id AND kind <> 'VIEWED')
                     + coalesce((SELECT views FROM application_views WHERE application_id = :id), 0)""")
                .setParameter("id", applicationId).getSingleResult()).longValue();
        List<Step> steps = steps(getEntityManager().createNativeQuery(STEP_COLUMNS
                + " WHERE e.application_id = :id ORDER BY e.at DESC, e.id DESC LIMIT :limit OFFSET :offset")
                .setParameter("id", applicationId).setParameter("limit", size)
                .setParameter("offset", (long) (page - 1) * size).getResultList());
        return new History(steps, total);
    }

    @SuppressWarnings("unchecked")
    private static List<Step> steps(List<?> rows) {
        return ((List<Object[]>) rows).stream().map(r -> new Step(((Number) r[0]).longValue(), toOffset(r[1]),
                (String) r[2], (String) r[3], EventKind.valueOf((String) r[4]), (String) r[5])).toList();
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
