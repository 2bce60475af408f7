package kz.iinportal.staff;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.PrePersist;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import io.quarkus.hibernate.orm.panache.PanacheQuery;

/**
 * A staff member of the portal, keyed by the identity provider's login name. Which territorial body an operator
 * works for and which centre a front-office employee works at is kept here, not in the identity provider.
 */
@Entity
@Table(name = "staff")
@NamedQuery(name = "Staff.withWorkplace", query = "from Staff s left join fetch s.territorialBody"
        + " left join fetch s.serviceCentre c left join fetch c.region where s.login = ?1")
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
    @Convert(converter = StaffRole.RoleNameConverter.class)
    public StaffRole role;

    /** Where the identity provider sends the account's e-mails; null for rows from before staff were managed here. */
    public String email;

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

    /**
     * A row written without a role (test fixtures, scripts from before V22) gets the one its workplace implies, as V22
     * gave the rows it found.
     */
    @PrePersist
    void roleFromWorkplace() {
        if (role == null) {
            role = territorialBody != null ? StaffRole.OPERATOR
                    : serviceCentre != null ? StaffRole.FRONTOFFICE : StaffRole.SUPERVISOR;
        }
    }

    /**
     * The staff row, active or not, with the body and centre it refers to, in one statement (the eager references
     * would otherwise each be a select of their own).
     */
    public static Optional<Staff> findWithWorkplace(String login) {
        if (login == null) {
            return Optional.empty();
        }
        return find("#Staff.withWorkplace", login).firstResultOptional();
    }

    /**
     * The staff list of a supervisor's filter, by name: the staff of a territorial body are its operators and the
     * front office of its region's centres; either filter may be null (everybody).
     */
    public static PanacheQuery<Staff> filtered(TerritorialBody body, StaffRole role) {
        List<String> where = new ArrayList<>();
        List<Object> params = new ArrayList<>();
        if (body != null) {
            params.add(body);
            // by the centre's key, not s.serviceCentre.region: that path would be an inner join, dropping operators
            where.add("(s.territorialBody = ?" + params.size()
                    + " or s.serviceCentre.code in (select c.code from ServiceCentre c where c.region = ?"
                    + params.size() + "))");
        }
        if (role != null) {
            params.add(role);
            where.add("s.role = ?" + params.size());
        }
        String query = "from Staff s" + (where.isEmpty() ? "" : " where " + String.join(" and ", where))
                + " order by s.fullName, s.login";
        return find(query, params.toArray());
    }
}
