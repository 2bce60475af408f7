package kz.iinportal.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import kz.iinportal.testsupport.PortalInstance;
import kz.iinportal.testsupport.ScratchDatabase;
import kz.iinportal.testsupport.SpareCluster;

/**
 * The production jar while its PostgreSQL server goes away and comes back (a cluster of the test's own, so nothing
 * else on the machine notices): requests during the outage get the portal's "service unavailable" page in their
 * language, readiness says DOWN, and the same process serves again once the server is back — no restart.
 */
class DatabaseRestartIT {

    static final int PORT = Integer.getInteger("cluster.port", 8200) + 5;
    static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    static SpareCluster cluster;
    static PortalInstance portal;

    @BeforeAll
    static void start() throws Exception {
        ScratchDatabase db = ScratchDatabase.named("iin_faults");
        cluster = SpareCluster.start(db);
        Map<String, String> env = new HashMap<>();
        String url = "jdbc:postgresql://127.0.0.1:" + SpareCluster.PORT + "/" + db.name();
        PortalInstance.migrate(url, db.user(), db.owner(), db.ownerPassword());
        env.put("IIN_DB_URL", url);
        env.put("IIN_DB_USER", db.user());
        env.put("IIN_DB_PASSWORD", db.password());
        // No sign-in here: a provider that is not running is enough for public pages.
        env.put("IIN_OIDC_URL", "http://localhost:1/realms/iin");
        env.put("IIN_OIDC_CLIENT_SECRET", "faults-test-client-secret-0123456789abcdef");
        env.put("IIN_TOKEN_ENCRYPTION_SECRET", "faults-test-token-encryption-secret-0123456789");
        env.put("IIN_VERIFY_RATE_LIMIT_REQUESTS", "10000");
        portal = PortalInstance.start("faults", PORT, PORT + 10, env, Duration.ofMinutes(3));
    }

    @AfterAll
    static void stop() throws Exception {
        if (portal != null) {
            portal.close();
        }
        if (cluster != null) {
            cluster.close();
        }
    }

    @Test
    void anOutageGetsTheUnavailablePageAndReadinessDownAndThePortalServesAgainByItself() throws Exception {
        assertEquals(200, lookUp("en").statusCode());

        cluster.ctl("stop");
        long outageStart = System.nanoTime();
        HttpResponse<String> during = lookUp("ru");
        long answeredIn = (System.nanoTime() - outageStart) / 1_000_000;
        assertEquals(503, during.statusCode(), during.body());
        assertTrue(during.body().contains("Сервис ненадолго недоступен"), during.body());
        assertTrue(!during.body().contains("Exception"), "no stack trace");
        assertTrue(answeredIn < 15_000, "answered in " + answeredIn + " ms, not hung");
        assertEquals(503, ready().statusCode(), "readiness reports DOWN");

        cluster.ctl("start");
        long back = System.nanoTime();
        long deadline = back + Duration.ofSeconds(60).toNanos();
        int status = 0;
        while (System.nanoTime() < deadline && (status = lookUp("en").statusCode()) != 200) {
            Thread.sleep(100);
        }
        long recoveredIn = (System.nanoTime() - back) / 1_000_000;
        assertEquals(200, status, "serving again without a restart");
        assertEquals(200, ready().statusCode());
        System.out.printf("faults.database-stop: unavailable page in %d ms; serving %d ms after PostgreSQL was back%n",
                answeredIn, recoveredIn);

        // A restart between two requests: the pool's dead connections are replaced, not handed out.
        cluster.ctl("restart");
        long restarted = System.nanoTime();
        HttpResponse<String> after = lookUp("en");
        assertEquals(200, after.statusCode(), after.body());
        System.out.printf("faults.database-restart: first request after pg_ctlcluster restart answered 200 in %d ms%n",
                (System.nanoTime() - restarted) / 1_000_000);
        assertTrue(portal.isAlive());
    }

    private static HttpResponse<String> lookUp(String language) throws IOException, InterruptedException {
        return HTTP.send(HttpRequest.newBuilder(URI.create("http://localhost:" + PORT + "/verify/IIN-2026-0000001"))
                .header("Accept-Language", language).timeout(Duration.ofSeconds(30)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static HttpResponse<String> ready() throws IOException, InterruptedException {
        return HTTP.send(HttpRequest.newBuilder(URI.create("http://localhost:" + (PORT + 10) + "/q/health/ready"))
                .timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
    }
}
