package kz.iinportal.staff;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;

/**
 * Staff members' names for the pages that show who works on a case ({@code inject:staffNames.of(app.assignedTo)}):
 * logins are the identity provider's keys, people know each other by name. Request-scoped, so a queue page with the
 * same assignee on many rows asks the database once (the persistence context keeps what it found).
 */
@RequestScoped
@Named("staffNames")
public class StaffNames {

    /** The staff member's full name, the login when they are not in the staff table, "" for nobody. */
    public String of(String login) {
        return login == null ? "" : Staff.fullNameOf(login);
    }
}
