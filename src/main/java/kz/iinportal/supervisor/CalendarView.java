package kz.iinportal.supervisor;

import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.Locale;
import java.util.Map;

import io.quarkiverse.renarde.util.I18N;
import kz.iinportal.application.Choices;
import kz.iinportal.calendar.DayKind;

/**
 * What the calendar pages show besides the rows: names of weekdays (from the JDK's CLDR data) and of day kinds in the
 * chosen language, and the pages' addresses (Qute cannot join strings).
 */
public class CalendarView {

    private final I18N i18n;
    private final Locale locale;

    public CalendarView(I18N i18n) {
        this.i18n = i18n;
        this.locale = Locale.forLanguageTag(i18n.getLanguage());
    }

    public String weekday(LocalDate day) {
        return day.getDayOfWeek().getDisplayName(TextStyle.FULL, locale);
    }

    /** Kind → label, in the order of the enum, for the radios. */
    public Map<String, String> getKinds() {
        return Choices.labels(i18n, DayKind.values());
    }
}
