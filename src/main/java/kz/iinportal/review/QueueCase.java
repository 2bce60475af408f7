package kz.iinportal.review;

import java.time.OffsetDateTime;

import kz.iinportal.application.ApplicationStatus;
import kz.iinportal.application.Service;
import kz.iinportal.calendar.Deadline;

/**
 * A case as the queue lists it: the columns the page shows and no more, read by the page's one query together with
 * the assignee's name (no entity, so nothing behind it is loaded row by row).
 *
 * @param assigneeName the assignee's full name from the staff table; null when nobody is assigned, the login when
 *        the assignee is not in the staff table (as {@code staff.StaffNames} shows it)
 */
public record QueueCase(long id, String reference, String familyName, String givenNames, Service service,
        ApplicationStatus status, OffsetDateTime dueAt, String assignedTo, String assigneeName) {

    /** The columns in constructor order, as the queue's HQL selects them ({@code a} the case, {@code s} the assignee). */
    static final String SELECT = "select new " + QueueCase.class.getName()
            + "(a.id, a.reference, a.familyName, a.givenNames, a.service, a.status, a.dueAt, a.assignedTo,"
            + " coalesce(s.fullName, a.assignedTo))"
            + " from Application a left join Staff s on s.login = a.assignedTo";

    /** The deadline of a submitted case (none for cases submitted before deadlines were stored). */
    public Deadline deadline() {
        return dueAt == null ? null : Deadline.endingAt(dueAt);
    }
}
