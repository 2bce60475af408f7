package kz.iinportal.web;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;

import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;

/** The portal started while the identity provider is down (here: nothing listens on its port). */
@QuarkusTest
@TestProfile(SignInUnavailableTest.ProviderDown.class)
class SignInUnavailableTest {

    public static class ProviderDown implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of(
                    "quarkus.oidc.auth-server-url", "http://127.0.0.1:9/realms/iin",
                    "quarkus.oidc.devservices.enabled", "false");
        }
    }

    @Test
    void loginAnswers503WithThePortalsPage() {
        given().redirects().follow(false).get("/login").then().log().ifValidationFails().statusCode(503)
                .body(containsString("Sign-in is unavailable at the moment"))
                .body(containsString("<footer"));
    }

    @Test
    void protectedPageAnswers503InKazakhAndRussian() {
        given().redirects().follow(false).header("Accept-Language", "kk").get("/applications").then().log()
                .ifValidationFails()
                .statusCode(503).body(containsString("<html lang=\"kk\">"))
                .body(containsString("Қазір жүйеге кіру мүмкін емес"));
        given().redirects().follow(false).cookie("_renarde_locale", "ru").get("/review").then().statusCode(503)
                .body(containsString("<html lang=\"ru\">"))
                .body(containsString("Вход сейчас недоступен"));
    }

    @Test
    void publicPageStillWorks() {
        given().get("/").then().statusCode(200);
    }
}
