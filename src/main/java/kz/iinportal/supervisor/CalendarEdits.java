package kz.iinportal.supervisor;

import java.time.LocalDate;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.PersistenceException;

import io.quarkus.narayana.jta.QuarkusTransaction;
import kz.iinportal.audit.AdminEvent;
import kz.iinportal.audit.AdminEventKind;
import kz.iinportal.calendar.CalendarDay;
import kz.iinportal.calendar.WorkingCalendar;

/**
 * Changes to the working-day calendar. Each change commits in its own transaction and only then reloads the cached
 * {@link WorkingCalendar}, so deadlines computed from the next submission on use the new calendar (a reload inside
 * the transaction would read the old rows). Deadlines already stored with submitted cases stay as they are. Each
 * change is recorded in the administration audit ({@link AdminEvent}) in its transaction, with the day before and
 * after.
 */
@ApplicationScoped
public class CalendarEdits {

    @Inject
    WorkingCalendar calendar;

    /** Adds the day; false when the date is already in the calendar (it is changed, not added twice). */
    boolean add(CalendarDayForm form, String supervisor) {
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
                AdminEvent.record(supervisor, AdminEventKind.CALENDAR_DAY_ADDED, row.day.toString(), null,
                        describe(row));
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
    boolean change(LocalDate day, CalendarDayForm form, String supervisor) {
        boolean changed = QuarkusTransaction.requiringNew().call(() -> {
            CalendarDay row = CalendarDay.findById(day);
            if (row == null) {
                return false;
            }
            String before = describe(row);
            form.applyTo(row);
            AdminEvent.record(supervisor, AdminEventKind.CALENDAR_DAY_CHANGED, day.toString(), before,
                    describe(row));
            return true;
        });
        calendar.reload();
        return changed;
    }

    /** Removes the day: it becomes a plain weekday or weekend day again. False when it was already gone. */
    boolean remove(LocalDate day, String supervisor) {
        boolean removed = QuarkusTransaction.requiringNew().call(() -> {
            CalendarDay row = CalendarDay.findById(day);
            if (row == null) {
                return false;
            }
            String before = describe(row);
            row.delete();
            AdminEvent.record(supervisor, AdminEventKind.CALENDAR_DAY_REMOVED, day.toString(), before, null);
            return true;
        });
        calendar.reload();
        return removed;
    }

    /** The day as the audit shows it before and after a change: kind, the three names, the source. */
    static String describe(CalendarDay row) {
        return row.kind + "; kk=" + row.name.kk + "; ru=" + row.name.ru + "; en=" + row.name.en + "; source="
                + row.source;
    }
}
