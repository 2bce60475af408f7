package kz.iinportal.web;

import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.RestAssured;
import io.restassured.response.Response;
import kz.iinportal.application.Application;
import kz.iinportal.testsupport.Bundles;
import kz.iinportal.testsupport.FormSession;
import kz.iinportal.testsupport.TestCases;

/**
 * HTTP limits sized in UTF-8 bytes to what the forms allow: every answer the forms accept gets through (and a longer
 * one gets the field's own message); only what no form allows is refused, with the portal's own 413 page.
 */
@QuarkusTest
class RequestLimitsTest {

    @Test
    @TestSecurity(user = "limits-applicant", roles = "applicant")
    void answersWithinTheFormsLimitsGetThroughInAnyScript() {
        FormSession browser = new FormSession("ru");
        Response started = browser.post("/apply", "/apply/start", Map.of("service", "FORMATION"));
        String stay = started.header("Location").replaceAll("/[a-z]+$", "/stay");
        // 300 Cyrillic letters (600 bytes) and 300 emoji (1,200 bytes), each the longest address allowed
        for (String address : new String[] { "Ж".repeat(300), "\uD83D\uDE00".repeat(300) }) {
            assertEquals(303, browser.post(stay, stay, Map.of("address", address, "region", "ASTANA", "email",
                    "a@example.kz", "phone", "+77011234567")).statusCode());
        }
        // 1,260 Cyrillic characters: longer than an address may be, so the field's own message, not an empty 413
        browser.post(stay, stay, Map.of("address", "Ж".repeat(1_260), "region", "ASTANA", "email", "a@example.kz",
                "phone", "+77011234567")).then().statusCode(200)
                .body(containsString(Bundles.message("ru", "apply.error.tooLong")));
    }

    @Test
    @TestSecurity(user = "limits-operator", roles = "operator")
    void aLongKazakhRefusalCommentIsAccepted() {
        long id = QuarkusTransaction.requiringNew().call(() -> {
            TestCases.staff("limits-operator", "ALMATY_REGION");
            Application a = TestCases.open("ALMATY_REGION", "limits-operator");
            a.persist();
            return a.id;
        });
        long version = QuarkusTransaction.requiringNew().call(() -> Application.<Application>findById(id).version);
        String comment = "Құжаттың көшірмесі оқылмайды. ".repeat(54).substring(0, 1_620); // ≈ 2,900 bytes
        Response answer = new FormSession("kk").post("/review/case/" + id, "/review/case/" + id + "/refuse",
                Map.of("version", String.valueOf(version), "ground", "REQUIREMENTS_NOT_MET", "comment", comment));
        assertEquals(303, answer.statusCode(), answer.body().asString());
        QuarkusTransaction.requiringNew().run(
                () -> assertEquals(comment.strip(), Application.<Application>findById(id).operatorComment));
    }

    @Test
    @TestSecurity(user = "limits-applicant-2", roles = "applicant")
    void aFieldLargerThanAnyFormAllowsGetsThePortalsPage() {
        FormSession browser = new FormSession("kk");
        Response started = browser.post("/apply", "/apply/start", Map.of("service", "FORMATION"));
        String person = started.header("Location");
        Response answer = browser.post(person, person, Map.of("placeOfBirth", "ә".repeat(20_000)));
        answer.then().statusCode(413).contentType(containsString("text/html"))
                .body(containsString(Bundles.message("kk", "error.413.title")))
                .body(containsString("</html>"));
    }

    @Test
    @TestSecurity(user = "limits-applicant-3", roles = "applicant")
    void aBodyLargerThanTheUploadLimitGetsThePortalsPage() {
        FormSession browser = new FormSession("en");
        Response started = browser.post("/apply", "/apply/start", Map.of("service", "FORMATION"));
        String documents = started.header("Location").replaceAll("/[a-z]+$", "/documents");
        browser.get(documents);
        // as a browser sends a form: the size announced up front (Content-Length)
        byte[] body = new byte[13 * 1024 * 1024];
        Response answer = RestAssured.given().cookies(browser.cookies()).redirects().follow(false)
                .contentType("multipart/form-data; boundary=x").body(body).post(documents);
        answer.then().statusCode(413).body(containsString(Bundles.message("en", "error.413.title")));
    }
}
