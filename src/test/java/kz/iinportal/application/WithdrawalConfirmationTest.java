package kz.iinportal.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.response.Response;
import kz.iinportal.testsupport.Bundles;
import kz.iinportal.testsupport.FormSession;
import kz.iinportal.testsupport.TestCases;

/**
 * "Withdraw the application" asks first, on a page of its own that says what withdrawing means, in kk, ru and en;
 * only its form withdraws. A decided case is not withdrawn, from the page or by a form sent anyway: the reason is
 * shown and nothing changes.
 */
@QuarkusTest
@TestSecurity(user = WithdrawalConfirmationTest.FILER, roles = "applicant")
class WithdrawalConfirmationTest {

    static final String FILER = "withdraw-applicant";
    static final String BODY = "AKTOBE";

    @ParameterizedTest
    @ValueSource(strings = { "en", "ru", "kk" })
    void theCasePageLinksToAPageThatAsksFirstAndChangesNothing(String lang) {
        long id = stored(ApplicationStatus.SUBMITTED, null);
        long version = TestCases.version(id);
        FormSession browser = new FormSession(lang);
        String detail = browser.get("/applications/" + id).then().statusCode(200).extract().asString();
        assertTrue(detail.contains("href=\"/applications/" + id + "/withdraw\" role=\"button\">"
                + Bundles.message(lang, "applications.withdraw") + "</a>"), detail);
        assertFalse(detail.contains("action=\"/applications/" + id + "/withdraw\""), "no form that withdraws at once");

        String page = browser.get("/applications/" + id + "/withdraw").then().statusCode(200).extract().asString();
        assertTrue(page.contains("<h1>" + Bundles.message(lang, "applications.withdrawal.title") + "</h1>"), page);
        for (String key : List.of("applications.withdrawal.meansTitle", "applications.withdrawal.noDecision",
                "applications.withdrawal.final", "applications.withdrawal.kept",
                "applications.withdrawal.newApplication", "applications.withdrawal.confirm")) {
            assertTrue(page.contains(Bundles.message(lang, key)), key);
        }
        assertTrue(page.contains("action=\"/applications/" + id + "/withdraw\""), "the form that withdraws");
        assertTrue(page.contains("<a href=\"/applications/" + id + "\">"
                + Bundles.message(lang, "applications.withdrawal.cancel") + "</a>"), "the way back");
        assertFalse(page.contains("id=\"in-review\""), "not in review yet");
        unchanged(id, ApplicationStatus.SUBMITTED, version);
    }

    @ParameterizedTest
    @ValueSource(strings = { "en", "ru", "kk" })
    void aCaseInReviewIsWithdrawnFromTheConfirmationPage(String lang) {
        long id = stored(ApplicationStatus.IN_REVIEW, "withdraw-operator");
        FormSession browser = new FormSession(lang);
        String page = browser.get("/applications/" + id + "/withdraw").then().statusCode(200).extract().asString();
        assertTrue(page.contains(Bundles.message(lang, "applications.withdrawal.inReview")),
                "says an officer is already on it: " + page);
        Response answer = browser.send("/applications/" + id + "/withdraw", Map.of());
        assertEquals(303, answer.statusCode());
        assertTrue(answer.header("Location").endsWith("/applications/" + id), answer.header("Location"));
        String detail = browser.get("/applications/" + id).then().statusCode(200).extract().asString();
        assertTrue(detail.contains(Bundles.message(lang, "applications.withdrawn")), detail);
        QuarkusTransaction.requiringNew().run(() -> {
            Application app = Application.findById(id);
            assertEquals(ApplicationStatus.WITHDRAWN, app.status);
            assertEquals(List.of(EventKind.WITHDRAWN), ApplicationEvent.timeline(app).stream().map(e -> e.kind)
                    .toList());
            assertEquals(FILER, ApplicationEvent.timeline(app).get(0).actor);
        });
    }

    @ParameterizedTest
    @ValueSource(strings = { "en", "ru", "kk" })
    void aDecidedCaseIsNotWithdrawnAndSaysWhy(String lang) {
        long id = stored(ApplicationStatus.IIN_FORMED, "withdraw-operator");
        long version = TestCases.version(id);
        String reason = Bundles.message(lang, "applications.withdraw.notPending");
        FormSession browser = new FormSession(lang);

        Response asked = browser.get("/applications/" + id + "/withdraw");
        assertEquals(303, asked.statusCode(), "no confirmation page for what cannot be withdrawn");
        assertTrue(asked.header("Location").endsWith("/applications/" + id), asked.header("Location"));
        String detail = browser.get("/applications/" + id).then().statusCode(200).extract().asString();
        assertTrue(detail.contains(reason), detail);
        assertFalse(detail.contains("/applications/" + id + "/withdraw"), "nothing offers to withdraw it");

        // A form sent anyway (an old tab, a forged request with this session's token).
        Response sent = browser.send("/applications/" + id + "/withdraw", Map.of());
        assertEquals(303, sent.statusCode());
        assertTrue(browser.get("/applications/" + id).then().statusCode(200).extract().asString().contains(reason));
        unchanged(id, ApplicationStatus.IIN_FORMED, version);
    }

    @ParameterizedTest
    @ValueSource(strings = { "REFUSED", "WITHDRAWN" })
    void aRefusedOrWithdrawnCaseIsNotWithdrawnAgain(String status) {
        long id = stored(ApplicationStatus.valueOf(status), "withdraw-operator");
        long version = TestCases.version(id);
        FormSession browser = new FormSession("en");
        browser.get("/applications/" + id);
        assertEquals(303, browser.send("/applications/" + id + "/withdraw", Map.of()).statusCode());
        assertTrue(browser.get("/applications/" + id).then().extract().asString()
                .contains(Bundles.message("en", "applications.withdraw.notPending")));
        unchanged(id, ApplicationStatus.valueOf(status), version);
    }

    private static void unchanged(long id, ApplicationStatus status, long version) {
        QuarkusTransaction.requiringNew().run(() -> {
            Application app = Application.findById(id);
            assertEquals(status, app.status);
            assertEquals(version, app.version);
            assertEquals(List.of(), ApplicationEvent.timeline(app), "no event recorded");
        });
    }

    private static long stored(ApplicationStatus status, String assignee) {
        return QuarkusTransaction.requiringNew().call(() -> {
            Application a = TestCases.open(BODY, assignee);
            a.createdBy = FILER;
            a.status = status;
            a.persist();
            return a.id;
        });
    }
}
