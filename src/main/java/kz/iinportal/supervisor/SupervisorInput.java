package kz.iinportal.supervisor;

import java.time.LocalDate;

import kz.iinportal.web.DateInput;
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

    /** A date typed as day, month and year ({@link DateInput}), labelled by {@code labelKey}. */
    static LocalDate date(DateInput typed, String field, String labelKey, FormErrors errors) {
        LocalDate date = typed.read(field, labelKey, "sup.error.date.required", errors);
        if (date != null && (date.getYear() < FIRST_YEAR || date.getYear() > LAST_YEAR)) {
            errors.add(field, "sup.error.date.range");
            return null;
        }
        return date;
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
