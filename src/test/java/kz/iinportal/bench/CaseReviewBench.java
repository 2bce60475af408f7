package kz.iinportal.bench;

import static io.restassured.RestAssured.given;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.agroal.api.AgroalDataSource;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.filter.cookie.CookieFilter;
import kz.iinportal.application.Application;
import kz.iinportal.testsupport.TestCases;

/**
 * Benchmark, not a test (its name keeps it out of the normal run; bin/bench-review runs it): the operator's review
 * page of a case viewed {@code bench.views} times (10,000 by default), over HTTP in the test profile on the test
 * database. Fills the case with VIEWED events in one SQL statement (through the audit chain's trigger, as the portal
 * writes them), then opens the page {@code bench.warmup} times to warm up and {@code bench.runs} times measured, one
 * after another, and prints the page's size, the median, p95 and maximum. Every opening adds a view, as in life.
 * Prints figures; asserts nothing but that the page answers 200. Runs on main's code too (it needs only the page and
 * the event table), for a figure before a change.
 */
@QuarkusTest
@TestSecurity(user = CaseReviewBench.OPERATOR, roles = "operator")
class CaseReviewBench {

    static final String OPERATOR = "bench-review-operator";
    static final String BODY = "KARAGANDA";
    static final int VIEWS = Integer.getInteger("bench.views", 10_000);
    static final int WARMUP = Integer.getInteger("bench.warmup", 30);
    static final int RUNS = Integer.getInteger("bench.runs", 50);

    @Inject
    AgroalDataSource dataSource;

    @Test
    void reviewPageOfACaseViewedTenThousandTimes() throws SQLException {
        long id = QuarkusTransaction.requiringNew().call(() -> {
            TestCases.staff(OPERATOR, BODY);
            Application a = TestCases.open(BODY, OPERATOR);
            a.persist();
            return a.id;
        });
        long filling = System.nanoTime();
        try (Connection c = dataSource.getConnection(); PreparedStatement fill = c.prepareStatement("""
                INSERT INTO application_event (id, application_id, at, actor, actor_role, kind)
                SELECT nextval('application_event_seq'), ?, now() - make_interval(secs => g), ?, 'operator', 'VIEWED'
                FROM generate_series(?, 1, -1) g""")) {
            fill.setLong(1, id);
            fill.setString(2, OPERATOR);
            fill.setInt(3, VIEWS);
            fill.executeUpdate();
        }
        System.out.printf("review.fill        %,d VIEWED events in %,d ms%n", VIEWS,
                (System.nanoTime() - filling) / 1_000_000);
        String path = "/review/case/" + id;
        CookieFilter browser = new CookieFilter();
        for (int i = 0; i < WARMUP; i++) {
            given().filter(browser).get(path).then().statusCode(200);
        }
        List<Double> millis = new ArrayList<>();
        int bytes = 0;
        for (int i = 0; i < RUNS; i++) {
            long start = System.nanoTime();
            byte[] page = given().filter(browser).get(path).then().statusCode(200).extract().asByteArray();
            millis.add((System.nanoTime() - start) / 1e6);
            bytes = page.length;
        }
        Collections.sort(millis);
        String last = new String(given().filter(browser).get(path).then().extract().asByteArray(),
                StandardCharsets.UTF_8);
        System.out.printf("review.page        %,d bytes at %,d+ views (%s)%n", bytes, VIEWS,
                last.contains("id=\"views\"") ? "views in one line" : "views listed one by one");
        System.out.printf("review.latency     p50 %.1f ms, p95 %.1f ms, max %.1f ms over %d runs (%d warm-up)%n",
                millis.get(millis.size() / 2), millis.get((int) Math.ceil(millis.size() * 0.95) - 1),
                millis.get(millis.size() - 1), RUNS, WARMUP);
        System.out.printf("review.load        %s%n", loadAverage());
    }

    private static String loadAverage() {
        try {
            return "load average " + java.nio.file.Files.readString(java.nio.file.Path.of("/proc/loadavg")).strip();
        } catch (java.io.IOException e) {
            return "load average unknown";
        }
    }
}
