package kz.iinportal.staff;

import java.util.Optional;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;

import kz.iinportal.web.CurrentUser;

/**
 * Where the signed-in person works, from the staff table (the identity provider knows only their roles): the body of
 * an operator, the centre of a front-office employee. Read once per request, in one statement, also for the check of
 * deactivated staff ({@link ActiveStaffOnly}) that runs before every staff page.
 */
@RequestScoped
public class CurrentStaff {

    @Inject
    CurrentUser currentUser;

    private Optional<Staff> staff;

    /** The staff record of the signed-in person, also when deactivated; empty for anyone not in the staff table. */
    public Optional<Staff> row() {
        if (staff == null) {
            staff = currentUser.isSignedIn() ? Staff.findWithWorkplace(currentUser.getLogin()) : Optional.empty();
        }
        return staff;
    }

    /** The active staff record of the signed-in person; empty for anyone else. */
    public Optional<Staff> get() {
        return row().filter(s -> s.active);
    }

    /** The operator's territorial body; null when they are not registered as staff of one. */
    public TerritorialBody body() {
        return get().map(s -> s.territorialBody).orElse(null);
    }

    /** The front-office employee's centre, if they are registered at one. */
    public Optional<ServiceCentre> centre() {
        return get().map(s -> s.serviceCentre);
    }
}
