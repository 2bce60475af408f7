package kz.iinportal.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Map;

import kz.iinportal.web.Kazakhstan;

/**
 * The Kazakhstan five-day working week plus the calendar's exceptions; pure (no database), so it can be unit-tested
 * and shared as an immutable snapshot. {@code holiday} and {@code transfer_day_off} days are not worked even on a
 * weekday, a {@code transfer_working_day} is a weekend day that is worked, any other Saturday or Sunday is a day off.
 */
public final class WorkingDays {

    /** No real calendar has a month without a working day; more means the data is broken, not a long holiday. */
    private static final int MAX_SEARCH_DAYS = 31;

    private final Map<LocalDate, DayKind> exceptions;

    public WorkingDays(Map<LocalDate, DayKind> exceptions) {
        this.exceptions = Map.copyOf(exceptions);
    }

    public boolean isWorkingDay(LocalDate date) {
        DayKind kind = exceptions.get(date);
        if (kind != null) {
            return kind.working();
        }
        DayOfWeek dow = date.getDayOfWeek();
        return dow != DayOfWeek.SATURDAY && dow != DayOfWeek.SUNDAY;
    }

    /** The first working day strictly after {@code date}. */
    public LocalDate nextWorkingDay(LocalDate date) {
        LocalDate candidate = date.plusDays(1);
        for (int i = 0; i < MAX_SEARCH_DAYS; i++, candidate = candidate.plusDays(1)) {
            if (isWorkingDay(candidate)) {
                return candidate;
            }
        }
        throw new IllegalStateException("No working day within " + MAX_SEARCH_DAYS + " days after " + date);
    }

    /**
     * The term of one working day: due by the end of the first working day after the day of submission, both in
     * Kazakhstan time (Friday evening → end of Monday; eve of a holiday → end of the next working day).
     */
    public Deadline deadlineFor(OffsetDateTime submittedAt) {
        return workingDaysAfter(submittedAt, 1);
    }

    /**
     * A term of {@code days} working days from an instant: the day it falls on does not count (a complaint filed on
     * a Friday evening or on a holiday starts its term on the next working day), the term ends with the last instant
     * of the {@code days}-th working day after it, Kazakhstan time.
     */
    public Deadline workingDaysAfter(OffsetDateTime from, int days) {
        if (days < 1) {
            throw new IllegalArgumentException("a term has at least one working day: " + days);
        }
        LocalDate due = Kazakhstan.dateOf(from);
        for (int i = 0; i < days; i++) {
            due = nextWorkingDay(due);
        }
        return new Deadline(due, due.plusDays(1).atStartOfDay(Kazakhstan.ZONE).toOffsetDateTime());
    }
}
