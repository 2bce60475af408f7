package kz.iinportal.iin;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.OneToMany;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import io.quarkus.hibernate.orm.panache.PanacheEntity;

/** A person in the IIN register. Changes after formation go through {@link Register} so they leave history. */
@Entity
@Table(name = "person")
public class Person extends PanacheEntity {

    @Column(name = "family_name", nullable = false)
    public String familyName;

    @Column(name = "given_names", nullable = false)
    public String givenNames;

    @Column(name = "family_name_cyrillic")
    public String familyNameCyrillic;

    @Column(name = "given_names_cyrillic")
    public String givenNamesCyrillic;

    @Column(name = "birth_date", nullable = false)
    public LocalDate birthDate;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Sex sex;

    /** ISO 3166-1 alpha-2; null when stateless. */
    public String citizenship;

    @Column(nullable = false)
    public boolean stateless;

    @Column(name = "created_at", nullable = false, insertable = false, updatable = false)
    public OffsetDateTime createdAt;

    @Version
    public long version;

    @OneToMany(mappedBy = "person", cascade = CascadeType.PERSIST)
    public List<IdentityDocument> documents = new ArrayList<>();

    static Person from(PersonData data) {
        Person person = new Person();
        person.familyName = data.familyName();
        person.givenNames = data.givenNames();
        person.familyNameCyrillic = data.familyNameCyrillic();
        person.givenNamesCyrillic = data.givenNamesCyrillic();
        person.birthDate = data.birthDate();
        person.sex = data.sex();
        person.citizenship = data.citizenship();
        person.stateless = data.stateless();
        person.documents.add(IdentityDocument.of(person, data.document()));
        return person;
    }

    /** The document most recently added (re-issued passports are added, the old ones kept). */
    public IdentityDocument currentDocument() {
        return documents.isEmpty() ? null : documents.get(documents.size() - 1);
    }

    /**
     * Id and names (Latin and Cyrillic) of the persons born on any of {@code days}, through the birth-date index
     * (V10): the duplicate search compares their names in Java.
     */
    public static List<Object[]> namesBornOn(Collection<LocalDate> days) {
        return getEntityManager().createQuery("""
                select p.id, p.familyName, p.givenNames, p.familyNameCyrillic, p.givenNamesCyrillic
                from Person p where p.birthDate in :days""", Object[].class)
                .setParameter("days", days).getResultList();
    }

    /**
     * Ids of the persons born on any of {@code days} whose family name has the same key (V19's {@code latin_key}: any
     * script, any romanisation) as one of the spellings given; through the (family_key, birth_date) index.
     */
    @SuppressWarnings("unchecked")
    public static List<Long> sameFamilyKeyBornOn(Collection<LocalDate> days, String familyName,
            String familyNameCyrillic) {
        return ((List<Number>) getEntityManager().createNativeQuery("""
                SELECT id FROM person
                WHERE family_key IN (replace(latin_key(CAST(:latin AS text)), ' ', ''),
                                     replace(latin_key(CAST(:cyrillic AS text)), ' ', ''))
                  AND birth_date IN (:days)""")
                .setParameter("latin", familyName).setParameter("cyrillic", familyNameCyrillic)
                .setParameter("days", days)
                .getResultList()).stream().map(Number::longValue).toList();
    }
}
