package kz.iinportal.web;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import kz.iinportal.application.Application;
import kz.iinportal.application.ApplicationEvent;
import kz.iinportal.application.ApplicationStatus;
import kz.iinportal.application.Channel;
import kz.iinportal.application.EventKind;
import kz.iinportal.staff.ServiceCentre;
import kz.iinportal.testsupport.TestCases;

/**
 * Pages show Kazakhstan's dates while the server runs in UTC (surefire pins {@code user.timezone=UTC}, as a server
 * left at its default would be): a case submitted on 2 December 01:14 in Astana — still 1 December 20:14 in UTC — is
 * a case of 2 December on the filer's timeline, in "My applications", on the service centre's receipt, and a case
 * due at the end of 2 December is due on 2 December in the operator's queue, not on the 3rd its stored due_at falls on.
 */
@QuarkusTest
class KazakhstanTimeOnPagesTest {

    static final String BODY = "ZHAMBYL";
    static final String FILER = "applicant-tz";
    static final String OPERATOR = "operator-tz";

    /** 2 December 2026, 01:14 in Astana; 1 December 20:14 in UTC. */
    static final OffsetDateTime SUBMITTED = OffsetDateTime.parse("2026-12-01T20:14:00Z");
    /** The end of 2 December in Astana (due_at stores the first instant after the term); 2 December 19:00 UTC. */
    static final OffsetDateTime END_OF_2_DECEMBER = OffsetDateTime.parse("2026-12-02T19:00:00Z");

    @Test
    void theServerRunsInUtcSoTheDatesBelowDifferFromKazakhstans() {
        assertEquals(ZoneOffset.UTC, ZoneId.systemDefault().getRules().getOffset(SUBMITTED.toInstant()),
                "run with -Duser.timezone=UTC (pom.xml, surefire argLine)");
        assertEquals(LocalDate.of(2026, 12, 1), SUBMITTED.atZoneSameInstant(ZoneId.systemDefault()).toLocalDate());
    }

    @Test
    @TestSecurity(user = FILER, roles = "applicant")
    void timelineMyApplicationsAndReceiptShowKazakhstanTime() {
        long id = submittedCase(END_OF_2_DECEMBER, "TIMELINE");

        String timeline = given().get("/applications/" + id).then().statusCode(200).extract().asString();
        assertTrue(timeline.contains("<time datetime=\"2026-12-02T01:14+05:00\">2 Dec 2026, 01:14</time>"), timeline);
        assertFalse(timeline.contains("20:14"), "no UTC time on the timeline");
        String russian = given().cookie("_renarde_locale", "ru").get("/applications/" + id).then().statusCode(200)
                .extract().asString();
        assertTrue(russian.contains(">02.12.2026 01:14</time>"), russian);

        String mine = given().get("/applications").then().statusCode(200).extract().asString();
        String row = rowOf(mine, "/applications/" + id + "\"");
        assertEquals(2, row.split(">2 Dec 2026</time>", -1).length - 1, "created and submitted on 2 December: " + row);
        assertFalse(row.contains("1 Dec"), row);
        String kazakh = given().cookie("_renarde_locale", "kk").get("/applications").then().statusCode(200)
                .extract().asString();
        assertTrue(rowOf(kazakh, "/applications/" + id + "\"").contains(">02.12.2026</time>"), kazakh);

        String receipt = given().get("/apply/" + id + "/confirmation").then().statusCode(200).extract().asString();
        assertTrue(receipt.contains("class=\"summary receipt\""), "the service centre's receipt is shown");
        assertTrue(receipt.contains("<time datetime=\"2026-12-02T01:14+05:00\">2 Dec 2026, 01:14</time>"), receipt);
        assertFalse(receipt.contains("20:14"), "no UTC time on the receipt");
    }

    @Test
    @TestSecurity(user = OPERATOR, roles = "operator")
    void theQueueShowsTheWorkingDayTheCaseIsDueOn() {
        QuarkusTransaction.requiringNew().run(() -> TestCases.staff(OPERATOR, BODY));
        String reference = reference(submittedCase(END_OF_2_DECEMBER, "DUEDAY"));
        String row = rowOf(queue(reference), reference + "</a>");
        assertTrue(row.contains("<time datetime=\"2026-12-02\">2 Dec 2026</time>"), row);
        assertFalse(row.contains("3 Dec 2026"), "not the day after: " + row);
        // "Due today" only on 2 December itself in Kazakhstan, overdue from the 3rd on.
        LocalDate today = Kazakhstan.today();
        assertEquals(today.equals(LocalDate.of(2026, 12, 2)), row.contains("Due today"), today + ": " + row);
        assertEquals(today.isAfter(LocalDate.of(2026, 12, 2)), row.contains("row--overdue"), today + ": " + row);
    }

    @Test
    @TestSecurity(user = OPERATOR, roles = "operator")
    void dueTodayOnlyOnTheDueDay() {
        QuarkusTransaction.requiringNew().run(() -> TestCases.staff(OPERATOR, BODY));
        LocalDate today = Kazakhstan.today();
        String dueToday = reference(submittedCase(endOf(today), "TODAY"));
        String dueTomorrow = reference(submittedCase(endOf(today.plusDays(1)), "TOMORROW"));
        String dueYesterday = reference(submittedCase(endOf(today.minusDays(1)), "YESTERDAY"));

        String todayRow = rowOf(queue(dueToday), dueToday + "</a>");
        assertTrue(todayRow.contains("<time datetime=\"" + today + "\">"), todayRow);
        assertTrue(todayRow.contains("Due today") && !todayRow.contains("row--overdue"), todayRow);

        String tomorrowRow = rowOf(queue(dueTomorrow), dueTomorrow + "</a>");
        assertTrue(tomorrowRow.contains("<time datetime=\"" + today.plusDays(1) + "\">"), tomorrowRow);
        assertFalse(tomorrowRow.contains("Due today") || tomorrowRow.contains("row--overdue"), tomorrowRow);

        String yesterdayRow = rowOf(queue(dueYesterday), dueYesterday + "</a>");
        assertTrue(yesterdayRow.contains("<time datetime=\"" + today.minusDays(1) + "\">"), yesterdayRow);
        assertTrue(yesterdayRow.contains("row--overdue") && !yesterdayRow.contains("Due today"), yesterdayRow);
    }

    /** The first instant after {@code day} in Kazakhstan, as due_at stores a term ending that day. */
    private static OffsetDateTime endOf(LocalDate day) {
        return day.plusDays(1).atStartOfDay(ZoneId.of("Asia/Almaty")).toOffsetDateTime()
                .withOffsetSameInstant(ZoneOffset.UTC);
    }

    private static String queue(String reference) {
        return given().get("/review?q=" + reference).then().statusCode(200).extract().asString();
    }

    /** The table row of the page that contains {@code marker}. */
    private static String rowOf(String page, String marker) {
        int at = page.indexOf(marker);
        assertTrue(at >= 0, marker + " not on the page: " + page);
        return page.substring(page.lastIndexOf("<tr", at), page.indexOf("</tr>", at));
    }

    private static String reference(long id) {
        return QuarkusTransaction.requiringNew().call(() -> Application.<Application>findById(id).reference);
    }

    /** A case filed by {@link #FILER} at a service centre at {@link #SUBMITTED}, with its timeline. */
    private static long submittedCase(OffsetDateTime dueAt, String family) {
        return QuarkusTransaction.requiringNew().call(() -> {
            Application a = TestCases.application(BODY);
            a.familyName = family;
            a.createdBy = FILER;
            a.channel = Channel.SERVICE_CENTRE;
            a.serviceCentre = ServiceCentre.findById("ASTANA-PSC-1");
            a.status = ApplicationStatus.SUBMITTED;
            a.createdAt = SUBMITTED.minusMinutes(5);
            a.updatedAt = SUBMITTED;
            a.submittedAt = SUBMITTED;
            a.dueAt = dueAt;
            a.persist();
            ApplicationEvent submitted = new ApplicationEvent();
            submitted.application = a;
            submitted.at = SUBMITTED;
            submitted.actor = FILER;
            submitted.actorRole = "applicant";
            submitted.kind = EventKind.SUBMITTED;
            submitted.fromStatus = ApplicationStatus.DRAFT;
            submitted.toStatus = ApplicationStatus.SUBMITTED;
            submitted.persist();
            return a.id;
        });
    }
}
