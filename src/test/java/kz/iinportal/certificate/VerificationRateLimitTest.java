package kz.iinportal.certificate;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import kz.iinportal.operations.PortalMetrics;

/** The verification page's rate limit over HTTP, with a limit of three lookups per hour for this test. */
@QuarkusTest
@TestProfile(VerificationRateLimitTest.ThreeLookups.class)
class VerificationRateLimitTest {

    public static class ThreeLookups implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("iin.verify.rate-limit.requests", "3", "iin.verify.rate-limit.period", "PT1H");
        }
    }

    @Inject
    MeterRegistry registry;

    @Test
    void theFourthLookupIsRefusedWithRetryAfterAndAPageInTheLayout() {
        // Unknown numbers, mistyped ones and QR addresses all count.
        given().get("/verify/" + CertificateNumber.next()).then().statusCode(200);
        given().get("/verify?number=nonsense").then().statusCode(200);
        given().get("/verify?number=" + CertificateNumber.next()).then().statusCode(200);

        String retryAfter = given().get("/verify/" + CertificateNumber.next()).then().statusCode(429)
                .contentType(containsString("text/html")).contentType(containsString("charset=UTF-8"))
                .body(containsString("Too many checks"))
                .body(containsString("Try again in"))
                .body(containsString("<main"))
                .extract().header("Retry-After");
        long seconds = Long.parseLong(retryAfter);
        // One lookup comes back every 20 minutes.
        assertTrue(seconds > 1100 && seconds <= 1200, "Retry-After " + seconds);

        given().header("Accept-Language", "ru").get("/verify?number=x").then().statusCode(429)
                .body(containsString("Слишком много проверок"));
        // The empty form is not a lookup and stays available.
        given().get("/verify").then().statusCode(200);
        // Operations see the refusals (docs/operations.md, "What to watch").
        assertEquals(2.0, registry.get(PortalMetrics.VERIFY_LIMITED).counter().count());
    }
}
