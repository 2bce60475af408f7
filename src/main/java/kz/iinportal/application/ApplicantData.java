package kz.iinportal.application;

import java.time.LocalDate;
import java.util.regex.Pattern;

import kz.iinportal.iin.Iin;
import kz.iinportal.web.Countries;
import kz.iinportal.web.DateInput;
import kz.iinportal.web.FormErrors;
import kz.iinportal.web.FormValues;

/**
 * Server-side rules for the answers of the application steps. Every check adds a message key to {@link FormErrors};
 * nothing here throws for bad input.
 */
final class ApplicantData {

    /** Latin as in the passport's machine-readable zone: letters A–Z, space, hyphen, apostrophe. */
    static final Pattern LATIN_NAME = Pattern.compile("[A-Za-z][A-Za-z '\\-]{0,99}");
    static final Pattern CYRILLIC_NAME = Pattern.compile("[\\p{IsCyrillic}][\\p{IsCyrillic} '\\-]{0,99}");
    static final Pattern DOCUMENT_NUMBER = Pattern.compile("[A-Za-z0-9]{4,20}");
    static final Pattern PHONE = Pattern.compile("\\+[1-9][0-9]{6,14}");

    private ApplicantData() {
    }

    static String latinName(String value, String field, FormErrors errors) {
        String v = trim(value);
        if (v == null) {
            errors.add(field, "apply.error." + field + ".required");
        } else if (!LATIN_NAME.matcher(v).matches()) {
            errors.add(field, "apply.error.latin");
        }
        return v;
    }

    static String cyrillicName(String value, String field, FormErrors errors) {
        String v = trim(value);
        if (v != null && !CYRILLIC_NAME.matcher(v).matches()) {
            errors.add(field, "apply.error.cyrillic");
        }
        return v;
    }

    /** A typed date of {@code field}, labelled by {@code labelKey}; "Enter …" is the field's own message. */
    static LocalDate date(DateInput typed, String field, String labelKey, FormErrors errors) {
        return typed.read(field, labelKey, "apply.error." + field + ".required", errors);
    }

    /** A date of birth: in the past, and not longer ago than the oldest person can be. */
    static LocalDate birthDate(DateInput typed, LocalDate today, DateLimits limits, FormErrors errors) {
        LocalDate date = date(typed, "birthDate", "apply.person.birthDate", errors);
        if (date != null && date.isAfter(today)) {
            errors.add("birthDate", "apply.error.birthDate.future");
        } else if (date != null && date.isBefore(today.minusYears(limits.oldestPersonYears()))) {
            errors.add("birthDate", "apply.error.birthDate.tooOld", limits.oldestPersonYears());
        }
        return date;
    }

    static String country(String value, String field, FormErrors errors) {
        String v = trim(value);
        if (v == null) {
            errors.add(field, "apply.error." + field + ".required");
        } else if (!Countries.isCode(v)) {
            errors.add(field, "apply.error.country");
        }
        return v;
    }

    static String text(String value, String field, int max, boolean required, FormErrors errors) {
        String v = trim(value);
        if (v == null && required) {
            errors.add(field, "apply.error." + field + ".required");
        } else if (v != null && v.codePointCount(0, v.length()) > max) {
            errors.add(field, "apply.error.tooLong");
        }
        return v;
    }

    static String iin(String value, FormErrors errors) {
        String v = trim(value);
        if (v == null) {
            errors.add("currentIin", "apply.error.currentIin.required");
            return null;
        }
        Iin.Check check = Iin.check(v.length() > 40 ? v.substring(0, 40) : v);
        if (!check.valid()) {
            errors.add("currentIin", switch (check.reason()) {
                case NOT_DIGITS -> "iincheck.error.notDigits";
                case LENGTH -> "iincheck.error.length";
                case CENTURY_SEX -> "iincheck.error.centurySex";
                case DATE -> "iincheck.error.date";
                case CHECK_DIGIT -> "iincheck.error.checkDigit";
            });
            return v;
        }
        return check.iin();
    }

    static <E extends Enum<E>> E choice(Class<E> type, String value, String field, FormErrors errors) {
        E chosen = FormValues.named(type, trim(value));
        if (chosen == null) {
            errors.add(field, "apply.error." + field + ".required");
        }
        return chosen;
    }

    static String trim(String value) {
        return FormValues.trim(value);
    }
}
