package kz.iinportal.supervisor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

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
import kz.iinportal.staff.ServiceCentre;
import kz.iinportal.staff.Staff;
import kz.iinportal.testsupport.FormSession;
import kz.iinportal.testsupport.TestCases;

/**
 * A deactivated staff member cannot act even with a session that is still valid (the identity here comes from
 * {@code @TestSecurity}, as a token issued before the deactivation would): their very next request gets the 403 page
 * saying why, in the page's language, and their open cases are back in the queue, each with a case audit event.
 */
@QuarkusTest
class DeactivatedStaffTest {

    @Inject
    StaffChanges changes;

    @Test
    @TestSecurity(user = "gone-operator", roles = "operator")
    void aDeactivatedOperatorsNextRequestIsRefusedAndTheirCasesAreBackInTheQueue() throws Exception {
        long first = TestCases.storedInReview("ATYRAU", "gone-operator");
        long second = TestCases.storedInReview("ATYRAU", "gone-operator");
        FormSession browser = new FormSession();
        browser.get("/review").then().statusCode(200);
        browser.get("/review/case/" + first).then().statusCode(200);

        assertEquals(2, changes.deactivate("gone-operator", "a-supervisor"));

        Response queue = browser.get("/review");
        assertEquals(403, queue.statusCode());
        assertTrue(queue.asString().contains("Your account has been deactivated"), queue.asString());
        Response ru = new FormSession("ru").get("/review/case/" + first);
        assertEquals(403, ru.statusCode());
        assertTrue(ru.asString().contains("Ваша учётная запись деактивирована"), ru.asString());
        assertTrue(new FormSession("kk").get("/review").asString().contains("Есептік жазбаңыз өшірілді"));

        // A form already on screen is refused too, and changes nothing.
        Response assign = browser.send("/review/" + first + "/assign", Map.of());
        assertEquals(403, assign.statusCode());
        for (long id : List.of(first, second)) {
            QuarkusTransaction.requiringNew().run(() -> {
                Application app = Application.findById(id);
                assertNull(app.assignedTo, "back in the queue");
                assertEquals(ApplicationStatus.SUBMITTED, app.status);
                List<ApplicationEvent> events = ApplicationEvent.list("application = ?1 order by seq", app);
                ApplicationEvent last = events.get(events.size() - 1);
                assertEquals(EventKind.UNASSIGNED, last.kind,
                        "the unassignment, and nothing from the refused requests");
                assertEquals("a-supervisor", last.actor);
            });
        }
    }

    @Test
    @TestSecurity(user = "gone-clerk", roles = "frontoffice")
    void aDeactivatedFrontOfficeEmployeeIsRefusedToo() throws Exception {
        QuarkusTransaction.requiringNew().run(() -> {
            Staff s = new Staff();
            s.login = "gone-clerk";
            s.fullName = "Gone Clerk";
            s.serviceCentre = ServiceCentre.findById("ATYRAU-PSC-1");
            s.persist();
        });
        new FormSession().get("/front-office").then().statusCode(200);
        changes.deactivate("gone-clerk", "a-supervisor");
        new FormSession().get("/front-office").then().statusCode(403);
        new FormSession().get("/applications").then().statusCode(403);
        changes.reactivate("gone-clerk", "a-supervisor");
        new FormSession().get("/front-office").then().statusCode(200);
    }

    @Test
    @TestSecurity(user = "applicant", roles = "applicant")
    void applicantsAreNotStaffAndNeverCheckedAgainstTheStaffTable() {
        new FormSession().get("/applications").then().statusCode(200);
    }
}
