package kz.iinportal.calendar;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.narayana.jta.QuarkusTransaction;

/**
 * The working-day calendar backed by table {@code calendar_day}.
 * <p>
 * The table is small (a few dozen rows a year) and read on every queue page for every case, so it is cached in memory
 * as an immutable {@link WorkingDays} snapshot instead of queried per call. A supervisor's edit calls {@link #reload()}
 * after its transaction commits; other instances of the portal pick the edit up when their snapshot is older than
 * {@link #MAX_AGE}. Loading reads the database, so callers must be on a worker thread, not the I/O thread.
 */
@ApplicationScoped
public class WorkingCalendar {

    static final Duration MAX_AGE = Duration.ofMinutes(10);

    private record Snapshot(WorkingDays days, Instant loadedAt) {
    }

    private volatile Snapshot snapshot;

    public boolean isWorkingDay(LocalDate date) {
        return days().isWorkingDay(date);
    }

    /** Due by the end (Kazakhstan time) of the first working day after the day of submission. */
    public Deadline deadlineFor(OffsetDateTime submittedAt) {
        return days().deadlineFor(submittedAt);
    }

    /** Due by the end of the {@code days}-th working day after the day of {@code from} (see {@link WorkingDays}). */
    public Deadline workingDaysAfter(OffsetDateTime from, int days) {
        return days().workingDaysAfter(from, days);
    }

    /** Reads the committed calendar again (in its own transaction); call after editing {@code calendar_day}. */
    public void reload() {
        List<CalendarDay> rows = QuarkusTransaction.requiringNew().call(() -> CalendarDay.<CalendarDay>listAll());
        Map<LocalDate, DayKind> kinds = new HashMap<>();
        for (CalendarDay row : rows) {
            kinds.put(row.day, row.kind);
        }
        snapshot = new Snapshot(new WorkingDays(kinds), Instant.now());
    }

    private WorkingDays days() {
        Snapshot current = snapshot;
        if (current == null || current.loadedAt().plus(MAX_AGE).isBefore(Instant.now())) {
            reload();
            current = snapshot;
        }
        return current.days();
    }
}
