package kz.iinportal.staff;

import java.time.OffsetDateTime;
import java.util.Optional;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/**
 * A staff member of the portal, keyed by the identity provider's login name. Which territorial body an operator
 * works for and which centre a front-office employee works at is kept here, not in the identity provider.
 */
@Entity
@Table(name = "staff")
@NamedQuery(name = "Staff.activeByLogin", query = "from Staff s where s.login = ?1 and s.active = true")
public class Staff extends PanacheEntityBase {

    @Id
    public String login;

    @Column(name = "full_name", nullable = false)
    public String fullName;

    @ManyToOne
    @JoinColumn(name = "territorial_body")
    public TerritorialBody territorialBody;

    @ManyToOne
    @JoinColumn(name = "service_centre")
    public ServiceCentre serviceCentre;

    @Column(nullable = false)
    public boolean active = true;

    @Column(name = "created_at", nullable = false, insertable = false, updatable = false)
    public OffsetDateTime createdAt;

    /**
     * The name to show for a staff login (an assignee, say), also of someone who has left; the login itself when it is
     * nobody of the staff table.
     */
    public static String fullNameOf(String login) {
        if (login == null) {
            return null;
        }
        Staff staff = findById(login);
        return staff == null ? login : staff.fullName;
    }

    public static Optional<Staff> findActive(String login) {
        if (login == null) {
            return Optional.empty();
        }
        return find("#Staff.activeByLogin", login).firstResultOptional();
    }
}
