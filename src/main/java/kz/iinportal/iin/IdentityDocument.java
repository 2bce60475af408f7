package kz.iinportal.iin;

import java.time.LocalDate;
import java.util.List;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntity;

/** An identity document of a registered person. */
@Entity
@Table(name = "identity_document")
public class IdentityDocument extends PanacheEntity {

    @ManyToOne(optional = false)
    @JoinColumn(name = "person_id")
    public Person person;

    @Enumerated(EnumType.STRING)
    @Column(name = "document_type", nullable = false)
    public DocumentType type;

    @Column(nullable = false)
    public String number;

    @Column(name = "issuing_country", nullable = false)
    public String issuingCountry;

    @Column(name = "issue_date")
    public LocalDate issueDate;

    @Column(name = "expiry_date")
    public LocalDate expiryDate;

    static IdentityDocument of(Person person, PersonData.Document data) {
        IdentityDocument document = new IdentityDocument();
        document.person = person;
        document.type = data.type();
        document.number = data.number();
        document.issuingCountry = data.issuingCountry();
        document.issueDate = data.issueDate();
        document.expiryDate = data.expiryDate();
        return document;
    }

    boolean sameAs(PersonData.Document data) {
        return type == data.type() && number.equals(data.number()) && issuingCountry.equals(data.issuingCountry());
    }

    @Override
    public String toString() {
        return type + " " + issuingCountry + " " + number;
    }

    /**
     * Ids of the persons holding (or having held) a document of {@code issuingCountry} whose number has the same key
     * as {@code number} (V19's {@code document_key}: case, spaces, hyphens, O/0 and I/1 do not count).
     */
    @SuppressWarnings("unchecked")
    public static List<Long> holdersOf(String number, String issuingCountry) {
        return ((List<Number>) getEntityManager().createNativeQuery("""
                SELECT DISTINCT person_id FROM identity_document
                WHERE document_key(number) = document_key(CAST(:number AS text)) AND issuing_country = :country""")
                .setParameter("number", number).setParameter("country", issuingCountry)
                .getResultList()).stream().map(Number::longValue).toList();
    }
}
