package kz.iinportal.supervisor;

import java.time.LocalDate;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.PersistenceException;

import io.quarkus.narayana.jta.QuarkusTransaction;
import kz.iinportal.calendar.CalendarDay;
import kz.iinportal.calendar.WorkingCalendar;

/**
 * Changes to the working-day calendar. Each change commits in its own transaction and only then reloads the cached
 * {@link WorkingCalendar}, so deadlines computed from the next submission on use the new calendar (a reload inside
 * the transaction would read the old rows). Deadlines already stored with submitted cases stay as they are.
 */
@ApplicationScoped
public class CalendarEdits {

    @Inject
    WorkingCalendar calendar;

    /** Adds the day; false when the date is already in the calendar (it is changed, not added twice). */
    boolean add(CalendarDayForm form) {
        boolean added;
        try {
            added = QuarkusTransaction.requiringNew().call(() -> {
                if (CalendarDay.findById(form.day) != null) {
                    return false;
                }
                CalendarDay row = new CalendarDay();
                row.day = form.day;
                form.applyTo(row);
                row.persistAndFlush();
                return true;
            });
        } catch (PersistenceException e) {
            // Another supervisor added the same date a moment earlier: the primary key refused the second row.
            added = false;
        }
        calendar.reload();
        return added;
    }

    /** Changes the kind, names and source of the day; false when it is no longer in the calendar. */
    boolean change(LocalDate day, CalendarDayForm form) {
        boolean changed = QuarkusTransaction.requiringNew().call(() -> {
            CalendarDay row = CalendarDay.findById(day);
            if (row == null) {
                return false;
            }
            form.applyTo(row);
            return true;
        });
        calendar.reload();
        return changed;
    }

    /** Removes the day: it becomes a plain weekday or weekend day again. False when it was already gone. */
    boolean remove(LocalDate day) {
        boolean removed = QuarkusTransaction.requiringNew().call(() -> CalendarDay.deleteById(day));
        calendar.reload();
        return removed;
    }
}
