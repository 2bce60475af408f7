package kz.iinportal.review;

import java.time.OffsetDateTime;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.NotFoundException;

import kz.iinportal.application.Application;
import kz.iinportal.application.ApplicationStatus;
import kz.iinportal.application.EventDetail;
import kz.iinportal.application.EventKind;
import kz.iinportal.review.PersonVerdict.Verdict;
import kz.iinportal.web.Role;

/**
 * The operator's answer, in a case they review, to "is this register person the applicant?". Owns its transaction:
 * the verdict and its event in the case's timeline are written together, or neither.
 */
@ApplicationScoped
public class Verdicts {

    @Inject
    EntityManager em;

    @Inject
    SamePerson samePerson;

    /**
     * Records the verdict. Only the case's assignee while it is in review, and only on a register person the case's
     * {@link IdentityCheck} lets them judge (a candidate or the holder of the named IIN, not a holder of the same
     * document); anyone else is not found.
     */
    @Transactional
    public void record(long applicationId, long personId, String operator, Verdict verdict, String reason) {
        if (verdict == null) {
            throw new DecisionException(DecisionException.Reason.VERDICT_REQUIRED);
        }
        if (reason == null || reason.isBlank()) {
            throw new DecisionException(DecisionException.Reason.VERDICT_REASON_REQUIRED);
        }
        Application app = em.find(Application.class, applicationId, LockModeType.PESSIMISTIC_WRITE);
        if (app == null || app.status != ApplicationStatus.IN_REVIEW || !operator.equals(app.assignedTo)) {
            throw new DecisionException(DecisionException.Reason.NOT_ASSIGNED_TO_YOU);
        }
        IdentityCheck identity = IdentityCheck.of(app, new SamePerson.Findings(samePerson.candidates(app), List.of(),
                samePerson.namedIin(app)));
        if (!identity.mayJudge(personId)) {
            throw new NotFoundException();
        }
        PersonVerdict v = new PersonVerdict();
        v.applicationId = app.id;
        v.personId = personId;
        v.documentKey = PersonVerdict.documentKey(app);
        v.verdict = verdict;
        v.reason = reason.strip();
        v.decidedBy = operator;
        v.decidedAt = OffsetDateTime.now();
        v.persist();
        app.record(operator, Role.OPERATOR_NAME,
                verdict == Verdict.SAME ? EventKind.SAME_PERSON_CONFIRMED : EventKind.NOT_SAME_PERSON,
                EventDetail.verdict(identity.iinOf(personId), v.reason));
    }
}
