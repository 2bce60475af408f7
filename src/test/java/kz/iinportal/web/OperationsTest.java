package kz.iinportal.web;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import java.net.URL;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * Readiness reports the database; metrics are exposed for Prometheus. Both live on the management interface only:
 * the portal's own port, the one the public reaches, does not serve them.
 */
@QuarkusTest
class OperationsTest {

    // Relative to the management interface's root, /q.
    @TestHTTPResource(value = "health/ready", management = true)
    URL readiness;

    @TestHTTPResource(value = "metrics", management = true)
    URL metrics;

    @Test
    void readinessReportsTheDatabase() {
        given().get(readiness).then().statusCode(200)
                .body("status", equalTo("UP"))
                .body(containsString("Database connections health check"));
    }

    @Test
    void metricsAreExposed() {
        given().get(metrics).then().statusCode(200)
                .body(containsString("jvm_memory_used_bytes"))
                .body(containsString("http_server_requests"));
    }

    @Test
    void thePortalsPortServesNeitherHealthNorMetrics() {
        for (String path : new String[] { "/q/health", "/q/health/ready", "/q/health/live", "/q/metrics" }) {
            given().redirects().follow(false).get(path).then().statusCode(404);
        }
    }
}
