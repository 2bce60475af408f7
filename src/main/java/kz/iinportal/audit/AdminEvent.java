package kz.iinportal.audit;

import java.time.OffsetDateTime;
import java.util.List;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

import org.hibernate.annotations.Immutable;

import io.quarkus.hibernate.orm.panache.PanacheEntity;

/**
 * One change to how the portal is run — staff, the holiday calendar, the service rules — in the administration
 * audit: who, when, what, from → to. Append-only and hash-chained by the database like the case audit (V22; checked
 * by {@link AdminChain}); written by the service that makes the change, in the change's transaction.
 */
@Entity
@Immutable
@Table(name = "admin_event")
@NamedQuery(name = "AdminEvent.latest", query = "from AdminEvent e order by e.seq desc")
@NamedQuery(name = "AdminEvent.ofSubject",
        query = "from AdminEvent e where e.kind in ?1 and e.subject = ?2 order by e.seq")
public class AdminEvent extends PanacheEntity {

    /** Longest from/to text stored; a longer one (a long legal basis, say) is cut, marked with "…". */
    static final int VALUE_MAX = 2000;

    @Column(nullable = false)
    public OffsetDateTime at;

    @Column(nullable = false)
    public String actor;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public AdminEventKind kind;

    @Column(nullable = false)
    public String subject;

    @Column(name = "from_value")
    public String fromValue;

    @Column(name = "to_value")
    public String toValue;

    @Column(insertable = false, updatable = false)
    public Long seq;

    @Column(name = "prev_hash", insertable = false, updatable = false)
    public String prevHash;

    @Column(insertable = false, updatable = false)
    public String hash;

    /** Appends an event; the caller's transaction commits it with the change it records. */
    public static AdminEvent record(String actor, AdminEventKind kind, String subject, String from, String to) {
        AdminEvent event = new AdminEvent();
        event.at = OffsetDateTime.now();
        event.actor = actor;
        event.kind = kind;
        event.subject = subject;
        event.fromValue = cut(from);
        event.toValue = cut(to);
        event.persist();
        return event;
    }

    /** The newest events first, for the supervisors' audit page. */
    public static List<AdminEvent> latest(int limit) {
        return find("#AdminEvent.latest").range(0, limit - 1).list();
    }

    /** The events of these kinds about one subject (a staff login, say), oldest first. */
    public static List<AdminEvent> about(List<AdminEventKind> kinds, String subject) {
        return find("#AdminEvent.ofSubject", kinds, subject).list();
    }

    private static String cut(String value) {
        if (value == null || value.codePointCount(0, value.length()) <= VALUE_MAX) {
            return value;
        }
        return value.substring(0, value.offsetByCodePoints(0, VALUE_MAX - 1)) + "…";
    }
}
