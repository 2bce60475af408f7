package kz.iinportal.complaint;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import io.quarkus.hibernate.orm.panache.PanacheEntity;
import kz.iinportal.application.Application;
import kz.iinportal.application.RefusalGround;
import kz.iinportal.calendar.Deadline;
import kz.iinportal.web.Kazakhstan;

/**
 * A complaint of the filer against the refusal of their case, to the head of the territorial body that refused
 * (Law on Public Services, art. 25). It keeps the refusal as it was — who refused, when, on which ground, with which
 * comment — because the case's own fields change when it is decided again. Changed only by {@link Complaints}.
 */
@Entity
@Table(name = "complaint")
@NamedQuery(name = "Complaint.ofApplication",
        query = "from Complaint c where c.application = ?1 order by c.filedAt desc, c.id desc")
@NamedQuery(name = "Complaint.openOf", query = "from Complaint c where c.application.id = ?1 and c.status = ?2")
@NamedQuery(name = "Complaint.refusersOverturned",
        query = "select distinct c.refusedBy from Complaint c where c.application.id = ?1 and c.status = ?2")
@NamedQuery(name = "Complaint.ofBodies", query = """
        from Complaint c join fetch c.application a
        where a.region.code in ?1
        order by case when c.status = ?2 then 0 else 1 end, c.dueAt, c.id""")
public class Complaint extends PanacheEntity {

    /** The filer's text: room for a page of reasons in Kazakh or Russian, within the 16 KB a form field may carry. */
    public static final int MAX_TEXT = 4000;
    /** The head's reasons, as long as an operator's refusal comment may be. */
    public static final int MAX_ANSWER = 2000;

    @ManyToOne(optional = false)
    @JoinColumn(name = "application_id")
    public Application application;

    @Column(nullable = false)
    public String reference;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public ComplaintStatus status = ComplaintStatus.OPEN;

    @Column(nullable = false)
    public String text;

    @Column(name = "filed_by", nullable = false)
    public String filedBy;
    @Column(name = "filed_role", nullable = false)
    public String filedRole;
    @Column(name = "filed_at", nullable = false)
    public OffsetDateTime filedAt;
    /** The first instant after the term (5 working days after the day of filing); see {@link #deadline()}. */
    @Column(name = "due_at", nullable = false)
    public OffsetDateTime dueAt;

    /** The operator whose refusal this is: upheld, the case must not go back to them. */
    @Column(name = "refused_by", nullable = false)
    public String refusedBy;
    @Column(name = "refused_at", nullable = false)
    public OffsetDateTime refusedAt;
    @Enumerated(EnumType.STRING)
    @Column(name = "refusal_ground", nullable = false)
    public RefusalGround refusalGround;
    @Column(name = "refusal_comment")
    public String refusalComment;

    /** The head's reasons, shown to the filer with the outcome. */
    public String answer;
    @Column(name = "answered_by")
    public String answeredBy;
    @Column(name = "answered_at")
    public OffsetDateTime answeredAt;

    @Version
    public long version;

    /** The day by which the head must answer (not the midnight after it that {@link #dueAt} stores). */
    public Deadline deadline() {
        return Deadline.endingAt(dueAt);
    }

    public boolean isOpen() {
        return status == ComplaintStatus.OPEN;
    }

    /** Open and past its term: the lists mark it. */
    public boolean isOverdue() {
        return isOpen() && deadline().overdueAt(Kazakhstan.now());
    }

    public static List<Complaint> of(Application app) {
        return find("#Complaint.ofApplication", app).list();
    }

    public static Optional<Complaint> openOf(long applicationId) {
        return find("#Complaint.openOf", applicationId, ComplaintStatus.OPEN).firstResultOptional();
    }

    /**
     * The operators whose refusal of the case a head set aside: the case, back in review, is not theirs to take
     * again (review.Assignments, supervisor.Reassignments refuse it).
     */
    public static Set<String> refusersOverturned(long applicationId) {
        return new TreeSet<>(getEntityManager().createNamedQuery("Complaint.refusersOverturned", String.class)
                .setParameter(1, applicationId).setParameter(2, ComplaintStatus.UPHELD).getResultList());
    }

    /** The complaints on cases of the bodies, open ones first, each group by due date; a page of them. */
    public static List<Complaint> ofBodies(List<String> bodies, int first, int max) {
        if (bodies.isEmpty()) {
            return List.of();
        }
        return find("#Complaint.ofBodies", bodies, ComplaintStatus.OPEN).range(first, first + max - 1).list();
    }
}
