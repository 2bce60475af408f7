package kz.iinportal.testsupport;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Dates as a browser sends GOV.UK's date input ({@code <field>-day}, {@code -month}, {@code -year}), the mistakes each
 * date field must name by its part, and the check that a page shows one as a person should see it.
 */
public final class DateFields {

    /** The parts, in the order of the page. */
    public static final List<String> PARTS = List.of("day", "month", "year");

    /**
     * A typed date with a mistake in its parts, the message it gets ({@code key} with the field's label) and the
     * parts marked wrong; the error summary links to the first of them.
     */
    public record Mistake(String day, String month, String year, String key, List<String> wrong) {
    }

    public static final List<Mistake> MISTAKES = List.of(
            new Mistake("", "3", "2007", "date.error.MISSING_DAY", List.of("day")),
            new Mistake("27", "", "2007", "date.error.MISSING_MONTH", List.of("month")),
            new Mistake("27", "3", "", "date.error.MISSING_YEAR", List.of("year")),
            new Mistake("", "", "2007", "date.error.MISSING_DAY_MONTH", List.of("day", "month")),
            new Mistake("", "3", "", "date.error.MISSING_DAY_YEAR", List.of("day", "year")),
            new Mistake("27", "", "", "date.error.MISSING_MONTH_YEAR", List.of("month", "year")),
            new Mistake("32", "3", "2007", "date.error.DAY", List.of("day")),
            new Mistake("-1", "3", "2007", "date.error.DAY", List.of("day")),
            new Mistake("27", "13", "2007", "date.error.MONTH", List.of("month")),
            new Mistake("27", "Smarch", "2007", "date.error.MONTH", List.of("month")),
            new Mistake("27", "3", "07", "date.error.YEAR", List.of("year")),
            new Mistake("27", "3", "-2026", "date.error.YEAR", List.of("year")),
            new Mistake("27", "3", "20277", "date.error.YEAR", List.of("year")),
            new Mistake("31", "4", "2007", "date.error.NOT_REAL", PARTS));

    private DateFields() {
    }

    /** The date in its three fields, as a person types it (27, 3, 2007). */
    public static Map<String, String> of(String field, LocalDate date) {
        return typed(field, String.valueOf(date.getDayOfMonth()), String.valueOf(date.getMonthValue()),
                String.valueOf(date.getYear()));
    }

    public static Map<String, String> typed(String field, String day, String month, String year) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put(field + "-day", day);
        fields.put(field + "-month", month);
        fields.put(field + "-year", year);
        return fields;
    }

    public static Map<String, String> typed(String field, Mistake mistake) {
        return typed(field, mistake.day(), mistake.month(), mistake.year());
    }

    /** The message of {@code key} about the field labelled {@code labelKey}, as the page writes it. */
    public static String message(String language, String key, String labelKey) {
        return String.format(Bundles.message(language, key), Bundles.message(language, labelKey));
    }

    /**
     * The page shows the date field's problem as GOV.UK's pattern asks: the message by the field and in the error
     * summary, linked to the first wrong part; the wrong parts marked (and only they); each part as it was typed.
     */
    public static void assertShown(String page, String field, String message, List<String> wrong,
            Map<String, String> typed) {
        assertEquals(2, count(page, message), message + ": in the summary and by the field");
        assertTrue(page.contains("<li><a href=\"#" + field + "-" + wrong.get(0) + "\">" + message + "</a></li>"),
                "the summary links " + message + " to " + field + "-" + wrong.get(0));
        assertTrue(page.contains("id=\"" + field + "-error\""), field + " has its message");
        for (String part : PARTS) {
            String input = input(page, field + "-" + part);
            assertEquals(wrong.contains(part), input.contains("input--error"), part + " marked: " + input);
            assertEquals(wrong.contains(part), input.contains("aria-invalid=\"true\""), part + " invalid: " + input);
            String value = typed.getOrDefault(field + "-" + part, "");
            assertTrue(input.contains("value=\"" + Bundles.html(value) + "\""), part + " kept: " + input);
        }
    }

    /** The {@code <input>} element with this id. */
    public static String input(String page, String id) {
        Matcher m = Pattern.compile("<input[^>]* id=\"" + Pattern.quote(id) + "\"[^>]*>").matcher(page);
        assertTrue(m.find(), "no input " + id);
        return m.group();
    }

    public static int count(String text, String part) {
        int n = 0;
        for (int i = text.indexOf(part); i >= 0; i = text.indexOf(part, i + 1)) {
            n++;
        }
        return n;
    }
}
