package kz.iinportal.supervisor;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import kz.iinportal.application.Application;
import kz.iinportal.application.ApplicationEvent;
import kz.iinportal.application.ApplicationStatus;
import kz.iinportal.application.EventDetail;
import kz.iinportal.application.EventKind;
import kz.iinportal.application.RefusalGround;
import kz.iinportal.review.DecisionException;
import kz.iinportal.review.Decisions;
import kz.iinportal.testsupport.FormSession;
import kz.iinportal.testsupport.TestCases;

/** A supervisor gives a case to another operator of its body; the previous assignee can no longer decide it. */
@QuarkusTest
@TestSecurity(user = "reassign-supervisor", roles = "supervisor")
class ReassignmentTest {

    static final String BODY = "ZHETYSU";

    @Inject
    Decisions decisions;

    @Test
    void aCaseInReviewGoesToAnotherOperatorAndTheFormerAssigneesDecisionIsRefused() {
        staff("zh-op-1", BODY);
        staff("zh-op-2", BODY);
        long[] c = openCase("zh-op-1");
        given().get("/supervisor/cases?body=" + BODY).then().statusCode(200)
                .body(containsString(reference(c[0])))
                .body(containsString("zh-op-2"));
        new FormSession().post("/supervisor/cases?body=" + BODY, "/supervisor/cases/" + c[0] + "/reassign",
                Map.of("operator", "zh-op-2")).then().statusCode(303);
        QuarkusTransaction.requiringNew().run(() -> {
            Application app = Application.findById(c[0]);
            assertEquals("zh-op-2", app.assignedTo);
            ApplicationEvent last = last(app);
            assertEquals(EventKind.REASSIGNED, last.kind);
            assertEquals("reassign-supervisor", last.actor);
            assertEquals("supervisor", last.actorRole);
            assertEquals("from=zh-op-1; to=zh-op-2", last.detail);
            assertEquals(EventDetail.reassignment("zh-op-1", "zh-op-2"), last.details());
        });
        assertThrows(DecisionException.class, () -> decisions.accept(c[0], c[1], "zh-op-1"));
        long version = QuarkusTransaction.requiringNew().call(() -> Application.<Application>findById(c[0]).version);
        decisions.refuse(c[0], version, "zh-op-2", RefusalGround.UNRELIABLE_DOCUMENTS,
                "The passport scan is not legible", null);
    }

    @Test
    void anUnassignedCaseIsTakenIntoReviewForTheChosenOperator() {
        staff("zh-op-3", BODY);
        long[] c = openCase(null);
        new FormSession().post("/supervisor/cases?body=" + BODY, "/supervisor/cases/" + c[0] + "/reassign",
                Map.of("operator", "zh-op-3")).then().statusCode(303);
        QuarkusTransaction.requiringNew().run(() -> {
            Application app = Application.findById(c[0]);
            assertEquals(ApplicationStatus.IN_REVIEW, app.status);
            assertEquals("zh-op-3", app.assignedTo);
            assertEquals(ApplicationStatus.SUBMITTED, last(app).fromStatus);
        });
    }

    @Test
    void onlyAnOperatorOfTheCasesBodyCanReceiveIt() {
        staff("zh-op-4", BODY);
        staff("other-body-op", "ATYRAU");
        long[] c = openCase("zh-op-4");
        for (String wrong : new String[] { "other-body-op", "nobody", "" }) {
            new FormSession().post("/supervisor/cases?body=" + BODY, "/supervisor/cases/" + c[0] + "/reassign",
                    Map.of("operator", wrong)).then().statusCode(303);
        }
        given().get("/supervisor/cases?body=" + BODY).then().statusCode(200);
        QuarkusTransaction.requiringNew().run(
                () -> assertEquals("zh-op-4", Application.<Application>findById(c[0]).assignedTo));
        new FormSession().post("/supervisor/cases?body=" + BODY, "/supervisor/cases/999999999/reassign",
                Map.of("operator", "zh-op-4")).then().statusCode(404);
        given().get("/supervisor/cases?body=NOWHERE").then().statusCode(200);
        given().get("/supervisor/cases?body=" + BODY + "&page=999999999").then().statusCode(200);
        given().get("/supervisor/cases?body=" + BODY + "&page=-3").then().statusCode(200)
                .body(containsString(reference(c[0])));
    }

    @Test
    @TestSecurity(user = "zh-op-1", roles = "operator")
    void operatorsCannotReassign() {
        given().get("/supervisor/cases").then().statusCode(403);
    }

    private static ApplicationEvent last(Application app) {
        List<ApplicationEvent> timeline = ApplicationEvent.timeline(app);
        return timeline.get(timeline.size() - 1);
    }

    private static String reference(long id) {
        return QuarkusTransaction.requiringNew().call(() -> Application.<Application>findById(id).reference);
    }

    /** {id, version} of an open case of the body, in review by the operator or unassigned when null. */
    static long[] openCase(String operator) {
        return QuarkusTransaction.requiringNew().call(() -> {
            Application a = TestCases.open(BODY, operator);
            a.persist();
            a.flush();
            return new long[] { a.id, a.version };
        });
    }

    static void staff(String login, String body) {
        QuarkusTransaction.requiringNew().run(() -> TestCases.staff(login, body));
    }
}
