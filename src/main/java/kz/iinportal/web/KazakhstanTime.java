package kz.iinportal.web;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAccessor;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import io.quarkus.qute.TemplateExtension;

/**
 * How pages show dates and times: in Kazakhstan time, whatever zone the server runs in (an instant read from
 * PostgreSQL carries the JVM's offset, so {@code toLocalDate} on it gives the server's day, not the filer's), and in
 * the pattern of the page's language (keys {@code format.date} and {@code format.dateTime} of the bundles).
 * <p>
 * In templates: {@code {app.submittedAt.kzDateTime}}, {@code {e.at.kzDate}}, {@code {deadline.day.kzDate}}, and
 * {@code <time datetime="{e.at.kzIso}">} for the machine-readable value.
 */
@TemplateExtension
public final class KazakhstanTime {

    private static final Map<String, DateTimeFormatter> FORMATTERS = new ConcurrentHashMap<>();

    private KazakhstanTime() {
    }

    /** The day in Kazakhstan on which the instant falls. */
    static String kzDate(OffsetDateTime instant) {
        return format(Kazakhstan.dateOf(instant), "format.date");
    }

    /** Date and time (to the minute) in Kazakhstan. */
    static String kzDateTime(OffsetDateTime instant) {
        return format(instant.atZoneSameInstant(Kazakhstan.ZONE), "format.dateTime");
    }

    /** A calendar date (a due day, a holiday), already a Kazakhstan day. */
    static String kzDate(LocalDate date) {
        return format(date, "format.date");
    }

    /** ISO 8601 with Kazakhstan's offset, to the second, for {@code <time datetime>}. */
    static String kzIso(OffsetDateTime instant) {
        return instant.atZoneSameInstant(Kazakhstan.ZONE).toOffsetDateTime().truncatedTo(ChronoUnit.SECONDS)
                .toString();
    }

    private static String format(TemporalAccessor value, String key) {
        String language = BundleText.pageLanguage();
        return FORMATTERS.computeIfAbsent(language + ":" + key,
                k -> DateTimeFormatter.ofPattern(BundleText.get(language, key), Locale.forLanguageTag(language)))
                .format(value);
    }
}
