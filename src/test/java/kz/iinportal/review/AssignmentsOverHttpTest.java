package kz.iinportal.review;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.response.Response;
import kz.iinportal.application.Application;
import kz.iinportal.application.ApplicationStatus;
import kz.iinportal.testsupport.Bundles;
import kz.iinportal.testsupport.FormSession;
import kz.iinportal.testsupport.TestCases;

/**
 * "Assign to me" and "Release" refused over HTTP, as a browser sends them: each says what really happened (withdrawn,
 * taken by another, not yours), in the page's language, and changes nothing; the queue offers only what the status
 * allows.
 */
@QuarkusTest
@TestSecurity(user = AssignmentsOverHttpTest.OPERATOR, roles = "operator")
class AssignmentsOverHttpTest {

    static final String OPERATOR = "assign-http-op";
    static final String BODY = "AKMOLA";

    @ParameterizedTest
    @ValueSource(strings = { "en", "ru", "kk" })
    void assigningAWithdrawnCaseSaysItIsNoLongerOpen(String lang) {
        long id = stored(ApplicationStatus.WITHDRAWN, null);
        long version = TestCases.version(id);
        refused(lang, "/review/" + id + "/assign", "review.outcome.NO_LONGER_OPEN");
        QuarkusTransaction.requiringNew().run(() -> {
            Application app = Application.findById(id);
            assertEquals(ApplicationStatus.WITHDRAWN, app.status);
            assertNull(app.assignedTo);
            assertEquals(version, app.version);
        });
    }

    @ParameterizedTest
    @ValueSource(strings = { "en", "ru", "kk" })
    void assigningACaseAnotherOperatorTookSaysSo(String lang) {
        long id = stored(ApplicationStatus.IN_REVIEW, "someone-else");
        long version = TestCases.version(id);
        refused(lang, "/review/" + id + "/assign", "review.outcome.TAKEN_BY_ANOTHER");
        QuarkusTransaction.requiringNew().run(() -> {
            Application app = Application.findById(id);
            assertEquals("someone-else", app.assignedTo);
            assertEquals(version, app.version);
        });
    }

    @ParameterizedTest
    @ValueSource(strings = { "en", "ru", "kk" })
    void releasingSomeoneElsesCaseSaysItIsNotYours(String lang) {
        long id = stored(ApplicationStatus.IN_REVIEW, "someone-else");
        long version = TestCases.version(id);
        refused(lang, "/review/" + id + "/release", "review.outcome.NOT_YOURS");
        QuarkusTransaction.requiringNew().run(() -> {
            Application app = Application.findById(id);
            assertEquals(ApplicationStatus.IN_REVIEW, app.status);
            assertEquals("someone-else", app.assignedTo);
            assertEquals(version, app.version);
        });
    }

    @ParameterizedTest
    @ValueSource(strings = { "en", "ru", "kk" })
    void releasingADecidedCaseSaysItIsNoLongerOpen(String lang) {
        long id = stored(ApplicationStatus.REFUSED, OPERATOR);
        long version = TestCases.version(id);
        refused(lang, "/review/" + id + "/release", "review.outcome.NO_LONGER_OPEN");
        QuarkusTransaction.requiringNew().run(() -> {
            Application app = Application.findById(id);
            assertEquals(ApplicationStatus.REFUSED, app.status);
            assertEquals(OPERATOR, app.assignedTo);
            assertEquals(version, app.version);
        });
    }

    @Test
    void theQueueOffersNoReleaseOnDecidedCasesAndNoAssignOnWithdrawnOnes() {
        long decided = stored(ApplicationStatus.REFUSED, OPERATOR);
        long withdrawn = stored(ApplicationStatus.WITHDRAWN, null);
        FormSession browser = new FormSession("en");
        for (String status : new String[] { "REFUSED", "WITHDRAWN" }) {
            browser.get("/review?status=" + status).then().statusCode(200)
                    .body(not(containsString("/review/" + decided + "/release")))
                    .body(not(containsString("/review/" + withdrawn + "/assign")));
        }
    }

    private static void refused(String lang, String action, String message) {
        stored(ApplicationStatus.SUBMITTED, null); // an "Assign to me" form in the queue, for the session's token
        FormSession browser = new FormSession(lang);
        browser.get("/review");
        Response answer = browser.send(action, Map.of("back", "/review"));
        assertEquals(303, answer.statusCode(), answer.body().asString());
        assertTrue(answer.header("Location").endsWith("/review"), answer.header("Location"));
        browser.get("/review").then().statusCode(200).body(containsString(Bundles.message(lang, message)));
    }

    private static long stored(ApplicationStatus status, String assignee) {
        return QuarkusTransaction.requiringNew().call(() -> {
            TestCases.staff(OPERATOR, BODY);
            Application a = TestCases.open(BODY, assignee);
            a.status = status;
            a.persist();
            return a.id;
        });
    }
}
