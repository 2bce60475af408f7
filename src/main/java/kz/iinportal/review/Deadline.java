package kz.iinportal.review;

import java.time.LocalDate;
import java.time.OffsetDateTime;

/**
 * When a case is due: by the end of {@code day} (a working day) in Asia/Almaty time. {@code endsAt} is the first
 * instant after the term, i.e. the start of the following day in Asia/Almaty (the term runs to 23:59:59.999…).
 */
public record Deadline(LocalDate day, OffsetDateTime endsAt) {

    /** True from the start of the day after {@link #day} (Asia/Almaty) on. */
    public boolean overdueAt(OffsetDateTime now) {
        return !now.isBefore(endsAt);
    }

    /** True while {@code now} falls on {@link #day} in Asia/Almaty. */
    public boolean dueTodayAt(OffsetDateTime now) {
        return !overdueAt(now) && now.atZoneSameInstant(WorkingDays.ZONE).toLocalDate().equals(day);
    }
}
