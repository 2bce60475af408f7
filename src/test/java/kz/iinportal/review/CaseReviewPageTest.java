package kz.iinportal.review;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import kz.iinportal.application.Application;
import kz.iinportal.application.ApplicationEvent;
import kz.iinportal.application.ApplicationStatus;
import kz.iinportal.application.EventKind;
import kz.iinportal.documents.DocumentKind;
import kz.iinportal.documents.DocumentStore;
import kz.iinportal.documents.TestFiles;
import kz.iinportal.testsupport.FormSession;
import kz.iinportal.testsupport.TestCases;

/** The operator's review page over HTTP: viewing is recorded, decisions go through, other bodies get 404. */
@QuarkusTest
class CaseReviewPageTest {

    @Inject
    DocumentStore documents;

    @Test
    @TestSecurity(user = "review-operator", roles = "operator")
    void operatorOpensTheCaseAndRefusesWithAGroundAndComment() {
        long id = caseInReview("review-operator", "PAVLODAR");
        long scan = documents.store(id, DocumentKind.IDENTITY_DOCUMENT, "passport.png",
                TestFiles.png(), "someone").id;
        given().get("/review/case/" + id).then().statusCode(200)
                .body(containsString("<img src=\"/review/case/" + id + "/documents/" + scan + "\""))
                .body(containsString("qualifies for ground 3"))
                .body(containsString("Application data"))
                .body(containsString("Refuse"))
                .body(containsString("REVIEWED"))
                .body(containsString("Ground 3 — An IIN was already registered for you"));
        given().get("/review/case/" + id + "/documents/" + scan).then().statusCode(200);
        // the timeline names the document opened in the reader's language, not in the stored form
        given().cookie("_renarde_locale", "ru").get("/review/case/" + id).then().statusCode(200)
                .body(containsString("Открыт документ"))
                .body(containsString("Документ № " + scan))
                .body(containsString("Файл: passport.png"))
                .body(containsString("Основание 3 — "));
        QuarkusTransaction.requiringNew().run(() -> assertTrue(ApplicationEvent.timeline(Application.findById(id))
                .stream().anyMatch(e -> e.kind == EventKind.VIEWED && e.actor.equals("review-operator"))));

        long version = QuarkusTransaction.requiringNew().call(() -> Application.<Application>findById(id).version);
        new FormSession().post("/review/case/" + id, "/review/case/" + id + "/refuse",
                Map.of("version", String.valueOf(version), "ground", "REQUIREMENTS_NOT_MET"))
                .then().statusCode(200)
                .body(containsString("Enter a comment to the applicant"));
        // An error keeps what the operator typed.
        new FormSession().post("/review/case/" + id, "/review/case/" + id + "/refuse",
                Map.of("version", String.valueOf(version), "comment", "Typed before the error"))
                .then().statusCode(200)
                .body(containsString(">Typed before the error</textarea>"));
        new FormSession().post("/review/case/" + id, "/review/case/" + id + "/refuse",
                Map.of("version", String.valueOf(version), "ground", "IIN_ALREADY_REGISTERED",
                        "comment", "x", "registeredIin", "000000000000"))
                .then().statusCode(200)
                .body(containsString("value=\"IIN_ALREADY_REGISTERED\" checked"));
        new FormSession().post("/review/case/" + id, "/review/case/" + id + "/refuse",
                Map.of("version", String.valueOf(version), "ground", "REQUIREMENTS_NOT_MET",
                        "comment", "Your passport scan is unreadable"))
                .then().statusCode(303);
        QuarkusTransaction.requiringNew().run(() -> {
            Application app = Application.findById(id);
            assertEquals(ApplicationStatus.REFUSED, app.status);
            assertEquals("Your passport scan is unreadable", app.operatorComment);
        });
    }

    @Test
    @TestSecurity(user = "review-operator-2", roles = "operator")
    void anOperatorOfAnotherBodyGets404() {
        long id = caseInReview("someone-else", "PAVLODAR");
        long own = caseInReview("review-operator-2", "TURKISTAN");
        given().get("/review/case/" + id).then().statusCode(404);
        long documentId = documents.store(id, DocumentKind.IDENTITY_DOCUMENT, "passport.png",
                TestFiles.png(), "someone").id;
        given().get("/review/case/" + id + "/documents/" + documentId).then().statusCode(404);
        // Read the CSRF token from their own case's page, then try to decide the other body's case.
        new FormSession().post("/review/case/" + own, "/review/case/" + id + "/accept",
                Map.of("version", "0")).then().statusCode(404);
        QuarkusTransaction.requiringNew().run(() -> assertEquals(ApplicationStatus.IN_REVIEW,
                Application.<Application>findById(id).status));
    }

    static long caseInReview(String operator, String body) {
        return QuarkusTransaction.requiringNew().call(() -> {
            TestCases.staff(operator, body);
            Application a = TestCases.open(body, operator);
            a.familyName = "REVIEWED";
            a.placeOfBirth = null;
            a.persist();
            return a.id;
        });
    }

    static void staff(String login, String body) {
        TestCases.staff(login, body);
    }
}
