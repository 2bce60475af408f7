package kz.iinportal.operations;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.time.OffsetDateTime;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import kz.iinportal.application.Application;
import kz.iinportal.testsupport.TestCases;

/** The gauges operations watch count what the database holds, and Prometheus reads them on the management port. */
@QuarkusTest
class PortalMetricsTest {

    @TestHTTPResource(value = "metrics", management = true)
    URL metrics;

    @Inject
    PortalMetrics portalMetrics;

    @Inject
    EntityManager em;

    @Test
    void queueOverdueAndNoticeBacklogAreTheDatabasesCounts() {
        QuarkusTransaction.requiringNew().run(() -> {
            Application overdue = TestCases.open("KARAGANDA", null);
            overdue.dueAt = OffsetDateTime.now().minusDays(2);
            overdue.persist();
            Application inTime = TestCases.open("KARAGANDA", null);
            inTime.persist();
        });
        portalMetrics.refresh();
        String scraped = given().get(metrics).then().statusCode(200).extract().asString();

        long[] truth = QuarkusTransaction.requiringNew().call(() -> {
            Object[] cases = (Object[]) em.createNativeQuery("""
                    SELECT count(*), count(*) FILTER (WHERE due_at < now()) FROM application
                    WHERE status IN ('SUBMITTED', 'IN_REVIEW')""").getSingleResult();
            Number backlog = (Number) em.createNativeQuery("SELECT count(*) FROM notice WHERE state = 'PENDING'")
                    .getSingleResult();
            return new long[] { ((Number) cases[0]).longValue(), ((Number) cases[1]).longValue(),
                    backlog.longValue() };
        });
        assertTrue(truth[0] >= 2 && truth[1] >= 1, "the cases above are counted");
        assertEquals(truth[0], value(scraped, "iin_queue_length"));
        assertEquals(truth[1], value(scraped, "iin_cases_overdue"));
        assertEquals(truth[2], value(scraped, "iin_notices_backlog"));
        // Counters are there from the start, at zero or more, so an alert on their rate has a series to read.
        value(scraped, "iin_notices_send_failures_total");
        value(scraped, "iin_verify_rate_limited_total");
        value(scraped, "iin_notices_retrying");
    }

    private static long value(String scraped, String name) {
        Matcher m = Pattern.compile("(?m)^" + name + "(?:\\{[^}]*\\})? ([0-9.E+-]+)$").matcher(scraped);
        assertTrue(m.find(), () -> name + " not exposed");
        return (long) Double.parseDouble(m.group(1));
    }
}
