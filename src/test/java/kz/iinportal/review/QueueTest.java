package kz.iinportal.review;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import kz.iinportal.application.Application;
import kz.iinportal.application.ApplicationStatus;
import kz.iinportal.staff.Staff;
import kz.iinportal.staff.TerritorialBody;
import kz.iinportal.testsupport.FormSession;
import kz.iinportal.testsupport.TestCases;

/**
 * The operator's queue against PostgreSQL: only their body's cases, deadline order, keyset pages, filters with
 * counts, search, assignment. The test body (Mangystau) is used by no other test, so the counts are exact.
 */
@QuarkusTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class QueueTest {

    static final String BODY = "MANGYSTAU";
    static final String OTHER_BODY = "ATYRAU";
    static final Pattern ROW = Pattern.compile(">(KZ-[A-Z0-9-]+)</a></td>");

    @Inject
    ReviewQueue queue;

    final List<Long> cases = new ArrayList<>();
    long otherBodyCase;
    long overdueCase;

    @BeforeAll
    void seed() {
        QuarkusTransaction.requiringNew().run(() -> {
            staff("queue-operator", BODY);
            staff("queue-operator-2", BODY);
            staff("queue-operator-atyrau", OTHER_BODY);
            OffsetDateTime base = OffsetDateTime.now().plusDays(1);
            for (int i = 0; i < 30; i++) {
                // Inserted out of deadline order on purpose.
                cases.add(submitted(BODY, base.plusMinutes((i * 7) % 30), "FAMILY" + i, "DOC" + i).id);
            }
            overdueCase = submitted(BODY, OffsetDateTime.now().minusHours(3), "LATE", "DOCLATE").id;
            otherBodyCase = submitted(OTHER_BODY, base, "ELSEWHERE", "DOCX").id;
        });
    }

    @Test
    @TestSecurity(user = "queue-operator", roles = "operator")
    void pagesAreInDeadlineOrderWithoutGapsOrOverlapAndOnlyOfTheBody() {
        List<String> seen = new ArrayList<>();
        String page = given().get("/review").then().statusCode(200).extract().asString();
        seen.addAll(references(page));
        assertEquals(ReviewQueue.PAGE_SIZE, seen.size());
        Matcher next = Pattern.compile("href=\"/review\\?after=([0-9]+-[0-9]+)").matcher(page);
        assertTrue(next.find(), "a next page");
        String second = given().get("/review?after=" + next.group(1)).then().statusCode(200).extract().asString();
        seen.addAll(references(second));
        assertEquals(31, seen.size(), "30 cases + the overdue one");
        assertEquals(31, seen.stream().distinct().count(), "no overlap");
        List<String> expected = QuarkusTransaction.requiringNew().call(() -> Application
                .<Application>list("region.code = ?1 order by dueAt, id", BODY).stream().map(a -> a.reference)
                .toList());
        assertEquals(expected, seen);
        assertTrue(page.contains("row--overdue"), "overdue case stands out");
        assertTrue(!page.contains("ELSEWHERE") && !second.contains("ELSEWHERE"));
        // A forged key does no harm.
        given().get("/review?after=abc-def").then().statusCode(200);
    }

    @Test
    @TestSecurity(user = "queue-operator", roles = "operator")
    void filtersCountsSearchAndAssignment() {
        String page = given().get("/review").then().statusCode(200).extract().asString();
        assertTrue(page.contains("Overdue (1)"), page);
        given().get("/review?overdue=true").then().body(containsString("LATE"))
                .body(not(containsString("FAMILY1 ")));

        String reference = QuarkusTransaction.requiringNew().call(() -> Application.<Application>findById(
                cases.get(3)).reference);
        given().get("/review?q=" + reference.toLowerCase().replace("-", " ")).then()
                .body(containsString(reference)).body(not(containsString("FAMILY4 ")));
        given().get("/review?q=family1").then().body(containsString("FAMILY1 "))
                .body(containsString("FAMILY10 ")).body(not(containsString("FAMILY2 ")));
        given().get("/review?q=DOC7").then().body(containsString("FAMILY7 "));
        given().get("/review?q=%25_!").then().statusCode(200).body(containsString("There are no applications"));

        long id = cases.get(5);
        new FormSession().post("/review", "/review/" + id + "/assign", Map.of()).then().statusCode(303);
        QuarkusTransaction.requiringNew().run(() -> {
            Application app = Application.findById(id);
            assertEquals(ApplicationStatus.IN_REVIEW, app.status);
            assertEquals("queue-operator", app.assignedTo);
        });
        given().get("/review?assigned=MINE").then().body(containsString("FAMILY5 "))
                .body(containsString("Assigned to me (1)"));
        // The filter form: by status (and service), keeping the assignment filter chosen.
        given().get("/review?status=IN_REVIEW&service=FORMATION").then().body(containsString("FAMILY5 "))
                .body(not(containsString("FAMILY1 "))).body(containsString("<option value=\"IN_REVIEW\" selected>"));
        given().get("/review?status=SUBMITTED").then().body(containsString("FAMILY1 "))
                .body(not(containsString("FAMILY5 ")));
        given().get("/review?service=CORRECTION").then().body(not(containsString("FAMILY1 ")));
        given().get("/review?status=NONSENSE&service=%3Cx%3E").then().statusCode(200).body(containsString("FAMILY1 "));
        // Drafts are not the operator's: asking for them shows the open queue instead.
        QuarkusTransaction.requiringNew().run(() -> {
            Application draft = TestCases.application(BODY);
            draft.familyName = "UNSUBMITTED";
            draft.persist();
        });
        given().get("/review?status=DRAFT").then().statusCode(200).body(not(containsString("UNSUBMITTED")))
                .body(containsString("FAMILY1 "));
        new FormSession().post("/review", "/review/" + id + "/release", Map.of()).then().statusCode(303);
        QuarkusTransaction.requiringNew().run(() -> {
            Application app = Application.findById(id);
            assertEquals(ApplicationStatus.SUBMITTED, app.status);
            assertNull(app.assignedTo);
        });
    }

    @Test
    @TestSecurity(user = "queue-operator-atyrau", roles = "operator")
    void anOperatorOfAnotherBodyCannotListOrAssignTheCase() {
        given().get("/review").then().body(not(containsString("FAMILY1")));
        new FormSession().post("/review", "/review/" + cases.get(0) + "/assign", Map.of()).then().statusCode(404);
        QuarkusTransaction.requiringNew().run(() -> assertNull(
                Application.<Application>findById(cases.get(0)).assignedTo));
    }

    private static List<String> references(String html) {
        List<String> refs = new ArrayList<>();
        Matcher m = ROW.matcher(html);
        while (m.find()) {
            refs.add(m.group(1));
        }
        return refs;
    }

    private static void staff(String login, String body) {
        if (Staff.findById(login) == null) {
            Staff s = new Staff();
            s.login = login;
            s.fullName = login;
            s.territorialBody = TerritorialBody.findById(body);
            s.persist();
        }
    }

    private static Application submitted(String body, OffsetDateTime due, String family, String document) {
        Application a = TestCases.application(body);
        a.familyName = family;
        a.givenNames = "TEST";
        a.documentNumber = document;
        a.status = ApplicationStatus.SUBMITTED;
        a.submittedAt = OffsetDateTime.now();
        a.dueAt = due;
        a.persist();
        return a;
    }
}
