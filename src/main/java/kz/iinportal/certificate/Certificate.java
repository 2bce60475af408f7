package kz.iinportal.certificate;

import java.time.OffsetDateTime;
import java.util.Optional;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToOne;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntity;
import kz.iinportal.application.Application;
import kz.iinportal.iin.Person;

/**
 * The IIN certificate issued when a case is accepted. Only the facts of issue are stored: the PDF is drawn from the
 * decided application, which no longer changes, so the same certificate always renders the same content.
 */
@Entity
@Table(name = "certificate")
@NamedQuery(name = "Certificate.byNumber", query = "from Certificate c where c.number = ?1")
@NamedQuery(name = "Certificate.ofApplication", query = "from Certificate c where c.application = ?1")
@NamedQuery(name = "Certificate.supersede", query = """
        update Certificate c set c.status = :superseded,
            c.supersededBy = :by, c.supersededAt = :at
        where c.person = :person and c.status = :valid""")
public class Certificate extends PanacheEntity {

    @Column(nullable = false, unique = true)
    public String number;

    @OneToOne(optional = false)
    @JoinColumn(name = "application_id")
    public Application application;

    /** The register's person: a later correction of them supersedes this certificate. */
    @ManyToOne(optional = false)
    @JoinColumn(name = "person_id")
    public Person person;

    /** The IIN formed or corrected by the decision. */
    @Column(nullable = false)
    public String iin;

    @Column(name = "issued_at", nullable = false)
    public OffsetDateTime issuedAt;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public CertificateStatus status = CertificateStatus.VALID;

    /** The number of the certificate that replaced this one. */
    @Column(name = "superseded_by")
    public String supersededBy;

    @Column(name = "superseded_at")
    public OffsetDateTime supersededAt;

    public String fileName() {
        return "iin-certificate-" + number + ".pdf";
    }

    public static Optional<Certificate> findByNumber(String number) {
        return find("#Certificate.byNumber", number).firstResultOptional();
    }

    public static Optional<Certificate> ofApplication(Application application) {
        return find("#Certificate.ofApplication", application).firstResultOptional();
    }
}
