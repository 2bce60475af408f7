package kz.iinportal.web;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A date as a person types it into GOV.UK's date input: day, month and year in three fields, sent as
 * {@code <field>-day}, {@code <field>-month} and {@code <field>-year}. Strict: digits only (no sign, no spaces inside),
 * a day of 1–31, a month of 1–12 or its name, a year of exactly 4 digits, and a date the calendar has (no 31 April, no
 * lenient rolling over into the next month). The month may be written as its name or the name's first three letters
 * or more, in English, Russian (nominative or genitive, «марта») or Kazakh, whatever the page's language: a person
 * copying a date from a document writes it as the document does.
 * <p>
 * Each mistake has its own message and concerns its own parts: the page marks those parts only, and the error summary
 * links to the first of them ({@code #birthDate-month}). Rules about the date itself (in the past, after the date of
 * issue…) belong to the form that reads it and concern the whole date.
 */
public record DateInput(String day, String month, String year) {

    private static final Pattern ONE_OR_TWO_DIGITS = Pattern.compile("[0-9]{1,2}");
    private static final Pattern FOUR_DIGITS = Pattern.compile("[0-9]{4}");
    /** Shorter than this, a month name is ambiguous ("ма": март, май, мамыр, маусым). */
    private static final int SHORTEST_MONTH_NAME = 3;

    /** Month names, January first: English; Russian in the nominative and the genitive; Kazakh. */
    private static final List<List<String>> MONTHS = List.of(
            List.of("january", "январь", "января", "қаңтар"),
            List.of("february", "февраль", "февраля", "ақпан"),
            List.of("march", "март", "марта", "наурыз"),
            List.of("april", "апрель", "апреля", "сәуір"),
            List.of("may", "май", "мая", "мамыр"),
            List.of("june", "июнь", "июня", "маусым"),
            List.of("july", "июль", "июля", "шілде"),
            List.of("august", "август", "августа", "тамыз"),
            List.of("september", "сентябрь", "сентября", "қыркүйек"),
            List.of("october", "октябрь", "октября", "қазан"),
            List.of("november", "ноябрь", "ноября", "қараша"),
            List.of("december", "декабрь", "декабря", "желтоқсан"));

    /** A part of the date: its field is {@code <field>-day} and so on. */
    public enum Part {
        DAY, MONTH, YEAR;

        public String id(String field) {
            return field + "-" + name().toLowerCase(Locale.ROOT);
        }
    }

    /** What is wrong with a typed date, and which parts the message is about. */
    public enum Problem {
        /** Nothing typed: the field's own "Enter …" message. */
        MISSING(Part.DAY, Part.MONTH, Part.YEAR),
        MISSING_DAY(Part.DAY),
        MISSING_MONTH(Part.MONTH),
        MISSING_YEAR(Part.YEAR),
        MISSING_DAY_MONTH(Part.DAY, Part.MONTH),
        MISSING_DAY_YEAR(Part.DAY, Part.YEAR),
        MISSING_MONTH_YEAR(Part.MONTH, Part.YEAR),
        /** Not a number from 1 to 31. */
        DAY(Part.DAY),
        /** Neither a number from 1 to 12 nor a month's name. */
        MONTH(Part.MONTH),
        /** Not 4 digits (27 for 2027, 20277, a sign). */
        YEAR(Part.YEAR),
        /** Each part fine, but no such day: 31 April, 29 February of a common year. */
        NOT_REAL(Part.DAY, Part.MONTH, Part.YEAR);

        public final Set<Part> parts;

        Problem(Part first, Part... others) {
            this.parts = EnumSet.of(first, others);
        }

        /** The message key, with the field's label as its argument ({@link #MISSING} uses the field's own). */
        public String messageKey() {
            return "date.error." + name();
        }

        /** The part the error summary links to. */
        public Part first() {
            return parts.iterator().next();
        }
    }

    /** The typed date read: {@code date} when it is one, otherwise the {@code problem}. */
    public record Reading(LocalDate date, Problem problem) {
    }

    /** The stored date as its three fields show it (27, 3, 2007; the year in 4 digits), or three empty fields. */
    public static DateInput of(LocalDate date) {
        if (date == null) {
            return new DateInput("", "", "");
        }
        return new DateInput(String.valueOf(date.getDayOfMonth()), String.valueOf(date.getMonthValue()),
                String.format(Locale.ROOT, "%04d", date.getYear()));
    }

    /** The three fields' answers, under their names, for showing the form again. */
    public void putAnswers(String field, Map<String, String> answers) {
        answers.put(Part.DAY.id(field), FormValues.orEmpty(day));
        answers.put(Part.MONTH.id(field), FormValues.orEmpty(month));
        answers.put(Part.YEAR.id(field), FormValues.orEmpty(year));
    }

    /** The three fields' answers of {@code field} in {@code answers}, as typed. */
    public static DateInput typed(String field, Map<String, String> answers) {
        return new DateInput(answers.get(Part.DAY.id(field)), answers.get(Part.MONTH.id(field)),
                answers.get(Part.YEAR.id(field)));
    }

    public Reading read() {
        String d = FormValues.trim(day);
        String m = FormValues.trim(month);
        String y = FormValues.trim(year);
        Problem missing = missing(d == null, m == null, y == null);
        if (missing != null) {
            return new Reading(null, missing);
        }
        Integer dayOfMonth = ONE_OR_TWO_DIGITS.matcher(d).matches() ? Integer.valueOf(d) : null;
        if (dayOfMonth == null || dayOfMonth < 1 || dayOfMonth > 31) {
            return new Reading(null, Problem.DAY);
        }
        Integer monthOfYear = month(m);
        if (monthOfYear == null) {
            return new Reading(null, Problem.MONTH);
        }
        if (!FOUR_DIGITS.matcher(y).matches()) {
            return new Reading(null, Problem.YEAR);
        }
        try {
            return new Reading(LocalDate.of(Integer.parseInt(y), monthOfYear, dayOfMonth), null);
        } catch (DateTimeException e) {
            return new Reading(null, Problem.NOT_REAL);
        }
    }

    /**
     * Reads the date of {@code field}, adding its problem to {@code errors}: {@code requiredKey} when nothing was
     * typed, otherwise the problem's message about the field's label. The error summary then links to the first wrong
     * part, and any later problem of the field (a rule about the whole date) to the day. Null when there is no date.
     */
    public LocalDate read(String field, String labelKey, String requiredKey, FormErrors errors) {
        Reading reading = read();
        Problem problem = reading.problem();
        errors.linkTo(field, (problem == null ? Part.DAY : problem.first()).id(field));
        if (problem == Problem.MISSING) {
            errors.add(field, requiredKey);
        } else if (problem != null) {
            errors.add(field, problem.messageKey(), errors.message(labelKey));
        }
        return reading.date();
    }

    private static Problem missing(boolean day, boolean month, boolean year) {
        if (day && month && year) {
            return Problem.MISSING;
        } else if (day && month) {
            return Problem.MISSING_DAY_MONTH;
        } else if (day && year) {
            return Problem.MISSING_DAY_YEAR;
        } else if (month && year) {
            return Problem.MISSING_MONTH_YEAR;
        } else if (day) {
            return Problem.MISSING_DAY;
        } else if (month) {
            return Problem.MISSING_MONTH;
        } else if (year) {
            return Problem.MISSING_YEAR;
        }
        return null;
    }

    /** 1–12 for a month's number or name, null for anything else or a name that could be two months. */
    static Integer month(String typed) {
        if (ONE_OR_TWO_DIGITS.matcher(typed).matches()) {
            int number = Integer.parseInt(typed);
            return number >= 1 && number <= 12 ? number : null;
        }
        String name = typed.toLowerCase(Locale.ROOT);
        if (name.endsWith(".")) {
            name = name.substring(0, name.length() - 1); // "Sept.", "сент."
        }
        if (name.codePointCount(0, name.length()) < SHORTEST_MONTH_NAME) {
            return null;
        }
        Integer found = null;
        for (int i = 0; i < MONTHS.size(); i++) {
            for (String form : MONTHS.get(i)) {
                if (form.startsWith(name)) {
                    if (found != null && found != i + 1) {
                        return null;
                    }
                    found = i + 1;
                }
            }
        }
        return found;
    }

    /** The month names the parser knows, by month number (for tests and documentation). */
    static Map<Integer, List<String>> monthNames() {
        Map<Integer, List<String>> names = new LinkedHashMap<>();
        for (int i = 0; i < MONTHS.size(); i++) {
            names.put(i + 1, MONTHS.get(i));
        }
        return names;
    }
}
