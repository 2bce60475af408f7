package kz.iinportal.supervisor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.response.Response;
import kz.iinportal.staff.Staff;
import kz.iinportal.testsupport.FormSession;

/**
 * Staff management route × role: only supervisors; every other role gets the 403 page on every page and every form
 * (sent with a valid CSRF token, as that person's browser would), and nothing changes. In particular an operator can
 * neither see nor change which body they work for. A login that is nobody's is 404 for a supervisor.
 */
@QuarkusTest
class StaffAccessTest {

    static final List<String> PAGES = List.of("/supervisor/staff", "/supervisor/staff?body=ASTANA&role=OPERATOR",
            "/supervisor/staff/new", "/supervisor/staff/operator", "/supervisor/staff/operator/deactivate",
            "/supervisor/staff/operator/added");
    static final Map<String, Map<String, String>> FORMS = Map.of(
            "/supervisor/staff/new", Map.of("login", "sneaky", "fullName", "Sneaky", "email", "s@example.kz",
                    "role", "SUPERVISOR"),
            "/supervisor/staff/operator/workplace", Map.of("body", "ALMATY_CITY"),
            "/supervisor/staff/operator/deactivate", Map.of(),
            "/supervisor/staff/operator2/reactivate", Map.of());

    @Test
    @TestSecurity(user = "operator", roles = "operator")
    void anOperatorCannotSeeOrChangeWhereTheyWork() {
        refusedEverywhere();
    }

    @Test
    @TestSecurity(user = "frontoffice", roles = "frontoffice")
    void frontOffice() {
        refusedEverywhere();
    }

    @Test
    @TestSecurity(user = "applicant", roles = "applicant")
    void applicant() {
        refusedEverywhere();
    }

    @Test
    @TestSecurity(user = "representative", roles = "representative")
    void representative() {
        refusedEverywhere();
    }

    @Test
    @TestSecurity(user = "nobody", roles = {})
    void noRole() {
        refusedEverywhere();
    }

    @Test
    @TestSecurity(user = "access-supervisor", roles = "supervisor")
    void aSupervisorOpensEveryPageAndUnknownStaffAre404() {
        FormSession browser = new FormSession();
        for (String page : PAGES) {
            if (!page.endsWith("/added")) {
                assertEquals(200, browser.get(page).statusCode(), page);
            }
        }
        for (String page : List.of("/supervisor/staff/ghost", "/supervisor/staff/ghost/deactivate",
                "/supervisor/staff/ghost/added", "/supervisor/staff/" + "x".repeat(300))) {
            assertEquals(404, browser.get(page).statusCode(), page);
        }
    }

    @Test
    void anonymousIsSentToSignIn() {
        for (String page : PAGES) {
            assertEquals(302, new FormSession().get(page).statusCode(), page);
        }
    }

    private static void refusedEverywhere() {
        FormSession browser = new FormSession();
        browser.get("/"); // a page with the CSRF cookie and token, as any page of the portal gives
        for (String page : PAGES) {
            Response response = browser.get(page);
            assertEquals(403, response.statusCode(), page);
            assertTrue(response.asString().contains("You cannot open this page"), page);
        }
        for (Map.Entry<String, Map<String, String>> form : FORMS.entrySet()) {
            assertEquals(403, browser.send(form.getKey(), form.getValue()).statusCode(), form.getKey());
        }
        QuarkusTransaction.requiringNew().run(() -> {
            assertEquals(null, Staff.findById("sneaky"), "nobody added");
            Staff operator = Staff.findById("operator");
            assertEquals("ASTANA", operator.territorialBody.code, "the operator's body unchanged");
            assertTrue(operator.active);
        });
    }
}
