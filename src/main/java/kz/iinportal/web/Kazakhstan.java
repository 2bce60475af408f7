package kz.iinportal.web;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;

/**
 * Where the service runs: its days (deadlines, rules in force, document validity, dates on pages, certificates,
 * notices) are Kazakhstan's days, whatever time zone the server is set to. Everything that asks "what day is it" asks
 * here, never {@code LocalDate.now()}, which answers in the JVM's zone.
 */
public final class Kazakhstan {

    /** Asia/Almaty: UTC+5 in the whole country since 1 March 2024. */
    public static final ZoneId ZONE = ZoneId.of("Asia/Almaty");

    private Kazakhstan() {
    }

    /** Today's date in Kazakhstan. */
    public static LocalDate today() {
        return LocalDate.now(ZONE);
    }

    /** The current instant with Kazakhstan's offset. */
    public static OffsetDateTime now() {
        return OffsetDateTime.now(ZONE);
    }

    /** The day in Kazakhstan on which {@code instant} falls. */
    public static LocalDate dateOf(OffsetDateTime instant) {
        return instant.atZoneSameInstant(ZONE).toLocalDate();
    }
}
