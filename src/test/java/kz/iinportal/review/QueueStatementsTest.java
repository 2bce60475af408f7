package kz.iinportal.review;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.OffsetDateTime;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import kz.iinportal.application.Application;
import kz.iinportal.application.Channel;
import kz.iinportal.staff.ServiceCentre;
import kz.iinportal.testsupport.SqlStatements;
import kz.iinportal.testsupport.TestCases;

/**
 * The queue page sends three statements whatever it shows: the operator's staff row with their body (read once, also
 * for the deactivated-staff check), the page of cases with their assignees' names, and the four counts in one. A
 * page of 25 cases with five assignees, keyed in at different centres, sends no more than a page of one.
 */
@QuarkusTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestSecurity(user = QueueStatementsTest.OPERATOR, roles = "operator")
class QueueStatementsTest {

    static final String BODY = "ZHETYSU";
    static final String OPERATOR = "statements-operator";

    @BeforeAll
    void seed() {
        QuarkusTransaction.requiringNew().run(() -> {
            TestCases.staff(OPERATOR, BODY);
            for (int i = 0; i < 5; i++) {
                TestCases.staff("statements-colleague-" + i, BODY);
            }
            ServiceCentre centre = ServiceCentre.findById(BODY + "-PSC-1");
            OffsetDateTime due = OffsetDateTime.now().plusHours(1);
            for (int i = 0; i < 30; i++) {
                Application a = TestCases.open(BODY, i % 6 == 0 ? null : "statements-colleague-" + i % 5);
                a.dueAt = due.plusMinutes(i);
                if (i % 2 == 0) {
                    a.channel = Channel.SERVICE_CENTRE;
                    a.serviceCentre = centre;
                }
                a.persist();
            }
            // An assignee who is not (or no longer) in the staff table is shown by login, in the same statement.
            Application a = TestCases.open(BODY, "statements-gone");
            a.dueAt = due;
            a.persist();
        });
    }

    @Test
    void theQueuePageIsThreeStatementsHoweverManyCasesAndAssigneesItShows() {
        List<String> full = SqlStatements.sentFor("/review", () -> {
            String page = given().get("/review").then().statusCode(200).extract().asString();
            assertEquals(ReviewQueue.PAGE_SIZE, QueueTest.ROW.matcher(page).results().count(), "a full page of cases");
            assertTrue(page.contains("statements-colleague-3"), "the assignees' names are shown");
            assertTrue(page.contains("statements-gone"), "an assignee not in the staff table by login");
        });
        assertEquals(3, full.size(), "staff row, page, counts:\n" + String.join("\n", full));
        assertTrue(full.get(0).contains("staff"), full.get(0));
        assertTrue(full.get(2).contains("filter"), "the four counts in one statement: " + full.get(2));

        List<String> one = SqlStatements.sentFor("/review", () -> given().queryParam("q", "NO SUCH NAME")
                .get("/review").then().statusCode(200));
        assertEquals(full.size(), one.size(), "a page of no case sends as many statements as a full one:\n"
                + String.join("\n", one));
    }

    @Test
    void theNextPageAndAFilteredPageAreThreeStatementsToo() {
        for (String query : List.of("assigned=MINE", "assigned=UNASSIGNED", "overdue=true", "status=IN_REVIEW",
                "service=FORMATION", "q=TESTED")) {
            List<String> sent = SqlStatements.sentFor("/review",
                    () -> given().get("/review?" + query).then().statusCode(200));
            assertEquals(3, sent.size(), query + ":\n" + String.join("\n", sent));
        }
    }
}
