package kz.iinportal.review;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import kz.iinportal.application.Application;
import kz.iinportal.application.ApplicationStatus;
import kz.iinportal.application.EventKind;
import kz.iinportal.complaint.Complaint;
import kz.iinportal.notice.Notices;
import kz.iinportal.web.Role;

/**
 * An operator takes a case of their body into review, or gives it back to the queue. The case is locked while it
 * changes hands, so two operators, a supervisor's reassignment or the filer's withdrawal cannot cross: the second
 * waits, then sees what the first did, and is told exactly that. A case back in the queue after an upheld complaint
 * is not given to an operator whose refusal of it was set aside.
 */
@ApplicationScoped
public class Assignments {

    /** What an assign or release did, each with its own message to the operator. */
    public enum Outcome {
        ASSIGNED, RELEASED,
        /** Another operator (or a supervisor for them) took it first. */
        TAKEN_BY_ANOTHER,
        /** Withdrawn by the filer, or decided: there is nothing to review any more. */
        NO_LONGER_OPEN,
        /** Release of a case that is not (or no longer) the operator's. */
        NOT_YOURS,
        /**
         * The operator refused the case before and a head of the body upheld the complaint against that refusal:
         * another operator reviews it.
         */
        REFUSED_BEFORE;

        public String messageKey() {
            return "review.outcome." + name();
        }
    }

    @Inject
    BodyCases cases;

    @Inject
    Notices notices;

    @Transactional
    public Outcome assign(long id, String operator) {
        Application app = cases.findForUpdate(id);
        if (!app.status.isPending()) {
            return Outcome.NO_LONGER_OPEN;
        }
        if (app.assignedTo != null || app.status != ApplicationStatus.SUBMITTED) {
            return operator.equals(app.assignedTo) ? Outcome.ASSIGNED : Outcome.TAKEN_BY_ANOTHER;
        }
        if (Complaint.refusersOverturned(app.id).contains(operator)) {
            return Outcome.REFUSED_BEFORE;
        }
        app.assignedTo = operator;
        app.moveTo(ApplicationStatus.IN_REVIEW, operator, Role.OPERATOR_NAME, EventKind.ASSIGNED);
        notices.reviewStarted(app);
        return Outcome.ASSIGNED;
    }

    @Transactional
    public Outcome release(long id, String operator) {
        Application app = cases.findForUpdate(id);
        if (!app.status.isPending()) {
            return Outcome.NO_LONGER_OPEN;
        }
        if (!operator.equals(app.assignedTo) || app.status != ApplicationStatus.IN_REVIEW) {
            return Outcome.NOT_YOURS;
        }
        app.assignedTo = null;
        app.moveTo(ApplicationStatus.SUBMITTED, operator, Role.OPERATOR_NAME, EventKind.RELEASED);
        return Outcome.RELEASED;
    }
}
