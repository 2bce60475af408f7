package kz.iinportal.supervisor;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

import kz.iinportal.web.FormErrors;
import kz.iinportal.web.FormValues;

/**
 * Server-side checks of the supervisor's forms. Each adds a message key to {@link FormErrors} and returns what it
 * could read (null when nothing); nothing here throws for bad input.
 */
final class SupervisorInput {

    /** Dates outside these years are typing mistakes (e.g. 0227 for 2027), not calendar entries or rule dates. */
    static final int FIRST_YEAR = 2000;
    static final int LAST_YEAR = 2100;

    private SupervisorInput() {
    }

    static String trim(String value) {
        return FormValues.trim(value);
    }

    /** A date as an {@code <input type="date">} sends it (yyyy-mm-dd). */
    static LocalDate date(String value, String field, FormErrors errors) {
        String v = trim(value);
        if (v == null) {
            errors.add(field, "sup.error.date.required");
            return null;
        }
        try {
            LocalDate date = LocalDate.parse(v);
            if (date.getYear() < FIRST_YEAR || date.getYear() > LAST_YEAR) {
                errors.add(field, "sup.error.date.range");
                return null;
            }
            return date;
        } catch (DateTimeParseException e) {
            errors.add(field, "sup.error.date.invalid");
            return null;
        }
    }

    /** Required text of at most {@code max} characters (200, 300 or 500: each limit has its message). */
    static String text(String value, String field, int max, FormErrors errors) {
        String v = trim(value);
        if (v == null) {
            errors.add(field, "sup.error.required." + field);
        } else if (v.codePointCount(0, v.length()) > max) {
            errors.add(field, "sup.error.tooLong." + max);
        }
        return v;
    }

    /** A checkbox is ticked when the browser sends its value at all. */
    static boolean ticked(String value) {
        return value != null && !value.isBlank();
    }
}
