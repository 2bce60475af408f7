package kz.iinportal.supervisor;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceException;

import org.jboss.logging.Logger;

import io.quarkus.narayana.jta.QuarkusTransaction;
import kz.iinportal.application.Application;
import kz.iinportal.application.ApplicationStatus;
import kz.iinportal.application.EventDetail;
import kz.iinportal.application.EventKind;
import kz.iinportal.audit.AdminEvent;
import kz.iinportal.audit.AdminEventKind;
import kz.iinportal.staff.Staff;
import kz.iinportal.staff.StaffAccountException;
import kz.iinportal.staff.StaffAccounts;
import kz.iinportal.web.Role;

/**
 * A supervisor adds, moves, deactivates and reactivates staff. Each change to the staff table commits in its own
 * transaction together with its administration audit event (and, for a deactivation or a move to another body, the
 * operator's open cases going back to the queue, each with its case audit event).
 * <p>
 * The identity provider cannot join that transaction, so the order is chosen for a failure at either end: the
 * provider's account changes first and the staff table only once it has; a failure there changes nothing here and is
 * shown on the form. Disabling and enabling are idempotent, so a supervisor who tries again after the portal's own
 * step failed repeats nothing harmful. A new account whose staff row cannot be written after all is removed again.
 */
@ApplicationScoped
public class StaffChanges {

    private static final Logger LOG = Logger.getLogger(StaffChanges.class);

    @Inject
    StaffAccounts accounts;

    @Inject
    EntityManager em;

    /** How an addition ended: the account's e-mail, or why nothing was added. */
    public record Added(StaffAccounts.Created created, StaffAccountException.Reason refused, boolean loginTaken) {
        boolean done() {
            return created != null;
        }
    }

    Added add(StaffForm form, String supervisor) {
        if (Staff.findById(form.login()) != null) {
            return new Added(null, null, true);
        }
        StaffAccounts.Created created;
        try {
            created = accounts.create(form.account());
        } catch (StaffAccountException e) {
            return new Added(null, e.reason(), false);
        }
        try {
            QuarkusTransaction.requiringNew().run(() -> {
                Staff staff = new Staff();
                form.applyTo(staff);
                staff.persistAndFlush();
                AdminEvent.record(supervisor, AdminEventKind.STAFF_ADDED, staff.login, null, describe(staff));
            });
        } catch (PersistenceException e) {
            // Another supervisor added the same login a moment earlier: the primary key refused the second row.
            LOG.infof("Staff row %s not written (%s); removing the account just created", form.login(), e.getMessage());
            accounts.remove(form.login());
            return new Added(null, null, true);
        }
        return new Added(created, null, false);
    }

    /** Moves the staff member; an operator's open cases of the body they leave go back to its queue. */
    boolean changeWorkplace(String login, StaffForm.Workplace workplace, String supervisor) {
        return QuarkusTransaction.requiringNew().call(() -> {
            Staff staff = em.find(Staff.class, login, LockModeType.PESSIMISTIC_WRITE);
            if (staff == null) {
                return false;
            }
            String before = StaffForm.Workplace.of(staff).describe();
            if (before.equals(workplace.describe())) {
                return true;
            }
            if (staff.territorialBody != null
                    && (workplace.body() == null || !staff.territorialBody.code.equals(workplace.body().code))) {
                unassignOpenCases(login, supervisor);
            }
            workplace.applyTo(staff);
            AdminEvent.record(supervisor, AdminEventKind.STAFF_WORKPLACE_CHANGED, login, before,
                    workplace.describe());
            return true;
        });
    }

    /**
     * Disables the account and ends its sessions, then marks the row inactive (refused from the next request on,
     * staff.ActiveStaffOnly) and gives the person's open cases back to the queue. Returns how many cases went back.
     */
    int deactivate(String login, String supervisor) throws StaffAccountException {
        accounts.disable(login);
        return QuarkusTransaction.requiringNew().call(() -> {
            Staff staff = em.find(Staff.class, login, LockModeType.PESSIMISTIC_WRITE);
            if (staff == null || !staff.active) {
                return 0;
            }
            staff.active = false;
            int unassigned = unassignOpenCases(login, supervisor);
            AdminEvent.record(supervisor, AdminEventKind.STAFF_DEACTIVATED, login, "active",
                    "inactive; cases unassigned=" + unassigned);
            return unassigned;
        });
    }

    void reactivate(String login, String supervisor) throws StaffAccountException {
        accounts.enable(login);
        QuarkusTransaction.requiringNew().run(() -> {
            Staff staff = em.find(Staff.class, login, LockModeType.PESSIMISTIC_WRITE);
            if (staff != null && !staff.active) {
                staff.active = true;
                AdminEvent.record(supervisor, AdminEventKind.STAFF_REACTIVATED, login, "inactive", "active");
            }
        });
    }

    /**
     * Each open case the operator took goes back to the unassigned queue of its body. Cases are locked one by one in
     * id order, like every other change of hands, so a decision the operator is making right now either happened
     * first (the case is no longer open) or is refused afterwards as made on a changed case.
     */
    private int unassignOpenCases(String operator, String supervisor) {
        List<Long> ids = Application.openAssignedTo(operator);
        int unassigned = 0;
        for (long id : ids) {
            Application app = em.find(Application.class, id, LockModeType.PESSIMISTIC_WRITE);
            if (app == null || !app.status.isPending() || !operator.equals(app.assignedTo)) {
                continue;
            }
            app.assignedTo = null;
            EventDetail detail = EventDetail.reassignment(operator, null);
            if (app.status == ApplicationStatus.IN_REVIEW) {
                app.moveTo(ApplicationStatus.SUBMITTED, supervisor, Role.SUPERVISOR_NAME, EventKind.UNASSIGNED,
                        detail);
            } else {
                app.record(supervisor, Role.SUPERVISOR_NAME, EventKind.UNASSIGNED, detail);
            }
            unassigned++;
        }
        return unassigned;
    }

    /** A staff member as the administration audit records them when added. */
    static String describe(Staff staff) {
        return "name=" + staff.fullName + "; email=" + staff.email + "; role=" + staff.role.role().roleName() + "; "
                + StaffForm.Workplace.of(staff).describe();
    }
}
