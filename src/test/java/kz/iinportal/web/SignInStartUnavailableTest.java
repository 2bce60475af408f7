package kz.iinportal.web;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.function.Predicate;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.Response;
import kz.iinportal.testsupport.ProviderAwayResource;

/**
 * The identity provider goes away after the portal started: a new sign-in is not sent to an address that does not
 * answer but gets the portal's page, and is sent to the provider again once it is back, without a restart.
 */
@QuarkusTest
@TestProfile(SignInStartUnavailableTest.ProviderComesAndGoes.class)
class SignInStartUnavailableTest {

    public static class ProviderComesAndGoes implements QuarkusTestProfile {
        @Override
        public List<TestResourceEntry> testResources() {
            return List.of(new TestResourceEntry(ProviderAwayResource.class));
        }
    }

    @ConfigProperty(name = ProviderAwayResource.CONTROL)
    String control;

    @ConfigProperty(name = "quarkus.oidc.auth-server-url")
    String provider;

    @Test
    void aNewSignInGetsThePortalsPageWhileTheProviderIsAwayAndIsSentThereOnceItIsBack() throws Exception {
        Response up = awaitLogin("en", location -> location.startsWith(provider));
        assertEquals(302, up.statusCode());

        given().get(control + "/away").then().statusCode(204);
        try {
            Response away = awaitLogin("kk", location -> URI.create(location).getPath().equals(SignInUnavailable.PATH));
            assertEquals(303, away.statusCode());
            assertEquals("no-store", away.header("Cache-Control"));
            given().redirects().follow(false).header("Accept-Language", "kk").get(away.header("Location")).then()
                    .statusCode(503).header("Retry-After", "60")
                    .body(containsString("<html lang=\"kk\">"))
                    .body(containsString("Қазір жүйеге кіру мүмкін емес"));

            // A protected page asked for without a session starts a sign-in just the same; in Russian here.
            Response page = given().redirects().follow(false).cookie("_renarde_locale", "ru").get("/applications");
            assertEquals(303, page.statusCode(), page.body().asString());
            given().redirects().follow(false).cookie("_renarde_locale", "ru").get(page.header("Location")).then()
                    .statusCode(503)
                    .body(containsString("<html lang=\"ru\">"))
                    .body(containsString("Вход сейчас недоступен"));
            // Public pages do not need the provider.
            given().get("/").then().statusCode(200);
        } finally {
            given().get(control + "/back").then().statusCode(204);
        }

        Response back = awaitLogin("en", location -> location.startsWith(provider));
        assertEquals(302, back.statusCode());
    }

    /**
     * Asks to sign in until the answer redirects where expected: the probe's answer holds a few seconds, so the
     * change shows within twice that.
     */
    private static Response awaitLogin(String language, Predicate<String> redirectedTo) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofMillis(3 * IdentityProviderProbe.FRESH_FOR_MS).toNanos();
        while (true) {
            Response answer = given().redirects().follow(false).header("Accept-Language", language).get("/login");
            String location = answer.header("Location");
            if (location != null && redirectedTo.test(location)) {
                return answer;
            }
            assertTrue(System.nanoTime() < deadline, answer.statusLine() + " to " + location);
            Thread.sleep(200);
        }
    }
}
