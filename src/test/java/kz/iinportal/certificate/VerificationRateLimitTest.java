package kz.iinportal.certificate;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.Callable;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.junit.jupiter.api.Test;

import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import kz.iinportal.operations.PortalMetrics;
import kz.iinportal.testsupport.Race;

/**
 * The verification page's rate limit over HTTP and at its store (the shared PostgreSQL table every instance draws
 * on), with a limit of three lookups per hour for this test.
 */
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
    VerificationLimit limit;

    @Inject
    EntityManager em;

    @Inject
    MeterRegistry registry;

    @Test
    void theFourthLookupIsRefusedWithRetryAfterAndAPageInTheLayout() {
        // Unknown numbers, mistyped ones, QR addresses and signed tokens (good or bad) all count.
        given().get("/verify/" + CertificateNumber.next()).then().statusCode(200);
        given().get("/verify?t=not-a-token").then().statusCode(200).body(containsString("does not verify"));
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
        given().get("/verify?t=not-a-token").then().statusCode(429).header("Retry-After", notNullValue())
                .body(containsString("Too many checks")).body(not(containsString("does not verify")));
        // The empty form is not a lookup and stays available.
        given().get("/verify").then().statusCode(200);
        // Operations see the refusals (docs/operations.md, "What to watch").
        assertEquals(3.0, registry.get(PortalMetrics.VERIFY_LIMITED).counter().count());
    }

    @Test
    void aClientGetsItsBurstThenWaitsForTheNextTokenAndOthersKeepTheirOwn() {
        String client = newClient();
        for (int i = 0; i < 3; i++) {
            assertEquals(Optional.empty(), limit.take(client), "lookup " + (i + 1));
        }
        Duration wait = limit.take(client).orElseThrow();
        assertTrue(wait.compareTo(Duration.ofMinutes(19)) > 0 && wait.compareTo(Duration.ofMinutes(20)) <= 0,
                "wait " + wait);
        assertEquals(Optional.empty(), limit.take(newClient()), "another client has its own allowance");
    }

    @Test
    void tokensComeBackWithTimeButAnIdleClientSavesUpOnlyTheBurst() {
        String client = newClient();
        for (int i = 0; i < 3; i++) {
            limit.take(client);
        }
        assertTrue(limit.take(client).isPresent());
        // Twenty minutes pass: the bucket's moment of being empty moves back by one token's time.
        movePast(client, "20 minutes");
        assertEquals(Optional.empty(), limit.take(client));
        assertTrue(limit.take(client).isPresent());

        movePast(client, "1 day");
        for (int i = 0; i < 3; i++) {
            assertEquals(Optional.empty(), limit.take(client), "after a day, lookup " + (i + 1));
        }
        assertTrue(limit.take(client).isPresent(), "a day idle does not save up more than the burst");
    }

    /** Separate transactions on separate connections, as two instances behind a balancer take them. */
    @Test
    void racingLookupsOfOneClientGetExactlyTheAllowanceBetweenThem() throws Exception {
        String client = newClient();
        List<Callable<Boolean>> lookups = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            lookups.add(() -> limit.take(client).isEmpty());
        }
        long allowed = Race.run(lookups).stream().filter(ok -> ok).count();
        assertEquals(3, allowed);
    }

    @Test
    void bucketsFullAgainAreForgottenAndOnlyThose() {
        String idle = newClient();
        String busy = newClient();
        limit.take(idle);
        limit.take(busy);
        movePast(idle, "2 hours");
        limit.forgetFullBuckets();
        assertEquals(0L, rows(idle));
        assertEquals(1L, rows(busy));
    }

    private static String newClient() {
        return "test-" + UUID.randomUUID();
    }

    private void movePast(String client, String interval) {
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery(
                "UPDATE verification_allowance SET empty_at = empty_at - CAST(:interval AS interval) WHERE client = :c")
                .setParameter("interval", interval).setParameter("c", client).executeUpdate());
    }

    private long rows(String client) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery(
                "SELECT count(*) FROM verification_allowance WHERE client = :c").setParameter("c", client)
                .getSingleResult()).longValue());
    }
}
