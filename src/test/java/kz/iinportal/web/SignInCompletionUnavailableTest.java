package kz.iinportal.web;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.Response;
import kz.iinportal.testsupport.TokenEndpointDownResource;

/** The identity provider goes away between sending the person to sign in and the portal redeeming the code. */
@QuarkusTest
@TestProfile(SignInCompletionUnavailableTest.TokenEndpointDown.class)
class SignInCompletionUnavailableTest {

    public static class TokenEndpointDown implements QuarkusTestProfile {
        @Override
        public List<TestResourceEntry> testResources() {
            return List.of(new TestResourceEntry(TokenEndpointDownResource.class));
        }
    }

    @Test
    void completingSignInAnswers503WithThePortalsPageInThePersonsLanguage() {
        Response toProvider = given().redirects().follow(false).cookie("_renarde_locale", "kk").get("/login");
        assertEquals(302, toProvider.statusCode());
        String state = query(toProvider.header("Location"), "state");
        assertTrue(state != null && !state.isBlank(), toProvider.header("Location"));

        // The code in that address is spent: the person is sent to a clean address that answers 503.
        Response callback = given().redirects().follow(false).cookies(toProvider.cookies())
                .cookie("_renarde_locale", "kk")
                .queryParam("code", "a-code-the-provider-issued").queryParam("state", state)
                .get("/login");
        assertEquals(303, callback.statusCode());
        assertEquals("/unavailable/sign-in", URI.create(callback.header("Location")).getPath());

        given().redirects().follow(false).cookie("_renarde_locale", "kk").get(callback.header("Location"))
                .then().log().ifValidationFails()
                .statusCode(503)
                .body(containsString("<html lang=\"kk\">"))
                .body(containsString("Қазір жүйеге кіру мүмкін емес"))
                .body(containsString("<footer"));
    }

    private static String query(String location, String name) {
        for (String pair : URI.create(location).getRawQuery().split("&")) {
            String[] kv = pair.split("=", 2);
            if (kv[0].equals(name)) {
                return URLDecoder.decode(kv[1], StandardCharsets.UTF_8);
            }
        }
        return null;
    }
}
