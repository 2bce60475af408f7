package kz.iinportal.review;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import kz.iinportal.application.Application;
import kz.iinportal.application.ApplicationStatus;
import kz.iinportal.application.CorrectionReason;
import kz.iinportal.application.EventDetail;
import kz.iinportal.application.EventKind;
import kz.iinportal.application.RefusalGround;
import kz.iinportal.application.Service;
import kz.iinportal.certificate.CertificateIssuer;
import kz.iinportal.iin.IinRecord;
import kz.iinportal.iin.PersonData;
import kz.iinportal.iin.Register;
import kz.iinportal.iin.RegisterException;
import kz.iinportal.notice.NoticeKind;
import kz.iinportal.notice.Notices;
import kz.iinportal.web.Role;

/**
 * An operator's decision on a case: accept (form or correct the IIN through the register) or refuse on one of the
 * three legal grounds. The case's status, the register and the timeline change in one transaction; the case's
 * version makes sure exactly one of two simultaneous decisions wins and the other changes nothing.
 */
@ApplicationScoped
public class Decisions {

    @Inject
    Register register;

    @Inject
    EntityManager em;

    @Inject
    Notices notices;

    @Inject
    SamePerson samePerson;

    @Inject
    CertificateIssuer certificates;

    /** Accepts the case the operator opened at {@code version}; returns the IIN formed or corrected. */
    @Transactional
    public String accept(long applicationId, long version, String operator) {
        Application app = decidable(applicationId, version, operator);
        PersonData data = ApplicantPerson.of(app);
        String iin;
        try {
            if (app.service == Service.FORMATION) {
                lockDocument(data.document());
                if (IinRecord.activeForDocument(data.document()).isPresent()) {
                    throw new DecisionException(DecisionException.Reason.ACTIVE_IIN_FOR_DOCUMENT);
                }
                if (!identity(app).blockingFormation().isEmpty()) {
                    throw new DecisionException(DecisionException.Reason.STRONG_CANDIDATE);
                }
                iin = register.form(data, operator, app.reference).iin;
            } else {
                if (!identity(app).mayCorrect()) {
                    throw new DecisionException(DecisionException.Reason.NAMED_IIN_NOT_THE_APPLICANTS);
                }
                iin = register.correct(app.currentIin, data, app.correctionReason == CorrectionReason.DUPLICATE,
                        operator, app.reference).current().iin;
            }
        } catch (RegisterException e) {
            throw new DecisionException(DecisionException.Reason.IIN_NOT_CORRECTABLE);
        }
        app.resultIin = iin;
        app.decidedAt = OffsetDateTime.now();
        ApplicationStatus decided = app.service == Service.FORMATION ? ApplicationStatus.IIN_FORMED
                : ApplicationStatus.IIN_CORRECTED;
        app.moveTo(decided, operator, Role.OPERATOR_NAME, EventKind.decided(decided));
        certificates.issue(app, iin);
        notices.announce(app, app.service == Service.FORMATION ? NoticeKind.IIN_FORMED : NoticeKind.IIN_CORRECTED);
        return iin;
    }

    /**
     * Refuses the case on one ground with a comment to the applicant; {@link RefusalGround#IIN_ALREADY_REGISTERED}
     * names one of the case's own ACTIVE IINs ({@link IdentityCheck#groundThreeChoices()}).
     */
    @Transactional
    public void refuse(long applicationId, long version, String operator, RefusalGround ground, String comment,
            String registeredIin) {
        if (comment == null || comment.isBlank()) {
            throw new DecisionException(DecisionException.Reason.COMMENT_REQUIRED);
        }
        Application app = decidable(applicationId, version, operator);
        String iin = null;
        if (ground == RefusalGround.IIN_ALREADY_REGISTERED) {
            iin = registeredIin == null ? null : registeredIin.strip();
            if (iin == null || !identity(app).groundThreeChoices().containsKey(iin)) {
                throw new DecisionException(DecisionException.Reason.IIN_NOT_AMONG_CANDIDATES);
            }
        }
        app.refusalGround = ground;
        app.refusedForIin = iin;
        app.operatorComment = comment.strip();
        app.decidedAt = OffsetDateTime.now();
        app.moveTo(ApplicationStatus.REFUSED, operator, Role.OPERATOR_NAME, EventKind.REFUSED,
                EventDetail.refusal(ground, iin));
        notices.announce(app, NoticeKind.REFUSED);
    }

    /** The case's candidates with the operator's verdicts, as the decision sees them inside its transaction. */
    private IdentityCheck identity(Application app) {
        return IdentityCheck.of(app, new SamePerson.Findings(samePerson.candidates(app), List.of(),
                samePerson.namedIin(app)));
    }

    /**
     * Two cases for the same passport (say one online, one at a service centre) decided at the same moment: the
     * second waits here until the first commits, then finds its ACTIVE IIN and is blocked.
     */
    private void lockDocument(PersonData.Document document) {
        em.createNativeQuery("SELECT 1 FROM (SELECT pg_advisory_xact_lock(hashtext(:key))) AS locked")
                .setParameter("key", document.number().toUpperCase(Locale.ROOT) + "|"
                        + document.issuingCountry())
                .getSingleResult();
    }

    /**
     * The case, locked for this transaction, if it is in review by this operator and still at the version they saw.
     * The lock makes the second of two simultaneous decisions wait and then see the first one's outcome.
     */
    private Application decidable(long applicationId, long version, String operator) {
        Application app = em.find(Application.class, applicationId, LockModeType.PESSIMISTIC_WRITE);
        if (app == null || app.status != ApplicationStatus.IN_REVIEW || !operator.equals(app.assignedTo)) {
            throw new DecisionException(app != null && app.status.isDecided()
                    ? DecisionException.Reason.CHANGED_MEANWHILE
                    : DecisionException.Reason.NOT_ASSIGNED_TO_YOU);
        }
        if (app.version != version) {
            throw new DecisionException(DecisionException.Reason.CHANGED_MEANWHILE);
        }
        return app;
    }
}
