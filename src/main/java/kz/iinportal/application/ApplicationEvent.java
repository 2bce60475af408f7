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

import io.quarkus.hibernate.orm.panache.PanacheEntity;

/** One step of a case's timeline: who did what when, and from which status to which. */
@Entity
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

    @Column(nullable = false)
    public String kind;

    @Enumerated(EnumType.STRING)
    @Column(name = "from_status")
    public ApplicationStatus fromStatus;

    @Enumerated(EnumType.STRING)
    @Column(name = "to_status")
    public ApplicationStatus toStatus;

    public static List<ApplicationEvent> timeline(Application application) {
        return find("#ApplicationEvent.timeline", application).list();
    }
}
