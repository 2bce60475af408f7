package kz.iinportal.supervisor;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

import kz.iinportal.calendar.CalendarDay;
import kz.iinportal.calendar.DayKind;
import kz.iinportal.web.DateInput;
import kz.iinportal.web.FormErrors;
import kz.iinportal.web.FormValues;
import kz.iinportal.web.LocalizedText;

/**
 * A calendar day as the supervisor typed it, checked field by field. The kind must fit the day of the week: a
 * weekend day declared a working day is a Saturday or Sunday, a day off moved by the weekend rule or by order falls
 * on a weekday (otherwise it changes nothing and is almost certainly a mistyped date).
 */
final class CalendarDayForm {

    static final int NAME_MAX = 200;
    static final int SOURCE_MAX = 500;

    /** The answers as typed, to show them again with the errors. */
    final Map<String, String> answers = new LinkedHashMap<>();
    LocalDate day;
    DayKind kind;
    final LocalizedText name = new LocalizedText();
    String source;

    /** Reads a new day (with its date) or, when {@code fixedDay} is given, a change of that day. */
    static CalendarDayForm read(LocalDate fixedDay, DateInput day, String kind, String nameKk, String nameRu,
            String nameEn, String source, FormErrors errors) {
        CalendarDayForm form = new CalendarDayForm();
        (fixedDay != null ? DateInput.of(fixedDay) : day).putAnswers("day", form.answers);
        form.answers.put("kind", FormValues.orEmpty(kind));
        form.answers.put("nameKk", FormValues.orEmpty(nameKk));
        form.answers.put("nameRu", FormValues.orEmpty(nameRu));
        form.answers.put("nameEn", FormValues.orEmpty(nameEn));
        form.answers.put("source", FormValues.orEmpty(source));
        form.day = fixedDay != null ? fixedDay : SupervisorInput.date(day, "day", "sup.calendar.day", errors);
        form.kind = kind(kind, errors);
        if (form.day != null && form.kind != null) {
            boolean weekend = form.day.getDayOfWeek() == DayOfWeek.SATURDAY
                    || form.day.getDayOfWeek() == DayOfWeek.SUNDAY;
            if (form.kind == DayKind.TRANSFER_WORKING_DAY && !weekend) {
                errors.add("kind", "sup.calendar.error.workingDayNotWeekend");
            } else if (form.kind == DayKind.TRANSFER_DAY_OFF && weekend) {
                errors.add("kind", "sup.calendar.error.dayOffOnWeekend");
            }
        }
        form.name.kk = SupervisorInput.text(nameKk, "nameKk", NAME_MAX, errors);
        form.name.ru = SupervisorInput.text(nameRu, "nameRu", NAME_MAX, errors);
        form.name.en = SupervisorInput.text(nameEn, "nameEn", NAME_MAX, errors);
        form.source = SupervisorInput.text(source, "source", SOURCE_MAX, errors);
        return form;
    }

    /** The answers of an existing day, for its change form. */
    static Map<String, String> answersOf(CalendarDay row) {
        Map<String, String> answers = new LinkedHashMap<>();
        DateInput.of(row.day).putAnswers("day", answers);
        answers.put("kind", row.kind.name());
        answers.put("nameKk", row.name.kk);
        answers.put("nameRu", row.name.ru);
        answers.put("nameEn", row.name.en);
        answers.put("source", row.source);
        return answers;
    }

    void applyTo(CalendarDay row) {
        row.kind = kind;
        LocalizedText copy = new LocalizedText();
        copy.en = name.en;
        copy.ru = name.ru;
        copy.kk = name.kk;
        row.name = copy;
        row.source = source;
    }

    private static DayKind kind(String value, FormErrors errors) {
        DayKind kind = FormValues.named(DayKind.class, SupervisorInput.trim(value));
        if (kind == null) {
            errors.add("kind", "sup.calendar.error.kind");
        }
        return kind;
    }
}
