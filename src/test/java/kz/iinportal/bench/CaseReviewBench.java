package kz.iinportal.bench;

import static io.restassured.RestAssured.given;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
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
import kz.iinportal.testsupport.SqlStatements;
import kz.iinportal.testsupport.TestCases;

/**
 * Benchmark, not a test (its name keeps it out of the normal run; bin/bench-review runs it): the operator's review
 * page of a case viewed {@code bench.views} times (10,000 by default), over HTTP in the test profile on the test
 * database. First the page of a case never viewed (what the page costs apart from its history), then the page of a
 * case filled with VIEWED events in one SQL statement (through the audit chain's trigger, as the portal writes
 * them): each {@code bench.warmup} times to warm up and {@code bench.runs} times measured, one after another; prints
 * the page's size, its SQL statements, the median, p95 and maximum. Every opening adds a view, as in life.
 * Prints figures; asserts nothing but that the page answers 200. Runs on main's code
 * too without the statement count (SqlStatements), for a figure before a change.
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
        CookieFilter browser = new CookieFilter();
        // The same page of a case never viewed before, first: what the page costs apart from its history, at the
        // same load (the machine is shared; compare figures of one run).
        measure("review.fresh", newCase(), browser);
        long id = newCase();
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
        measure("review.viewed", id, browser);
        System.out.printf("review.load        %s%n", loadAverage());
    }

    private long newCase() {
        return QuarkusTransaction.requiringNew().call(() -> {
            TestCases.staff(OPERATOR, BODY);
            Application a = TestCases.open(BODY, OPERATOR);
            a.persist();
            return a.id;
        });
    }

    private static void measure(String label, long id, CookieFilter browser) {
        String path = "/review/case/" + id;
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
        List<String> statements = SqlStatements.sentFor(path,
                () -> given().filter(browser).get(path).then().statusCode(200));
        System.out.printf("%-18s page %,d bytes (%s), %d SQL statements per opening (the view's insert included)%n",
                label, bytes, last.contains("id=\"views\"") ? "views in one line" : "views listed one by one",
                statements.size());
        System.out.printf("%-18s p50 %.1f ms, p95 %.1f ms, max %.1f ms over %d runs (%d warm-up)%n", label,
                millis.get(millis.size() / 2), millis.get((int) Math.ceil(millis.size() * 0.95) - 1),
                millis.get(millis.size() - 1), RUNS, WARMUP);
    }

    private static String loadAverage() {
        try {
            return "load average " + Files.readString(Path.of("/proc/loadavg")).strip();
        } catch (IOException e) {
            return "load average unknown";
        }
    }
}
