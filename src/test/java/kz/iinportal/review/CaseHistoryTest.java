package kz.iinportal.review;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import kz.iinportal.application.Application;
import kz.iinportal.application.ApplicationEvent;
import kz.iinportal.application.EventKind;
import kz.iinportal.testsupport.TestCases;

/**
 * The case's full history over HTTP: every event, each view with who and when, paged 50 to a page, newest first;
 * linked from the review page; closed to other bodies (404) as the review page is.
 */
@QuarkusTest
class CaseHistoryTest {

    static final String BODY = "ALMATY_CITY";

    /** An event as the history lists it: label, actor, machine-readable time. */
    static final Pattern ITEM = Pattern.compile(
            "<li><strong>([^<]*)</strong> — ([^<]*)(?:<br><span class=\"hint\">[^<]*</span>)*<br><time datetime=\"([^\"]+)\">");

    @Test
    @TestSecurity(user = "history-operator", roles = "operator")
    void everyEventIsListedPagedNewestFirstEachViewWithWhoAndWhen() {
        long id = QuarkusTransaction.requiringNew().call(() -> {
            TestCases.staff("history-operator", BODY);
            Application a = TestCases.open(BODY, "history-operator");
            a.persist();
            a.record("history-applicant", "applicant", EventKind.SUBMITTED);
            a.record("history-operator", "operator", EventKind.ASSIGNED);
            return a.id;
        });
        // Views by several colleagues, some over HTTP (the page records them), most written directly.
        for (int i = 0; i < 3; i++) {
            given().get("/review/case/" + id).then().statusCode(200)
                    .body(containsString("href=\"/review/case/" + id + "/history\""));
        }
        QuarkusTransaction.requiringNew().run(() -> {
            Application a = Application.findById(id);
            for (int i = 0; i < 104; i++) {
                a.record("history-viewer-" + i, "operator", EventKind.VIEWED);
            }
        });
        List<ApplicationEvent> stored = QuarkusTransaction.requiringNew().call(() -> {
            List<ApplicationEvent> all = new ArrayList<>(ApplicationEvent.timeline(Application.findById(id)));
            all.sort(Comparator.comparing((ApplicationEvent e) -> e.at).thenComparing(e -> e.id).reversed());
            return all;
        });
        assertEquals(109, stored.size());

        List<String[]> listed = new ArrayList<>();
        for (int page = 1; page <= 3; page++) {
            String html = given().get("/review/case/" + id + "/history" + (page == 1 ? "" : "?page=" + page))
                    .then().statusCode(200).extract().asString();
            assertTrue(html.contains("Events in all: 109"), html);
            List<String[]> items = ITEM.matcher(html).results()
                    .map(m -> new String[] { m.group(1), m.group(2), m.group(3) }).toList();
            assertEquals(page < 3 ? 50 : 9, items.size(), "events on page " + page);
            assertTrue(html.contains("aria-current=\"page\">" + page + "</a>"), "page " + page + " is current");
            listed.addAll(items);
        }
        assertEquals(stored.size(), listed.size());
        for (int i = 0; i < stored.size(); i++) {
            ApplicationEvent e = stored.get(i);
            String[] item = listed.get(i);
            assertEquals(e.actor, item[1], "who, event " + i);
            assertEquals(e.at.truncatedTo(ChronoUnit.SECONDS).toInstant(),
                    OffsetDateTime.parse(item[2]).toInstant(), "when, event " + i);
            if (e.kind == EventKind.VIEWED) {
                assertEquals("Personal data viewed", item[0], "what, event " + i);
            }
        }
        assertEquals(107, listed.stream().filter(i -> i[0].equals("Personal data viewed")).count(),
                "each view is listed, those over HTTP too");
        assertEquals(3, listed.stream().filter(i -> i[1].equals("history-operator")
                && i[0].equals("Personal data viewed")).count());

        // A page past the end, or no number, shows the nearest page; nothing breaks.
        given().get("/review/case/" + id + "/history?page=99").then().statusCode(200)
                .body(containsString("aria-current=\"page\">3</a>"));
        given().get("/review/case/" + id + "/history?page=abc").then().statusCode(200)
                .body(containsString("aria-current=\"page\">1</a>"));
        // Opening the history is not a view of personal data: it adds nothing.
        assertEquals(109L, QuarkusTransaction.requiringNew()
                .call(() -> ApplicationEvent.count("application.id", id)));
    }

    @Test
    @TestSecurity(user = "history-operator-ru", roles = "operator")
    void theHistoryAndTheViewsLineSpeakTheReadersLanguage() {
        long id = TestCases.storedInReview(BODY, "history-operator-ru");
        given().get("/review/case/" + id).then().statusCode(200);
        given().get("/review/case/" + id).then().statusCode(200);
        given().cookie("_renarde_locale", "ru").get("/review/case/" + id).then().statusCode(200)
                .body(containsString("Просмотров: 2, последний — history-operator-ru, "))
                .body(containsString("Полная история дела"));
        given().cookie("_renarde_locale", "kk").get("/review/case/" + id + "/history").then().statusCode(200)
                .body(containsString("Барлық оқиғалар: 3"))
                .body(containsString("Дербес деректер қаралды"));
        given().get("/review/case/" + id).then().statusCode(200)
                .body(containsString("Viewed 3 times, last by history-operator-ru at "));
    }

    @Test
    @TestSecurity(user = "history-other-body", roles = "operator")
    void anOperatorOfAnotherBodyGets404() {
        TestCases.storedInReview("ASTANA", "history-other-body");
        long id = TestCases.storedInReview(BODY, "history-owner");
        given().get("/review/case/" + id + "/history").then().statusCode(404)
                .body(not(containsString("history-owner")));
        given().get("/review/case/" + Long.MAX_VALUE + "/history").then().statusCode(404);
        long events = QuarkusTransaction.requiringNew().call(() -> ApplicationEvent.count("application.id", id));
        assertEquals(0L, events, "nothing recorded for a refused opening");
    }

    @Test
    @TestSecurity(user = "history-applicant", roles = "applicant")
    void anApplicantIsRefusedAsOnTheReviewPage() {
        long id = TestCases.storedInReview(BODY, "history-owner-2");
        int reviewPage = given().get("/review/case/" + id).then().extract().statusCode();
        given().get("/review/case/" + id + "/history").then().statusCode(reviewPage)
                .body(not(containsString("history-owner-2")));
        assertTrue(reviewPage == 403 || reviewPage == 404, "refused: " + reviewPage);
    }

}
