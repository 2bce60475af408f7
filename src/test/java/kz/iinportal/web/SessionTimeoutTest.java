package kz.iinportal.web;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.response.Response;
import kz.iinportal.testsupport.Bundles;
import kz.iinportal.testsupport.FormSession;

/**
 * The timeout warning's server side: signed-in pages carry the dialog with the session's timing, "stay signed in"
 * answers only a signed-in person, an unanswered warning signs out to a page that says every saved step is kept,
 * and the timing matches the identity provider's realm files (the portal cannot ask the provider).
 */
@QuarkusTest
class SessionTimeoutTest {

    @Inject
    SessionTimeout timeout;

    @ParameterizedTest
    @ValueSource(strings = { "en", "ru", "kk" })
    @TestSecurity(user = "applicant", roles = "applicant")
    void signedInPagesCarryTheWarningWithTheSessionsTiming(String lang) {
        new FormSession(lang).get("/applications").then().statusCode(200)
                .body(containsString("<dialog class=\"timeout-dialog\""))
                .body(containsString("data-warn-after=\"" + timeout.warnsAfterSeconds() + "\""))
                .body(containsString("data-end-after=\"" + timeout.endsAfterSeconds() + "\""))
                .body(containsString(Bundles.message(lang, "session.timeout.title")))
                .body(containsString(Bundles.message(lang, "session.timeout.stay")))
                .body(containsString("name=\"timedOut\" value=\"true\""))
                .body(containsString("<script src=\"/js/session-timeout.js\" defer></script>"));
        // 30 minutes idle at the provider, tokens of 5 minutes: the page signs out after 25, warns after 23.
        assertEquals(25 * 60, timeout.endsAfterSeconds());
        assertEquals(23 * 60, timeout.warnsAfterSeconds());
    }

    @Test
    void anonymousPagesHaveNoWarning() {
        given().get("/").then().statusCode(200).body(not(containsString("timeout-dialog")));
    }

    @Test
    @TestSecurity(user = "applicant", roles = "applicant")
    void stayingSignedInAnswersASignedInPerson() {
        given().get("/signout/stay").then().statusCode(204).header("Cache-Control", "no-store");
    }

    @Test
    void stayingSignedInNeedsASession() {
        int status = given().redirects().follow(false).get("/signout/stay").statusCode();
        assertTrue(status == 302 || status == 401, "status " + status);
    }

    @ParameterizedTest
    @ValueSource(strings = { "en", "ru", "kk" })
    @TestSecurity(user = "applicant", roles = "applicant")
    void anUnansweredWarningSignsOutToAPageThatSaysWhy(String lang) {
        FormSession browser = new FormSession(lang);
        browser.get("/applications");
        Response out = browser.send("/signout", Map.of("timedOut", "true"));
        assertEquals(303, out.statusCode());
        assertTrue(out.header("Location").endsWith("/signout/timed-out"), out.header("Location"));
        assertTrue(out.header("Clear-Site-Data").contains("cookies"));
        browser.get("/signout/timed-out").then().statusCode(200)
                .body(containsString(Bundles.message(lang, "session.timedOut.title")))
                .body(containsString(Bundles.message(lang, "session.timedOut.kept")))
                .body(containsString(String.valueOf(timeout.idleTimeout().toMinutes())));
        // An ordinary sign-out still goes home.
        FormSession other = new FormSession(lang);
        other.get("/applications");
        assertTrue(other.send("/signout", Map.of()).header("Location").matches(".*/$|.*:\\d+$"));
    }

    @Test
    void theTimingMatchesTheRealms() throws IOException {
        for (String realm : new String[] { "deploy/keycloak/iin-realm.json",
                "deploy/keycloak/iin-production-realm.json" }) {
            JsonNode json = new ObjectMapper().readTree(Files.readString(Path.of(realm)));
            assertEquals(timeout.idleTimeout().toSeconds(), json.get("ssoSessionIdleTimeout").asLong(), realm);
            assertEquals(timeout.tokenLifespan().toSeconds(), json.get("accessTokenLifespan").asLong(), realm);
        }
    }
}
