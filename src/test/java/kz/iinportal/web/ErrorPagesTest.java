package kz.iinportal.web;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;

/** 403, 404 and 500 are the portal's own pages, in the layout and the chosen language, never a stack trace. */
@QuarkusTest
class ErrorPagesTest {

    @Test
    void unknownPageIs404InTheChosenLanguage() {
        given().cookie("_renarde_locale", "ru").get("/no/such/page").then().statusCode(404)
                .body(containsString("<html lang=\"ru\">"))
                .body(containsString("Страница не найдена"))
                .body(containsString("class=\"skip-link\""));
    }

    @Test
    @TestSecurity(user = "applicant", roles = "applicant")
    void forbiddenIs403InTheChosenLanguage() {
        given().cookie("_renarde_locale", "kk").get("/supervisor").then().statusCode(403)
                .body(containsString("Бұл бет сізге қолжетімсіз"))
                .body(containsString("<footer"));
    }

    @Test
    void unexpectedFailureIs500WithIncidentNumberAndNoStackTrace() {
        given().get("/test-only/boom").then().statusCode(500)
                .body(containsString("Sorry, something went wrong"))
                .body(containsString("Incident number:"))
                .body(not(containsString("IllegalStateException")))
                .body(not(containsString("at kz.")))
                .body(not(containsString("secret detail")));
    }
}
