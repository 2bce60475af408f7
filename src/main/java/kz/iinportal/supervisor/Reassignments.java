package kz.iinportal.supervisor;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import kz.iinportal.application.Application;
import kz.iinportal.application.ApplicationStatus;
import kz.iinportal.application.EventDetail;
import kz.iinportal.application.EventKind;
import kz.iinportal.complaint.Complaint;
import kz.iinportal.notice.Notices;
import kz.iinportal.web.Role;

/**
 * A supervisor gives an open case to another operator of its body. The case is locked while it changes hands, so a
 * decision by the previous assignee either happens before (and the case is no longer open) or is refused afterwards as
 * made on a changed case. A case back in review after an upheld complaint is not given to an operator whose refusal
 * of it was set aside.
 */
@ApplicationScoped
public class Reassignments {

    public enum Outcome {
        REASSIGNED, ALREADY_THEIRS, NOT_AN_OPERATOR_OF_THE_BODY, NOT_OPEN,
        /** The operator refused the case before and the complaint against that refusal was upheld. */
        REFUSED_BEFORE
    }

    @Inject
    EntityManager em;

    @Inject
    Notices notices;

    @Transactional
    public Outcome reassign(long id, String operator, String supervisor) {
        Application app = em.find(Application.class, id, LockModeType.PESSIMISTIC_WRITE);
        if (app == null || !app.status.isPending()) {
            return Outcome.NOT_OPEN;
        }
        if (operator == null || !Reassignment.operators(app.region).containsKey(operator)) {
            return Outcome.NOT_AN_OPERATOR_OF_THE_BODY;
        }
        if (operator.equals(app.assignedTo)) {
            return Outcome.ALREADY_THEIRS;
        }
        if (Complaint.refusersOverturned(app.id).contains(operator)) {
            return Outcome.REFUSED_BEFORE;
        }
        EventDetail detail = EventDetail.reassignment(app.assignedTo, operator);
        app.assignedTo = operator;
        if (app.status == ApplicationStatus.SUBMITTED) {
            app.moveTo(ApplicationStatus.IN_REVIEW, supervisor, Role.SUPERVISOR_NAME, EventKind.REASSIGNED, detail);
            notices.reviewStarted(app);
        } else {
            // the new assignee makes the case's version move on, so the previous assignee's open form is refused
            app.record(supervisor, Role.SUPERVISOR_NAME, EventKind.REASSIGNED, detail);
        }
        return Outcome.REASSIGNED;
    }

    /** The territorial body's code of the case, to go back to its list. */
    String bodyOf(long id) {
        Application app = Application.findById(id);
        return app == null || app.region == null ? "" : app.region.code;
    }
}
