package kz.iinportal.review;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import jakarta.ws.rs.NotFoundException;

import kz.iinportal.application.Application;
import kz.iinportal.staff.CurrentStaff;
import kz.iinportal.staff.TerritorialBody;

/** The cases an operator may see: the submitted cases of their own territorial body. Anything else is 404. */
@RequestScoped
public class BodyCases {

    @Inject
    CurrentStaff currentStaff;

    /** The operator's body from the staff table; null when they are not registered as staff. */
    public TerritorialBody body() {
        return currentStaff.body();
    }

    public Application find(long id) {
        return find(id, LockModeType.NONE);
    }

    /**
     * The case, locked until the transaction ends: for changes (assign, release) that must not race with another
     * operator, a supervisor's reassignment or the filer's withdrawal — the second waits and then sees the first.
     */
    public Application findForUpdate(long id) {
        return find(id, LockModeType.PESSIMISTIC_WRITE);
    }

    private Application find(long id, LockModeType lock) {
        TerritorialBody body = body();
        Application app = body == null ? null : Application.findById(id, lock);
        if (app == null || !mayOpen(body, app)) {
            throw new NotFoundException();
        }
        return app;
    }

    /** Whether an operator of {@code body} may open the case (e.g. to link to it from another case's page). */
    public static boolean mayOpen(TerritorialBody body, Application app) {
        return app.isCaseOf(body);
    }
}
