package kz.iinportal.supervisor;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Response;

import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;

import io.quarkiverse.renarde.Controller;
import io.quarkiverse.renarde.router.Router;
import io.quarkus.panache.common.Sort;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import kz.iinportal.calendar.CalendarDay;
import kz.iinportal.web.CurrentUser;
import kz.iinportal.web.DateInput;
import kz.iinportal.web.FormErrors;
import kz.iinportal.web.Kazakhstan;
import kz.iinportal.web.Role;

/**
 * The supervisor's holiday calendar: the days of a year that differ from the plain Monday–Friday week, adding a day,
 * changing or removing one. Deadlines of new submissions follow the change at once (see {@link CalendarEdits}).
 */
@Path("/supervisor/calendar")
@Transactional(Transactional.TxType.NOT_SUPPORTED)
@RolesAllowed(Role.SUPERVISOR_NAME)
public class HolidayCalendar extends Controller {

    @Inject
    CalendarEdits edits;

    @Inject
    CurrentUser currentUser;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance index(int year, List<CalendarDay> days, CalendarView view,
                Map<String, String> form, Map<String, String> errors);

        static native TemplateInstance day(CalendarDay day, CalendarView view, Map<String, String> form,
                Map<String, String> errors);
    }

    @GET
    @Path("")
    public TemplateInstance index(@RestQuery String year) {
        int shown = year(year);
        return Templates.index(shown, daysOf(shown), new CalendarView(i18n), Map.of(), Map.of());
    }

    @POST
    @Transactional(Transactional.TxType.NOT_SUPPORTED)
    @Path("")
    public Object add(@RestForm("day-day") String dayOfMonth, @RestForm("day-month") String month,
            @RestForm("day-year") String year, @RestForm String kind, @RestForm String nameKk,
            @RestForm String nameRu, @RestForm String nameEn, @RestForm String source) {
        FormErrors errors = new FormErrors(i18n);
        CalendarDayForm form = CalendarDayForm.read(null, new DateInput(dayOfMonth, month, year), kind, nameKk,
                nameRu, nameEn, source, errors);
        if (!errors.any() && !edits.add(form, currentUser.getLogin())) {
            errors.add("day", "sup.calendar.error.duplicate");
        }
        if (errors.any()) {
            int shown = form.day != null ? form.day.getYear() : thisYear();
            return Templates.index(shown, daysOf(shown), new CalendarView(i18n), form.answers, errors.map());
        }
        flash("message", i18n.getMessage("sup.calendar.added"));
        return Response.seeOther(Router.getURI(HolidayCalendar::index, String.valueOf(form.day.getYear()))).build();
    }

    @GET
    @Path("{day}")
    public TemplateInstance day(@RestPath String day) {
        CalendarDay row = existing(day);
        return Templates.day(row, new CalendarView(i18n), CalendarDayForm.answersOf(row), Map.of());
    }

    @POST
    @Transactional(Transactional.TxType.NOT_SUPPORTED)
    @Path("{day}")
    public Object change(@RestPath String day, @RestForm String kind, @RestForm String nameKk,
            @RestForm String nameRu, @RestForm String nameEn, @RestForm String source) {
        CalendarDay row = existing(day);
        FormErrors errors = new FormErrors(i18n);
        CalendarDayForm form = CalendarDayForm.read(row.day, null, kind, nameKk, nameRu, nameEn, source, errors);
        if (errors.any()) {
            return Templates.day(row, new CalendarView(i18n), form.answers, errors.map());
        }
        if (!edits.change(row.day, form, currentUser.getLogin())) {
            throw new NotFoundException(); // removed by someone else meanwhile
        }
        flash("message", i18n.getMessage("sup.calendar.changed"));
        return Response.seeOther(Router.getURI(HolidayCalendar::index, String.valueOf(row.day.getYear()))).build();
    }

    @POST
    @Transactional(Transactional.TxType.NOT_SUPPORTED)
    @Path("{day}/remove")
    public Response remove(@RestPath String day) {
        LocalDate date = parse(day);
        if (edits.remove(date, currentUser.getLogin())) {
            flash("message", i18n.getMessage("sup.calendar.removed"));
        }
        return Response.seeOther(Router.getURI(HolidayCalendar::index, String.valueOf(date.getYear()))).build();
    }

    private static List<CalendarDay> daysOf(int year) {
        return CalendarDay.list("day >= ?1 and day < ?2", Sort.by("day"), LocalDate.of(year, 1, 1),
                LocalDate.of(year + 1, 1, 1));
    }

    /** The year asked for, or this year when the address carries none or nonsense. */
    private static int year(String value) {
        try {
            int year = Integer.parseInt(value == null ? "" : value.strip());
            if (year >= SupervisorInput.FIRST_YEAR && year <= SupervisorInput.LAST_YEAR) {
                return year;
            }
        } catch (NumberFormatException e) {
            // fall through to this year
        }
        return thisYear();
    }

    private static int thisYear() {
        return Kazakhstan.today().getYear();
    }

    private static CalendarDay existing(String day) {
        CalendarDay row = CalendarDay.findById(parse(day));
        if (row == null) {
            throw new NotFoundException();
        }
        return row;
    }

    private static LocalDate parse(String day) {
        try {
            return LocalDate.parse(day);
        } catch (DateTimeParseException e) {
            throw new NotFoundException();
        }
    }
}
