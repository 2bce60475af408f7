package kz.iinportal.certificate;

import java.time.OffsetDateTime;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import kz.iinportal.application.Application;
import kz.iinportal.iin.IinRecord;

/** Issues the certificate of an accepted case, inside the decision's transaction: no decision without its certificate. */
@ApplicationScoped
public class CertificateIssuer {

    @Inject
    EntityManager em;

    /**
     * Issues a certificate for {@code iin}, just formed or corrected by {@code app}'s decision. Any certificate the
     * same person still holds (for an old IIN or for data now corrected) is superseded by the new one.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public Certificate issue(Application app, String iin) {
        IinRecord record = IinRecord.findByIin(iin)
                .orElseThrow(() -> new IllegalStateException("Certificate for an IIN not in the register"));
        Certificate certificate = new Certificate();
        certificate.number = CertificateNumber.next();
        certificate.application = app;
        certificate.person = record.person;
        certificate.iin = iin;
        certificate.issuedAt = app.decidedAt != null ? app.decidedAt : OffsetDateTime.now();
        // Before the insert: the database allows one VALID certificate per person.
        em.createNamedQuery("Certificate.supersede").setParameter("superseded", CertificateStatus.SUPERSEDED)
                .setParameter("valid", CertificateStatus.VALID).setParameter("by", certificate.number)
                .setParameter("at", certificate.issuedAt).setParameter("person", record.person).executeUpdate();
        certificate.persist();
        return certificate;
    }
}
