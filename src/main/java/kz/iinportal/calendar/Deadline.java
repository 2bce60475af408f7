package kz.iinportal.calendar;

import java.time.LocalDate;
import java.time.OffsetDateTime;

import kz.iinportal.web.Kazakhstan;

/**
 * When a case is due: by the end of {@code day} (a working day) in Kazakhstan time. {@code endsAt} is the first
 * instant after the term, i.e. the start of the following day in Kazakhstan (the term runs to 23:59:59.999…); it is
 * what {@code application.due_at} stores.
 */
public record Deadline(LocalDate day, OffsetDateTime endsAt) {

    /**
     * The deadline whose term ends at {@code endsAt} (a stored {@code due_at}). Its day is the day of the term's last
     * instant, not the day {@code endsAt} itself falls on: a term ending at midnight is due the day before. The instant
     * is kept with Kazakhstan's offset (PostgreSQL hands it over in the JVM's), like {@link WorkingDays#deadlineFor}'s.
     */
    public static Deadline endingAt(OffsetDateTime endsAt) {
        OffsetDateTime kazakhstan = endsAt.atZoneSameInstant(Kazakhstan.ZONE).toOffsetDateTime();
        return new Deadline(Kazakhstan.dateOf(kazakhstan.minusNanos(1)), kazakhstan);
    }

    /** True from the start of the day after {@link #day} (Kazakhstan time) on. */
    public boolean overdueAt(OffsetDateTime now) {
        return !now.isBefore(endsAt);
    }

    /** True while {@code now} falls on {@link #day} in Kazakhstan. */
    public boolean dueTodayAt(OffsetDateTime now) {
        return !overdueAt(now) && Kazakhstan.dateOf(now).equals(day);
    }
}
