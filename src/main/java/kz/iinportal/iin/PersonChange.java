package kz.iinportal.iin;

import java.time.OffsetDateTime;
import java.util.List;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntity;

/** One changed field of a registered person: the register's history, never updated or deleted. */
@Entity
@Table(name = "person_change")
@NamedQuery(name = "PersonChange.byPerson", query = "from PersonChange c where c.person = ?1 order by c.id")
public class PersonChange extends PanacheEntity {

    @ManyToOne(optional = false)
    @JoinColumn(name = "person_id")
    public Person person;

    @Column(name = "changed_at", nullable = false)
    public OffsetDateTime changedAt;

    @Column(name = "changed_by", nullable = false)
    public String changedBy;

    @Column(name = "application_ref")
    public String applicationRef;

    @Column(nullable = false)
    public String field;

    @Column(name = "old_value")
    public String oldValue;

    @Column(name = "new_value")
    public String newValue;

    public static List<PersonChange> of(Person person) {
        return find("#PersonChange.byPerson", person).list();
    }
}
