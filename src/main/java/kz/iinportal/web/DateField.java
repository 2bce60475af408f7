package kz.iinportal.web;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

import io.quarkus.qute.TemplateData;
import io.quarkus.qute.TemplateExtension;

/**
 * What the date input tag (tags/dateInput.html) shows for a date field: the three parts as typed, the field's message
 * and which parts are wrong. A problem of the parts themselves marks those parts; any other problem of the field (in
 * the future, before the date of issue…) concerns the whole date and marks all three.
 */
@TemplateData
public record DateField(String day, String month, String year, String error, boolean dayWrong, boolean monthWrong,
        boolean yearWrong) {

    /**
     * In templates: {@code {#let d=dateInput:field(name, form, errors)}}. {@code form} holds the answers as typed
     * ({@link DateInput#putAnswers}); {@code errors} the messages, under the part the error summary links to.
     */
    @TemplateExtension(namespace = "dateInput")
    static DateField field(String name, Map<String, String> form, Map<String, String> errors) {
        DateInput typed = DateInput.typed(name, form);
        String error = null;
        for (DateInput.Part part : DateInput.Part.values()) {
            if (error == null) {
                error = errors.get(part.id(name));
            }
        }
        if (error == null) {
            return new DateField(typed.day(), typed.month(), typed.year(), null, false, false, false);
        }
        DateInput.Problem problem = typed.read().problem();
        Set<DateInput.Part> wrong = problem == null ? EnumSet.allOf(DateInput.Part.class) : problem.parts;
        return new DateField(typed.day(), typed.month(), typed.year(), error, wrong.contains(DateInput.Part.DAY),
                wrong.contains(DateInput.Part.MONTH), wrong.contains(DateInput.Part.YEAR));
    }
}
