package kz.iinportal.supervisor;

import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.response.Response;
import kz.iinportal.application.Application;
import kz.iinportal.application.ApplicationEvent;
import kz.iinportal.application.ApplicationStatus;
import kz.iinportal.application.EventKind;
import kz.iinportal.audit.AdminEvent;
import kz.iinportal.audit.AdminEventKind;
import kz.iinportal.staff.RecordedStaffAccounts;
import kz.iinportal.staff.Staff;
import kz.iinportal.staff.StaffAccountException;
import kz.iinportal.staff.StaffRole;
import kz.iinportal.testsupport.FormSession;
import kz.iinportal.testsupport.TestCases;

/**
 * The supervisors' staff management over HTTP as a browser sends it (session and CSRF token): adding, the form's
 * checks, moving, deactivating and reactivating, each refusal changing nothing; with the identity provider's side
 * recorded by {@link RecordedStaffAccounts}, which can also fail as Keycloak would.
 */
@QuarkusTest
@TestSecurity(user = "staff-supervisor", roles = "supervisor")
class StaffManagementTest {

    static final String NEW = "/supervisor/staff/new";
    static final AtomicInteger SERIAL = new AtomicInteger();

    @Inject
    RecordedStaffAccounts accounts;

    static String login(String prefix) {
        return prefix + "-" + System.nanoTime() % 1_000_000 + "-" + SERIAL.incrementAndGet();
    }

    static Map<String, String> operator(String login) {
        Map<String, String> form = new HashMap<>();
        form.put("login", login);
        form.put("fullName", "Нұрлан Сейітов");
        form.put("email", login + "@example.kz");
        form.put("role", "OPERATOR");
        form.put("body", "KARAGANDA");
        form.put("centre", "");
        return form;
    }

    static Staff staff(String login) {
        return QuarkusTransaction.requiringNew().call(() -> {
            Staff s = Staff.findById(login);
            if (s != null) {
                // the lazy workplace, read while the transaction is open
                String body = s.territorialBody == null ? null : s.territorialBody.code;
                String centre = s.serviceCentre == null ? null : s.serviceCentre.code;
                assertTrue(body == null || centre == null);
            }
            return s;
        });
    }

    static String bodyOf(String login) {
        return QuarkusTransaction.requiringNew().call(() -> {
            Staff s = Staff.findById(login);
            return s.territorialBody == null ? null : s.territorialBody.code;
        });
    }

    static List<AdminEvent> events(String login) {
        return QuarkusTransaction.requiringNew().call(() -> AdminEvent.about(List.of(AdminEventKind.values()), login));
    }

    @Test
    void aSupervisorAddsAnOperatorWithTheirAccountAndSeesTheConfirmation() {
        String login = login("new-op");
        FormSession browser = new FormSession();
        Map<String, String> form = operator(login.toUpperCase());
        Response added = browser.post(NEW, NEW, form);
        assertEquals(303, added.statusCode(), added.asString());
        assertTrue(added.header("Location").endsWith("/supervisor/staff/" + login + "/added"),
                added.header("Location"));

        Staff row = staff(login);
        assertEquals("Нұрлан Сейітов", row.fullName, "stored under the lower-case login Keycloak sends back");
        assertEquals(StaffRole.OPERATOR, row.role);
        assertEquals("KARAGANDA", bodyOf(login));
        assertEquals(login.toUpperCase() + "@example.kz", row.email);
        assertTrue(row.active);
        assertEquals(Boolean.TRUE, accounts.enabled(login), "the account was asked for");

        List<AdminEvent> events = events(login);
        assertEquals(1, events.size());
        assertEquals(AdminEventKind.STAFF_ADDED, events.get(0).kind);
        assertEquals("staff-supervisor", events.get(0).actor);
        assertNull(events.get(0).fromValue);
        assertTrue(events.get(0).toValue.contains("role=operator; body:KARAGANDA"), events.get(0).toValue);

        String confirmation = browser.get("/supervisor/staff/" + login + "/added").then().statusCode(200).extract()
                .asString();
        assertTrue(confirmation.contains("Staff member added"), confirmation);
        assertTrue(confirmation.contains("No identity provider is connected"), "what happened to the account");
        browser.get("/supervisor/staff?role=OPERATOR&body=KARAGANDA").then().statusCode(200)
                .body(containsString("id=\"staff-" + login + "\""));
    }

    @Test
    void frontOfficeStaffNeedACentreAndSupervisorsNoWorkplace() {
        String clerk = login("new-fo");
        Map<String, String> form = operator(clerk);
        form.put("role", "FRONTOFFICE");
        form.put("body", "KARAGANDA"); // ignored: front-office staff work at a centre
        String page = new FormSession().post(NEW, NEW, form).then().statusCode(200).extract().asString();
        assertTrue(page.contains("href=\"#centre\">Select the service centre"), "in the error summary");
        assertTrue(page.contains("id=\"centre-error\""), "next to the field");
        assertNull(staff(clerk), "nothing added");
        assertNull(accounts.enabled(clerk), "no account asked for");

        form.put("centre", "KARAGANDA-PSC-1");
        new FormSession().post(NEW, NEW, form).then().statusCode(303);
        assertEquals(StaffRole.FRONTOFFICE, staff(clerk).role);
        assertNull(bodyOf(clerk));

        String head = login("new-sup");
        Map<String, String> supervisor = operator(head);
        supervisor.put("role", "SUPERVISOR");
        new FormSession().post(NEW, NEW, supervisor).then().statusCode(303);
        assertEquals(StaffRole.SUPERVISOR, staff(head).role);
        assertNull(bodyOf(head), "a supervisor oversees all bodies");
    }

    @Test
    void badInputIsShownNextToEachFieldAndInTheSummaryWithTheAnswersKept() {
        Map<String, String> form = new HashMap<>();
        form.put("login", "Ба д");
        form.put("fullName", " ");
        form.put("email", "not-an-address");
        form.put("role", "APPLICANT");
        long before = QuarkusTransaction.requiringNew().call(() -> Staff.count());
        Response response = new FormSession().post(NEW, NEW, form);
        assertEquals(200, response.statusCode());
        String page = response.asString();
        assertTrue(page.contains("There is a problem"), page);
        for (String field : List.of("login", "fullName", "email", "role")) {
            assertTrue(page.contains("href=\"#" + field + "\""), "summary links " + field);
            assertTrue(page.contains("id=\"" + field + "-error\""), "message next to " + field);
        }
        assertTrue(page.contains("A login has 2 to 100 characters"), page);
        assertTrue(page.contains("Enter the full name"));
        assertTrue(page.contains("Enter an e-mail address in the correct format"));
        assertTrue(page.contains("Select a role"));
        assertTrue(page.contains("value=\"Ба д\""), "typed login kept");
        assertTrue(page.contains("value=\"not-an-address\""), "typed e-mail kept");
        assertEquals(before, QuarkusTransaction.requiringNew().call(() -> Staff.count()), "nothing added");

        Map<String, String> noBody = operator(login("no-body"));
        noBody.put("body", "ATLANTIS");
        String missing = new FormSession().post(NEW, NEW, noBody).then().statusCode(200).extract().asString();
        assertTrue(missing.contains("href=\"#body\">Select the territorial body the operator works for"));
        assertTrue(missing.contains("value=\"Нұрлан Сейітов\""), "the name is kept");
        assertNull(staff(noBody.get("login")));

        // In Russian, the same messages in Russian.
        String ru = new FormSession("ru").post(NEW, NEW, form).then().statusCode(200).extract().asString();
        assertTrue(ru.contains("Введите ФИО"), ru);
    }

    @Test
    void aLoginTakenInThePortalOrInTheIdentityProviderIsRefusedOnTheForm() {
        String page = new FormSession().post(NEW, NEW, operator("operator")).then().statusCode(200).extract()
                .asString();
        assertTrue(page.contains("href=\"#login\">A staff member with this login already exists"), page);

        String login = login("kc-taken");
        accounts.failNext(StaffAccountException.Reason.ALREADY_EXISTS);
        String taken = new FormSession().post(NEW, NEW, operator(login)).then().statusCode(200).extract().asString();
        assertTrue(taken.contains("The identity provider already has an account with this login"), taken);
        assertNull(staff(login), "nothing half-done in the portal");
        assertTrue(events(login).isEmpty());
    }

    @Test
    void anIdentityProviderThatIsDownChangesNothingAndSaysSo() {
        String login = login("kc-down");
        accounts.failNext(StaffAccountException.Reason.UNAVAILABLE);
        Response response = new FormSession().post(NEW, NEW, operator(login));
        assertEquals(200, response.statusCode());
        assertTrue(response.asString().contains("The identity provider could not be reached, so nothing was changed"));
        assertTrue(response.asString().contains("value=\"" + login + "\""), "typed values kept");
        assertNull(staff(login));
        assertNull(accounts.enabled(login));

        // Trying again once it is back works.
        new FormSession().post(NEW, NEW, operator(login)).then().statusCode(303);
        assertTrue(staff(login).active);
    }

    @Test
    void movingAnOperatorToAnotherBodyGivesTheirOpenCasesBackToTheOldQueue() {
        String login = added("move-op");
        long id = TestCases.storedInReview("KARAGANDA", login);
        String page = "/supervisor/staff/" + login;
        new FormSession().get(page).then().statusCode(200);

        String bad = new FormSession().post(page, page + "/workplace", Map.of("body", "NOWHERE")).then()
                .statusCode(200).extract().asString();
        assertTrue(bad.contains("href=\"#body\">Select the territorial body"), bad);
        assertEquals("KARAGANDA", bodyOf(login), "nothing changed");

        Response moved = new FormSession().post(page, page + "/workplace", Map.of("body", "ALMATY_CITY"));
        assertEquals(303, moved.statusCode(), moved.asString());
        assertEquals("ALMATY_CITY", bodyOf(login));
        AdminEvent event = events(login).get(events(login).size() - 1);
        assertEquals(AdminEventKind.STAFF_WORKPLACE_CHANGED, event.kind);
        assertEquals("body:KARAGANDA", event.fromValue);
        assertEquals("body:ALMATY_CITY", event.toValue);
        assertBackInTheQueue(id, login);
    }

    @Test
    void deactivatingExplainsItselfThenDisablesTheAccountAndUnassignsTheOpenCases() {
        String login = added("deact-op");
        long id = TestCases.storedInReview("KARAGANDA", login);
        String confirm = "/supervisor/staff/" + login + "/deactivate";
        String page = new FormSession().get(confirm).then().statusCode(200).extract().asString();
        assertTrue(page.contains("What deactivating means"), page);
        assertTrue(page.contains("Their open cases (1) go back to the unassigned queue"), page);

        accounts.failNext(StaffAccountException.Reason.UNAVAILABLE);
        String down = new FormSession().post(confirm, confirm, Map.of()).then().statusCode(200).extract().asString();
        assertTrue(down.contains("href=\"#account\">The identity provider could not be reached"), down);
        assertTrue(staff(login).active, "nothing changed");
        assertEquals(login, assignee(id));

        Response done = new FormSession().post(confirm, confirm, Map.of());
        assertEquals(303, done.statusCode(), done.asString());
        assertFalse(staff(login).active);
        assertEquals(Boolean.FALSE, accounts.enabled(login), "account disabled");
        assertBackInTheQueue(id, login);
        AdminEvent event = events(login).get(events(login).size() - 1);
        assertEquals(AdminEventKind.STAFF_DEACTIVATED, event.kind);
        assertEquals("inactive; cases unassigned=1", event.toValue);

        // Reactivating enables the account again; the case stays in the queue.
        String member = "/supervisor/staff/" + login;
        Response back = new FormSession().post(member, member + "/reactivate", Map.of());
        assertEquals(303, back.statusCode());
        assertTrue(staff(login).active);
        assertEquals(Boolean.TRUE, accounts.enabled(login));
        assertEquals(AdminEventKind.STAFF_REACTIVATED, events(login).get(events(login).size() - 1).kind);
        assertNull(assignee(id));
    }

    @Test
    void reactivatingWhileTheIdentityProviderIsDownChangesNothing() {
        String login = added("react-op");
        String confirm = "/supervisor/staff/" + login + "/deactivate";
        new FormSession().post(confirm, confirm, Map.of()).then().statusCode(303);
        accounts.failNext(StaffAccountException.Reason.UNAVAILABLE);
        String member = "/supervisor/staff/" + login;
        String page = new FormSession().post(member, member + "/reactivate", Map.of()).then().statusCode(200)
                .extract().asString();
        assertTrue(page.contains("The identity provider could not be reached"), page);
        assertFalse(staff(login).active);
    }

    @Test
    void aSupervisorCannotDeactivateThemselves() {
        QuarkusTransaction.requiringNew().run(() -> {
            if (Staff.findById("staff-supervisor") == null) {
                Staff s = new Staff();
                s.login = "staff-supervisor";
                s.fullName = "Staff Supervisor";
                s.persist();
            }
        });
        String confirm = "/supervisor/staff/staff-supervisor/deactivate";
        String page = new FormSession().post(confirm, confirm, Map.of()).then().statusCode(200).extract()
                .asString();
        assertTrue(page.contains("You cannot deactivate your own account"), page);
        assertTrue(staff("staff-supervisor").active);
    }

    @Test
    void theListFiltersByBodyAndRoleAndIsPaged() {
        QuarkusTransaction.requiringNew().run(() -> {
            for (int i = 0; i < StaffManagement.PAGE + 2; i++) {
                TestCases.staff(login("page-op"), "NORTH_KAZAKHSTAN");
            }
        });
        FormSession browser = new FormSession();
        String first = browser.get("/supervisor/staff?body=NORTH_KAZAKHSTAN&role=OPERATOR").then().statusCode(200)
                .extract().asString();
        assertEquals(StaffManagement.PAGE, count(first, "id=\"staff-page-op-"));
        assertTrue(first.contains("rel=\"next\""), "a next page");
        String second = browser.get("/supervisor/staff?body=NORTH_KAZAKHSTAN&role=OPERATOR&page=2").then()
                .statusCode(200).extract().asString();
        assertTrue(count(second, "id=\"staff-page-op-") >= 2, second);
        String supervisors = browser.get("/supervisor/staff?body=NORTH_KAZAKHSTAN&role=SUPERVISOR").then()
                .statusCode(200).extract().asString();
        assertEquals(0, count(supervisors, "id=\"staff-page-op-"));
        // Nonsense in the address filters nothing rather than failing.
        browser.get("/supervisor/staff?body=%00&role=<b>&page=-3").then().statusCode(200);
    }

    @Test
    void unknownStaffAreNotFound() {
        FormSession browser = new FormSession();
        browser.get("/supervisor/staff/nobody-here").then().statusCode(404);
        browser.get("/supervisor/staff/nobody-here/deactivate").then().statusCode(404);
        browser.get("/supervisor/staff").then().statusCode(200);
        browser.send("/supervisor/staff/nobody-here/deactivate", Map.of()).then().statusCode(404);
        browser.send("/supervisor/staff/nobody-here/reactivate", Map.of()).then().statusCode(404);
        browser.send("/supervisor/staff/nobody-here/workplace", Map.of("body", "ASTANA")).then().statusCode(404);
        // a supervisor works for no body: no workplace form for them
        browser.send("/supervisor/staff/supervisor/workplace", Map.of("body", "ASTANA")).then().statusCode(404);
    }

    /** An operator of Karaganda added through the form; their login. */
    private static String added(String prefix) {
        String login = login(prefix);
        new FormSession().post(NEW, NEW, operator(login)).then().statusCode(303);
        return login;
    }

    private static String assignee(long id) {
        return QuarkusTransaction.requiringNew().call(() -> Application.<Application>findById(id).assignedTo);
    }

    private static void assertBackInTheQueue(long id, String operator) {
        QuarkusTransaction.requiringNew().run(() -> {
            Application app = Application.findById(id);
            assertNull(app.assignedTo);
            assertEquals(ApplicationStatus.SUBMITTED, app.status);
            List<ApplicationEvent> events = ApplicationEvent.list("application = ?1 order by seq", app);
            ApplicationEvent last = events.get(events.size() - 1);
            assertEquals(EventKind.UNASSIGNED, last.kind);
            assertEquals("staff-supervisor", last.actor);
            assertEquals(ApplicationStatus.IN_REVIEW, last.fromStatus);
            assertEquals(ApplicationStatus.SUBMITTED, last.toStatus);
            assertTrue(last.detail.contains(operator), last.detail);
        });
    }

    private static int count(String page, String needle) {
        int n = 0;
        for (int i = page.indexOf(needle); i >= 0; i = page.indexOf(needle, i + 1)) {
            n++;
        }
        return n;
    }
}
