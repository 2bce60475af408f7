package kz.iinportal.review;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.agroal.api.AgroalDataSource;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.filter.cookie.CookieFilter;
import kz.iinportal.application.Application;
import kz.iinportal.application.ApplicationEvent;
import kz.iinportal.application.ApplicationStatus;
import kz.iinportal.application.EventKind;
import kz.iinportal.staff.Staff;
import kz.iinportal.testsupport.SqlStatements;
import kz.iinportal.testsupport.TestCases;

/**
 * Every opening of the review page is a VIEWED event in the audit, and yet the page does not grow with them: the
 * timeline sums the views up in one line ("Viewed 37 times, last by …"), the other steps all shown. 500 openings over
 * HTTP: apart from that line the page stays the same byte for byte, and so do the SQL statements it sends, while the
 * audit holds all 500 views.
 * <p>
 * Statements that fetch a sequence value ({@code nextval(}) are left out of the comparison: Hibernate's pooled
 * optimizer takes 50 ids of {@code application_event_seq} at a time (the sequence's INCREMENT BY 50) for the whole
 * application, so one in about fifty inserts — whichever request, or scheduled job, runs out first — sends it; that
 * says nothing about the page.
 */
@QuarkusTest
@TestSecurity(user = CaseViewsTest.OPERATOR, roles = "operator")
class CaseViewsTest {

    @Inject
    AgroalDataSource dataSource;

    static final String BODY = "KARAGANDA";
    static final String OPERATOR = "views-operator";
    static final String NAME = "Yerlan Abenov";
    static final int OPENINGS = 500;

    /** The one line that changes with each view. */
    static final Pattern VIEWS_LINE = Pattern.compile("<li id=\"views\">.*?</li>");

    @Test
    void fiveHundredViewsChangeNeitherThePageApartFromItsViewsLineNorItsStatements() {
        long id = QuarkusTransaction.requiringNew().call(() -> {
            TestCases.staff(OPERATOR, BODY);
            Staff.<Staff>findById(OPERATOR).fullName = NAME;
            Application a = TestCases.open(BODY, OPERATOR);
            a.persist();
            a.record("applicant-views", "applicant", EventKind.SUBMITTED);
            a.record(OPERATOR, "operator", EventKind.ASSIGNED);
            return a.id;
        });
        String path = "/review/case/" + id;
        // One browser: the same CSRF cookie, so the decision forms carry the same token on every page.
        CookieFilter browser = new CookieFilter();
        String first = null;
        List<String> firstStatements = null;
        for (int opening = 1; opening <= OPENINGS; opening++) {
            String[] page = new String[1];
            List<String> statements = withoutSequenceValues(SqlStatements.sentFor(path,
                    () -> page[0] = given().filter(browser).get(path).then().statusCode(200).extract().asString()));
            Matcher line = VIEWS_LINE.matcher(page[0]);
            assertEquals(opening > 1, line.find(), "a views line once there was a view, at opening " + opening);
            String rest = line.replaceAll("");
            if (first == null) {
                first = rest;
                firstStatements = statements;
                assertTrue(first.contains("applicant-views"), "the timeline's other steps are shown");
                continue;
            }
            assertEquals(first, rest, "the page apart from its views line, at opening " + opening);
            assertEquals(firstStatements, statements, "the statements, at opening " + opening);
        }
        String last = given().get(path).then().statusCode(200).extract().asString();
        Matcher line = VIEWS_LINE.matcher(last);
        assertTrue(line.find());
        assertTrue(line.group().contains("Viewed " + OPENINGS + " times, last by " + NAME + " at "), line.group());
        assertEquals(1, VIEWS_LINE.matcher(last).results().count(), "one line for all the views");
        assertFalse(last.contains("Personal data viewed"), "no view listed one by one on the review page");
        assertTrue(last.contains("applicant-views"), "the other steps still all shown");
        assertTrue(firstStatements.size() <= 20,
                "a bounded number of statements:\n" + String.join("\n", firstStatements));

        long viewed = QuarkusTransaction.requiringNew()
                .call(() -> ApplicationEvent.count("application.id = ?1 and kind = ?2", id, EventKind.VIEWED));
        assertEquals(OPENINGS + 1, viewed, "every opening is in the audit");
        ApplicationEvent.Views summary = QuarkusTransaction.requiringNew().call(() -> ApplicationEvent.views(id));
        assertEquals(viewed, summary.count(), "the views' row counts what the audit holds");
        assertEquals(NAME, summary.lastBy());
    }

    @Test
    void thePortalCanReadTheViewsCountButNotChangeIt() throws SQLException {
        long id = TestCases.storedInReview(BODY, OPERATOR);
        given().get("/review/case/" + id).then().statusCode(200);
        for (String sql : new String[] { "UPDATE application_views SET views = 0",
                "DELETE FROM application_views", "INSERT INTO application_views VALUES (-1, 1, now(), 'x')" }) {
            try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
                SQLException refused = assertThrows(SQLException.class, () -> s.executeUpdate(sql), sql);
                assertTrue(refused.getMessage().contains("permission denied"), refused.getMessage());
            }
        }
        assertEquals(1, QuarkusTransaction.requiringNew().call(() -> ApplicationEvent.views(id)).count());
        assertEquals(ApplicationStatus.IN_REVIEW,
                QuarkusTransaction.requiringNew().call(() -> Application.<Application>findById(id).status));
    }

    static List<String> withoutSequenceValues(List<String> statements) {
        return statements.stream().filter(s -> !s.contains("nextval(")).toList();
    }
}
