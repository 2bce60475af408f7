package kz.iinportal.application;

import java.time.OffsetDateTime;
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

/**
 * One step of a case's timeline and, at the same time, an audit event: who (and in which role) did what when, from
 * which status to which. Append-only: the database refuses updates and deletes and chains every new event to the
 * previous one by hash ({@code seq}, {@code prevHash}, {@code hash} are set by the database; see V9 and
 * {@link kz.iinportal.audit.AuditChain}).
 */
@Entity
@Immutable
@Table(name = "application_event")
@NamedQuery(name = "ApplicationEvent.timeline", query = "from ApplicationEvent e where e.application = ?1 order by e.at, e.id")
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
}
