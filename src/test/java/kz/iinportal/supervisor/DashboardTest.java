package kz.iinportal.supervisor;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.inject.Inject;

import org.hamcrest.Matchers;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import kz.iinportal.application.Application;
import kz.iinportal.application.ApplicationStatus;
import kz.iinportal.application.RefusalGround;
import kz.iinportal.staff.Staff;
import kz.iinportal.staff.TerritorialBody;
import kz.iinportal.testsupport.TestCases;
import kz.iinportal.web.Kazakhstan;

/**
 * The dashboard's numbers against cases created here in Ulytau, a body no other test uses, so that the figures of
 * that body are exact; the all-bodies view is checked by its change when one case is added.
 */
@QuarkusTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestSecurity(user = "supervisor", roles = "supervisor")
class DashboardTest {

    static final String BODY = "ULYTAU";
    static final String OPERATOR_1 = "dash-operator-1";
    static final String OPERATOR_2 = "dash-operator-2";
    static final String IDLE_OPERATOR = "dash-operator-idle";

    @Inject
    SupervisionStats stats;

    /** When each decision of the window was taken, to find its day in Kazakhstan time. */
    OffsetDateTime recent;
    OffsetDateTime threeDaysAgo;
    OffsetDateTime sixDaysAgo;

    @BeforeAll
    void seed() {
        OffsetDateTime now = OffsetDateTime.now();
        recent = now.minusMinutes(5);
        threeDaysAgo = now.minusDays(3);
        sixDaysAgo = now.minusDays(6);
        QuarkusTransaction.requiringNew().run(() -> {
            staff(OPERATOR_1, "Aigerim Dashboard");
            staff(OPERATOR_2, "Bolat Dashboard");
            staff(IDLE_OPERATOR, "Dana Idle");
            // Pending: 3 unassigned (1 overdue), 2 with operator 1 (1 overdue), 1 with operator 2.
            pending(null, now.plusDays(1));
            pending(null, now.plusDays(1));
            pending(null, now.minusHours(2));
            pending(OPERATOR_1, now.plusHours(5));
            pending(OPERATOR_1, now.minusMinutes(1));
            pending(OPERATOR_2, now.plusDays(1));
            // Decided in the last 30 days, hours from submission to decision: 2, 4, 10, 12, 20, 30 → median 11.
            decided(ApplicationStatus.IIN_FORMED, null, recent, 2);
            decided(ApplicationStatus.REFUSED, RefusalGround.UNRELIABLE_DOCUMENTS, recent, 4);
            decided(ApplicationStatus.IIN_CORRECTED, null, threeDaysAgo, 10);
            decided(ApplicationStatus.IIN_FORMED, null, sixDaysAgo, 12);
            decided(ApplicationStatus.REFUSED, RefusalGround.IIN_ALREADY_REGISTERED, threeDaysAgo, 20);
            decided(ApplicationStatus.REFUSED, RefusalGround.IIN_ALREADY_REGISTERED, threeDaysAgo, 30);
            // Outside the window or not a decision: counted nowhere.
            decided(ApplicationStatus.REFUSED, RefusalGround.REQUIREMENTS_NOT_MET, now.minusDays(40), 1);
            Application withdrawn = pending(null, now.minusDays(2));
            withdrawn.status = ApplicationStatus.WITHDRAWN;
        });
    }

    @Test
    void figuresOfOneBodyAreCountedExactly() {
        SupervisionStats.Figures f = QuarkusTransaction.requiringNew()
                .call(() -> stats.figures(TerritorialBody.findById(BODY), OffsetDateTime.now()));
        assertEquals(1, f.bodies().size());
        SupervisionStats.BodyFigures body = f.bodies().get(0);
        assertEquals(List.of(3L, 3L, 6L, 2L, 6L),
                List.of(body.unassigned(), body.assigned(), body.pending(), body.overdue(), body.decided()));
        assertEquals(11.0, body.medianHours(), 1e-6);
        assertEquals(11.0, f.medianHours(), 1e-6);
        assertEquals(6, f.decided());
        assertEquals(Map.of(RefusalGround.UNRELIABLE_DOCUMENTS, 1L, RefusalGround.REQUIREMENTS_NOT_MET, 0L,
                RefusalGround.IIN_ALREADY_REGISTERED, 2L), f.refusals());
        assertEquals(List.of(OPERATOR_1 + "=2", OPERATOR_2 + "=1", IDLE_OPERATOR + "=0"),
                f.operators().stream().map(o -> o.login() + "=" + o.assigned()).toList());

        assertEquals(SupervisionStats.DAYS, f.days().size(), "every day of the window, empty ones too");
        LocalDate today = OffsetDateTime.now().atZoneSameInstant(Kazakhstan.ZONE).toLocalDate();
        assertEquals(today, f.to());
        assertEquals(today.minusDays(29), f.days().get(0).day());
        assertEquals(6, f.days().stream().mapToLong(SupervisionStats.DayDecisions::total).sum());
        assertEquals(List.of(1L, 0L, 1L), outcomes(f, day(recent)));
        assertEquals(List.of(0L, 1L, 2L), outcomes(f, day(threeDaysAgo)));
        assertEquals(List.of(1L, 0L, 0L), outcomes(f, day(sixDaysAgo)));
    }

    @Test
    void thePageShowsChartsWithTheSameNumbersInTables() {
        String page = given().get("/supervisor?body=" + BODY).then().statusCode(200).extract().asString();

        assertRow(page, "workload-" + BODY, "3", "3", "6", "2");
        assertRow(page, "median-" + BODY, "6", "11.0");
        assertRow(page, "ground-UNRELIABLE_DOCUMENTS", "1");
        assertRow(page, "ground-REQUIREMENTS_NOT_MET", "0");
        assertRow(page, "ground-IIN_ALREADY_REGISTERED", "2");
        assertRow(page, "day-" + day(threeDaysAgo), "0", "1", "2", "3");
        assertTrue(page.contains("id=\"figure-median\">11.0<"), "median hours as a headline figure");
        assertTrue(page.contains("id=\"figure-overdue\">2<"));
        Matcher operator = Pattern.compile("<tr data-login=\"" + OPERATOR_1
                + "\">\\s*<th scope=\"row\">Aigerim Dashboard</th>\\s*<td>" + OPERATOR_1
                + "</td>\\s*<td>Ulytau Region</td>\\s*<td>2</td>").matcher(page);
        assertTrue(operator.find(), "operator 1 with 2 cases");
        assertTrue(page.contains("data-login=\"" + IDLE_OPERATOR + "\""), "an idle operator is listed too");

        // Six charts, each an image with a title and a description for assistive technology.
        for (String id : List.of("workload", "overdue", "operators", "decisions", "refusals", "median")) {
            assertTrue(page.contains("<svg class=\"chart\" role=\"img\" aria-labelledby=\"chart-" + id
                    + "-title chart-" + id + "-desc\""), id);
            assertTrue(page.contains("<title id=\"chart-" + id + "-title\">"), id);
        }
        assertTrue(page.contains("<title>Ulytau Region — Not assigned: 3</title>"), "stacked workload bar");
        assertTrue(page.contains("<title>Ulytau Region — Assigned to an operator: 3</title>"));
        assertTrue(page.contains("<title>3. IIN already registered: 2</title>"), "refusal bar");
        assertTrue(page.contains("<title>Ulytau Region: 11.0</title>"), "median bar");
        assertTrue(page.contains("<title>Aigerim Dashboard: 2</title>"), "operator bar");
        // The charts need no JavaScript: the page's only script is the layout's session timeout warning.
        assertEquals(1, page.split("<script", -1).length - 1, "one script");
        assertTrue(page.contains("<script src=\"/js/session-timeout.js\" defer></script>"), "no chart script");
    }

    @Test
    void allBodiesAreListedAndAddACaseToTheTotals() {
        String before = given().get("/supervisor").then().statusCode(200).extract().asString();
        assertEquals(20, count(before, "<tr id=\"workload-[A-Z_]+\">"), "every territorial body");
        assertRow(before, "workload-" + BODY, "3", "3", "6", "2");
        long[] totals = QuarkusTransaction.requiringNew().call(() -> {
            SupervisionStats.Figures f = stats.figures(null, OffsetDateTime.now());
            return new long[] { f.unassigned(), f.pending(), f.overdue(), f.decided() };
        });
        assertRow(before, "workload-total", String.valueOf(totals[0]), null, String.valueOf(totals[1]),
                String.valueOf(totals[2]));

        long extra = QuarkusTransaction.requiringNew().call(() -> pending(null, OffsetDateTime.now().minusHours(1)).id);
        try {
            SupervisionStats.Figures after = QuarkusTransaction.requiringNew()
                    .call(() -> stats.figures(null, OffsetDateTime.now()));
            assertEquals(totals[0] + 1, after.unassigned());
            assertEquals(totals[1] + 1, after.pending());
            assertEquals(totals[2] + 1, after.overdue());
            assertEquals(totals[3], after.decided());
        } finally {
            QuarkusTransaction.requiringNew().run(() -> Application.deleteById(extra));
        }
    }

    @Test
    void anUnknownBodyShowsAllAndKazakhUsesADecimalComma() {
        given().get("/supervisor?body=NOWHERE%3Cb%3E").then().statusCode(200)
                .body(Matchers.containsString("id=\"workload-ASTANA\""));
        String kk = given().cookie("_renarde_locale", "kk").get("/supervisor?body=" + BODY).then().statusCode(200)
                .extract().asString();
        assertTrue(kk.contains("id=\"figure-median\">11,0<"), "11,0 in Kazakh notation");
        assertTrue(kk.contains("Аумақтық органдар бойынша қаралудағы істер"));
    }

    private static void assertRow(String page, String rowId, String... cells) {
        Matcher row = Pattern.compile("<tr id=\"" + rowId + "\">\\s*<th scope=\"row\">.*?</th>(.*?)</tr>",
                Pattern.DOTALL).matcher(page);
        assertTrue(row.find(), "row " + rowId);
        Matcher cell = Pattern.compile("<td>([^<]*)</td>").matcher(row.group(1));
        List<String> values = new ArrayList<>();
        while (cell.find()) {
            values.add(cell.group(1));
        }
        for (int i = 0; i < cells.length; i++) {
            if (cells[i] != null) {
                assertEquals(cells[i], values.get(i), rowId + " column " + (i + 1) + " in " + values);
            }
        }
    }

    private static int count(String page, String regex) {
        Matcher m = Pattern.compile(regex).matcher(page);
        int n = 0;
        while (m.find()) {
            n++;
        }
        return n;
    }

    private static LocalDate day(OffsetDateTime at) {
        return at.atZoneSameInstant(Kazakhstan.ZONE).toLocalDate();
    }

    private static List<Long> outcomes(SupervisionStats.Figures f, LocalDate day) {
        SupervisionStats.DayDecisions d = f.days().stream().filter(x -> x.day().equals(day)).findFirst()
                .orElseThrow();
        return List.of(d.formed(), d.corrected(), d.refused());
    }

    private static void staff(String login, String name) {
        if (Staff.findById(login) == null) {
            Staff s = new Staff();
            s.login = login;
            s.fullName = name;
            s.territorialBody = TerritorialBody.findById(BODY);
            s.persist();
        }
    }

    private static Application pending(String operator, OffsetDateTime due) {
        Application a = application();
        a.status = operator == null ? ApplicationStatus.SUBMITTED : ApplicationStatus.IN_REVIEW;
        a.assignedTo = operator;
        a.submittedAt = OffsetDateTime.now().minusHours(30);
        a.dueAt = due;
        a.persist();
        return a;
    }

    private static void decided(ApplicationStatus outcome, RefusalGround ground, OffsetDateTime at, long hours) {
        Application a = application();
        a.status = outcome;
        a.refusalGround = ground;
        a.assignedTo = OPERATOR_1;
        a.submittedAt = at.minus(Duration.ofHours(hours));
        a.dueAt = a.submittedAt.plusDays(1);
        a.decidedAt = at;
        a.persist();
    }

    private static Application application() {
        Application a = TestCases.application(BODY);
        a.createdBy = "dashboard-test";
        a.familyName = "DASHBOARD";
        a.givenNames = "TEST";
        return a;
    }
}
