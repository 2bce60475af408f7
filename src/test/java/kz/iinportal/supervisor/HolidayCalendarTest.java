package kz.iinportal.supervisor;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.response.Response;
import kz.iinportal.calendar.CalendarDay;
import kz.iinportal.calendar.DayKind;
import kz.iinportal.calendar.WorkingCalendar;
import kz.iinportal.testsupport.DateFields;
import kz.iinportal.testsupport.FormSession;
import kz.iinportal.web.Kazakhstan;

/**
 * The supervisor's holiday calendar: adding, changing and removing a day, with the deadlines of the cached
 * {@link WorkingCalendar} following at once; and the form's server-side checks. The test days in June 2027 are in
 * no seeded calendar and are removed after each test (WorkingCalendarTest counts the seeded rows).
 */
@QuarkusTest
@TestSecurity(user = "supervisor", roles = "supervisor")
class HolidayCalendarTest {

    /** A Tuesday; the day before is a Monday, both ordinary working days in the seeded calendar. */
    static final LocalDate TUESDAY = LocalDate.of(2027, 6, 15);
    /** A Saturday of the same week. */
    static final LocalDate SATURDAY = LocalDate.of(2027, 6, 19);
    static final String PAGE = "/supervisor/calendar?year=2027";

    @Inject
    WorkingCalendar calendar;

    @AfterEach
    void removeTestDays() {
        QuarkusTransaction.requiringNew().run(() -> CalendarDay.delete("day in ?1", List.of(TUESDAY, SATURDAY)));
        calendar.reload();
    }

    @Test
    void aNewHolidayMovesDeadlinesAtOnceAndRemovingItMovesThemBack() {
        assertEquals(DayOfWeek.TUESDAY, TUESDAY.getDayOfWeek());
        assertTrue(calendar.isWorkingDay(TUESDAY));
        assertEquals(TUESDAY, dueDay(TUESDAY.minusDays(1)));

        Response added = new FormSession().post(PAGE, "/supervisor/calendar", day(TUESDAY, "HOLIDAY"));
        assertEquals(303, added.statusCode(), added.asString());
        assertTrue(added.header("Location").endsWith("/supervisor/calendar?year=2027"));
        CalendarDay row = find(TUESDAY);
        assertEquals(DayKind.HOLIDAY, row.kind);
        assertEquals("Сынақ мерекесі", row.name.kk);
        assertEquals("Тестовый праздник", row.name.ru);
        assertEquals("Test holiday", row.name.en);
        assertEquals("Test order No. 1", row.source);

        assertFalse(calendar.isWorkingDay(TUESDAY), "the cached calendar was reloaded after the commit");
        assertEquals(TUESDAY.plusDays(1), dueDay(TUESDAY.minusDays(1)), "Monday's case is due on Wednesday");
        given().get(PAGE).then().statusCode(200).body(containsString("id=\"day-2027-06-15\""))
                .body(containsString("Test holiday"));

        new FormSession().post("/supervisor/calendar/2027-06-15", "/supervisor/calendar/2027-06-15/remove",
                Map.of()).then().statusCode(303);
        assertNull(find(TUESDAY));
        assertTrue(calendar.isWorkingDay(TUESDAY));
        assertEquals(TUESDAY, dueDay(TUESDAY.minusDays(1)));
    }

    @Test
    void changingADayChangesItsKindNamesAndTheDeadlines() {
        new FormSession().post(PAGE, "/supervisor/calendar", day(TUESDAY, "HOLIDAY")).then().statusCode(303);
        given().get("/supervisor/calendar/2027-06-15").then().statusCode(200)
                .body(containsString("value=\"Test holiday\"")).body(containsString("value=\"HOLIDAY\" checked"));

        Map<String, String> change = day(TUESDAY, "TRANSFER_DAY_OFF");
        change.put("nameEn", "Moved day off");
        new FormSession().post("/supervisor/calendar/2027-06-15", "/supervisor/calendar/2027-06-15", change)
                .then().statusCode(303);
        CalendarDay row = find(TUESDAY);
        assertEquals(DayKind.TRANSFER_DAY_OFF, row.kind);
        assertEquals("Moved day off", row.name.en);
        assertFalse(calendar.isWorkingDay(TUESDAY));

        // A Saturday declared a working day: a case filed on Friday is due that Saturday.
        new FormSession().post(PAGE, "/supervisor/calendar", day(SATURDAY, "TRANSFER_WORKING_DAY")).then()
                .statusCode(303);
        assertTrue(calendar.isWorkingDay(SATURDAY));
        assertEquals(SATURDAY, dueDay(SATURDAY.minusDays(1)));

        Map<String, String> empty = day(TUESDAY, "HOLIDAY");
        empty.put("nameRu", "  ");
        String page = new FormSession().post("/supervisor/calendar/2027-06-15", "/supervisor/calendar/2027-06-15",
                empty).then().statusCode(200).extract().asString();
        assertTrue(page.contains("href=\"#nameRu\">Enter the name in Russian"), "in the error summary");
        assertTrue(page.contains("id=\"nameRu-error\""), "next to the field");
        assertTrue(page.contains("value=\"Сынақ мерекесі\""), "the other answers are kept");
        assertEquals(DayKind.TRANSFER_DAY_OFF, find(TUESDAY).kind, "nothing saved");
    }

    @Test
    void badInputIsShownNextToTheFieldsWithTheAnswersKept() {
        Map<String, String> form = day(TUESDAY, "HOLIDAY");
        form.putAll(DateFields.typed("day", "30", "2", "2027"));
        form.put("nameKk", "");
        form.put("source", "x".repeat(501));
        String page = post(form, 200);
        DateFields.assertShown(page, "day", "Date must be a real date", DateFields.PARTS, form);
        assertTrue(page.contains("href=\"#nameKk\">Enter the name in Kazakh"));
        assertTrue(page.contains("href=\"#source\">Use at most 500 characters"));
        assertTrue(page.contains("id=\"day-error\"") && page.contains("id=\"nameKk-error\""));
        assertTrue(page.contains("value=\"Тестовый праздник\""));

        form = day(TUESDAY, "NOT_A_KIND");
        assertTrue(post(form, 200).contains("href=\"#kind\">Choose the kind of day"));
        form = day(TUESDAY, "TRANSFER_WORKING_DAY");
        assertTrue(post(form, 200).contains("must be a Saturday or a Sunday"));
        form = day(SATURDAY, "TRANSFER_DAY_OFF");
        assertTrue(post(form, 200).contains("must fall on a weekday"));
        form = day(TUESDAY, "HOLIDAY");
        form.putAll(DateFields.typed("day", "15", "6", "0227"));
        assertTrue(post(form, 200).contains("href=\"#day-day\">Enter a date between the years 2000 and 2100"));
        form.putAll(DateFields.typed("day", "", "", ""));
        assertTrue(post(form, 200).contains("href=\"#day-day\">Enter a date<"));
        for (DateFields.Mistake mistake : DateFields.MISTAKES) {
            form = day(TUESDAY, "HOLIDAY");
            form.putAll(DateFields.typed("day", mistake));
            DateFields.assertShown(post(form, 200), "day", DateFields.message("en", mistake.key(), "sup.calendar.day"),
                    mistake.wrong(), form);
        }
        form = day(TUESDAY, "HOLIDAY");
        form.putAll(DateFields.typed("day", "15", "июн", "2027"));
        form.put("nameEn", "");
        page = post(form, 200);
        assertTrue(page.contains("href=\"#nameEn\"") && !page.contains("id=\"day-error\""), "июн is June");

        // New Year 2027 is seeded: a second row for it is refused, the first one stays.
        form = day(LocalDate.of(2027, 1, 1), "HOLIDAY");
        assertTrue(post(form, 200).contains("This date is already in the calendar"));
        assertEquals("New Year", find(LocalDate.of(2027, 1, 1)).name.en);
        assertNull(find(TUESDAY), "nothing was added by the refused forms");
    }

    @Test
    void theListShowsTheChosenYearAndBadAddressesAreNotFound() {
        given().get("/supervisor/calendar?year=2026").then().statusCode(200)
                .body(containsString("id=\"day-2026-03-09\"")).body(containsString("Day off moved here"))
                .body(containsString("Monday"));
        int thisYear = LocalDate.now(Kazakhstan.ZONE).getYear();
        given().get("/supervisor/calendar?year=abc").then().statusCode(200)
                .body(containsString("<h1>Holiday calendar " + thisYear + "</h1>"));
        given().get("/supervisor/calendar?year=1").then().statusCode(200)
                .body(containsString("<h1>Holiday calendar " + thisYear + "</h1>"));
        given().get("/supervisor/calendar?year=2040").then().statusCode(200)
                .body(containsString("id=\"calendar-empty\""));
        given().cookie("_renarde_locale", "kk").get("/supervisor/calendar?year=2026").then().statusCode(200)
                .body(containsString("Мереке күнтізбесі")).body(containsString("дүйсенбі"));
        given().get("/supervisor/calendar/not-a-date").then().statusCode(404);
        given().get("/supervisor/calendar/2027-06-17").then().statusCode(404);
    }

    @Test
    @TestSecurity(user = "operator", roles = "operator")
    void anOperatorCannotChangeTheCalendar() {
        new FormSession().post("/review", "/supervisor/calendar", day(TUESDAY, "HOLIDAY")).then().statusCode(403);
        new FormSession().post("/review", "/supervisor/calendar/2027-01-01/remove", Map.of()).then().statusCode(403);
        assertNull(find(TUESDAY));
        assertEquals("New Year", find(LocalDate.of(2027, 1, 1)).name.en);
    }

    private static String post(Map<String, String> form, int status) {
        return new FormSession().post(PAGE, "/supervisor/calendar", form).then().statusCode(status).extract()
                .asString();
    }

    private LocalDate dueDay(LocalDate submittedOn) {
        OffsetDateTime noon = submittedOn.atTime(12, 0).atZone(Kazakhstan.ZONE).toOffsetDateTime();
        return calendar.deadlineFor(noon).day();
    }

    private static CalendarDay find(LocalDate day) {
        return QuarkusTransaction.requiringNew().call(() -> CalendarDay.findById(day));
    }

    private static Map<String, String> day(LocalDate day, String kind) {
        Map<String, String> form = new HashMap<>();
        form.putAll(DateFields.of("day", day));
        form.put("kind", kind);
        form.put("nameKk", "Сынақ мерекесі");
        form.put("nameRu", "Тестовый праздник");
        form.put("nameEn", "Test holiday");
        form.put("source", "Test order No. 1");
        return form;
    }
}
