package kz.iinportal.iin;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import io.quarkus.panache.common.Parameters;

/** One IIN in the register: the number itself is the key, so a number can never be stored twice. */
@Entity
@Table(name = "iin_record")
@NamedQuery(name = "IinRecord.byPerson", query = "from IinRecord r where r.person = ?1 order by r.formedAt")
@NamedQuery(name = "IinRecord.activeForDocument", query = """
        select r from IinRecord r join r.person p join p.documents d
        where r.status = :active and upper(d.number) = :number and d.issuingCountry = :country""")
public class IinRecord extends PanacheEntityBase {

    @Id
    public String iin;

    @ManyToOne(optional = false)
    @JoinColumn(name = "person_id")
    public Person person;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public IinStatus status;

    @Column(name = "formed_at", nullable = false)
    public OffsetDateTime formedAt;

    @Column(name = "formed_by", nullable = false)
    public String formedBy;

    @Column(name = "formed_by_application")
    public String formedByApplication;

    /** For a CORRECTED number: the number that replaced it. */
    @Column(name = "replaced_by")
    public String replacedBy;

    @Column(name = "status_changed_at")
    public OffsetDateTime statusChangedAt;

    public static Optional<IinRecord> findByIin(String iin) {
        return findByIdOptional(iin);
    }

    public static List<IinRecord> history(Person person) {
        return find("#IinRecord.byPerson", person).list();
    }

    /** The active IIN of whoever holds this identity document, if the register has one. */
    public static Optional<IinRecord> activeForDocument(PersonData.Document document) {
        return activeForDocument(document.number(), document.issuingCountry());
    }

    public static Optional<IinRecord> activeForDocument(String number, String issuingCountry) {
        return find("#IinRecord.activeForDocument", Parameters.with("active", IinStatus.ACTIVE)
                .and("number", number.toUpperCase(Locale.ROOT)).and("country", issuingCountry))
                .firstResultOptional();
    }
}
