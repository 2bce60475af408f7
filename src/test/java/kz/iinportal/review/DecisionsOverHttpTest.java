package kz.iinportal.review;

import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.response.Response;
import kz.iinportal.application.Application;
import kz.iinportal.application.ApplicationEvent;
import kz.iinportal.application.ApplicationStatus;
import kz.iinportal.application.EventKind;
import kz.iinportal.documents.DocumentKind;
import kz.iinportal.documents.DocumentStore;
import kz.iinportal.documents.TestFiles;
import kz.iinportal.iin.DocumentType;
import kz.iinportal.iin.PersonData;
import kz.iinportal.iin.Register;
import kz.iinportal.iin.Sex;
import kz.iinportal.testsupport.Bundles;
import kz.iinportal.testsupport.FormSession;
import kz.iinportal.testsupport.Race;
import kz.iinportal.testsupport.TestCases;

/**
 * Every decision that must be refused, sent over HTTP as a browser sends it (session, CSRF token) by the case's own
 * operator: answered at once (well under the 60 s transaction timeout the old code hung for) with the case page and
 * the reason in the page's language, the case unchanged, nothing left half-decided.
 */
@QuarkusTest
@TestSecurity(user = DecisionsOverHttpTest.OPERATOR, roles = "operator")
class DecisionsOverHttpTest {

    static final String OPERATOR = "http-decisions-op";
    static final String BODY = "KARAGANDA";
    static final Duration AT_ONCE = Duration.ofSeconds(2);

    @Inject
    Register register;

    @Inject
    DocumentStore documents;

    @ParameterizedTest
    @ValueSource(strings = { "en", "ru", "kk" })
    void acceptWithAStaleVersion(String lang) {
        long id = inReview();
        long version = version(id);
        touch(id); // the case changed while the page was open
        refusedAtOnce(lang, id, "accept", Map.of("version", String.valueOf(version)), "review.error.CHANGED_MEANWHILE");
        assertUnchanged(id, ApplicationStatus.IN_REVIEW);
    }

    @ParameterizedTest
    @ValueSource(strings = { "en", "ru", "kk" })
    void acceptSentAgainAfterTheDecision(String lang) {
        long id = inReview();
        long version = version(id);
        FormSession browser = new FormSession(lang);
        browser.get(page(id));
        assertEquals(303, browser.send(page(id) + "/accept", Map.of("version", String.valueOf(version))).statusCode());
        String iin = QuarkusTransaction.requiringNew().call(() -> Application.<Application>findById(id).resultIin);
        // Back and resend: the same form, the same token, once more.
        long started = System.nanoTime();
        Response again = browser.send(page(id) + "/accept", Map.of("version", String.valueOf(version)));
        assertFast(started);
        assertEquals(303, again.statusCode());
        browser.get(page(id)).then().statusCode(200)
                .body(containsString(Bundles.message(lang, "review.error.CHANGED_MEANWHILE")));
        QuarkusTransaction.requiringNew().run(() -> {
            Application app = Application.findById(id);
            assertEquals(ApplicationStatus.IIN_FORMED, app.status);
            assertEquals(iin, app.resultIin);
            assertEquals(1,
                    ApplicationEvent.timeline(app).stream().filter(e -> e.kind == EventKind.IIN_FORMED).count());
        });
    }

    @ParameterizedTest
    @ValueSource(strings = { "en", "ru", "kk" })
    void acceptOfACaseNobodyAssigned(String lang) {
        long id = QuarkusTransaction.requiringNew().call(() -> {
            TestCases.staff(OPERATOR, BODY);
            Application a = TestCases.open(BODY, null);
            a.persist();
            return a.id;
        });
        refusedAtOnce(lang, id, "accept", Map.of("version", String.valueOf(version(id))),
                "review.error.NOT_ASSIGNED_TO_YOU");
        assertUnchanged(id, ApplicationStatus.SUBMITTED);
    }

    @ParameterizedTest
    @ValueSource(strings = { "en", "ru", "kk" })
    void acceptOfAFormationWhosePassportHasAnActiveIin(String lang) {
        long id = inReview();
        QuarkusTransaction.requiringNew().run(() -> {
            Application a = Application.findById(id);
            register.form(new PersonData("EARLIER", "HOLDER", null, null, LocalDate.of(1970, 3, 3), Sex.MALE, "DE",
                    new PersonData.Document(DocumentType.PASSPORT, a.documentNumber, a.documentCountry, null, null)),
                    "someone", null);
        });
        refusedAtOnce(lang, id, "accept", Map.of("version", String.valueOf(version(id))),
                "review.error.ACTIVE_IIN_FOR_DOCUMENT");
        assertUnchanged(id, ApplicationStatus.IN_REVIEW);
    }

    @ParameterizedTest
    @ValueSource(strings = { "en", "ru", "kk" })
    void refuseWithAStaleVersionKeepsTheTypedComment(String lang) {
        long id = inReview();
        long version = version(id);
        touch(id);
        FormSession browser = new FormSession(lang);
        browser.get(page(id));
        long started = System.nanoTime();
        Response answer = browser.send(page(id) + "/refuse", Map.of("version", String.valueOf(version), "ground",
                "REQUIREMENTS_NOT_MET", "comment", "Сканер паспорта нечитаем"));
        assertFast(started);
        answer.then().statusCode(200).contentType(containsString("charset=UTF-8"))
                .body(containsString(Bundles.message(lang, "review.error.CHANGED_MEANWHILE")))
                .body(containsString(">Сканер паспорта нечитаем</textarea>"));
        assertUnchanged(id, ApplicationStatus.IN_REVIEW);
    }

    @ParameterizedTest
    @ValueSource(strings = { "en", "ru", "kk" })
    void refuseWithoutAComment(String lang) {
        long id = inReview();
        FormSession browser = new FormSession(lang);
        browser.get(page(id));
        long started = System.nanoTime();
        Response answer = browser.send(page(id) + "/refuse",
                Map.of("version", String.valueOf(version(id)), "ground", "REQUIREMENTS_NOT_MET", "comment", " "));
        assertFast(started);
        answer.then().statusCode(200).body(containsString(Bundles.message(lang, "review.error.COMMENT_REQUIRED")));
        assertUnchanged(id, ApplicationStatus.IN_REVIEW);
    }

    /** Two sessions of the assignee press Accept at the same instant: one decides, the other is told so, at once. */
    @ParameterizedTest
    @ValueSource(strings = { "en", "ru", "kk" })
    void twoAcceptsAtTheSameInstant(String lang) throws Exception {
        for (int round = 0; round < 3; round++) {
            long id = inReview();
            String version = String.valueOf(version(id));
            List<FormSession> browsers = List.of(new FormSession(lang), new FormSession(lang));
            browsers.forEach(b -> b.get(page(id)));
            List<Callable<Response>> accepts = browsers.stream()
                    .<Callable<Response>>map(b -> () -> b.send(page(id) + "/accept", Map.of("version", version)))
                    .toList();
            long started = System.nanoTime();
            for (Response answer : Race.run(accepts)) {
                assertEquals(303, answer.statusCode());
            }
            assertFast(started);
            List<String> pages = browsers.stream().map(b -> b.get(page(id)).body().asString()).toList();
            assertEquals(1, pages.stream().filter(p -> p.contains(Bundles.message(lang, "review.decided"))).count());
            assertEquals(1, pages.stream()
                    .filter(p -> p.contains(Bundles.message(lang, "review.error.CHANGED_MEANWHILE"))).count());
            QuarkusTransaction.requiringNew().run(() -> {
                Application app = Application.findById(id);
                assertEquals(ApplicationStatus.IIN_FORMED, app.status);
                assertEquals(1, ApplicationEvent.timeline(app).stream().filter(e -> e.kind == EventKind.IIN_FORMED)
                        .count());
            });
        }
    }

    /** The version the page's own form carries is the case's current one: accepting from the page decides it. */
    @Test
    void acceptFromThePageAsRendered() {
        long id = inReview();
        FormSession browser = new FormSession("en");
        String page = browser.get(page(id)).then().statusCode(200).extract().asString();
        Matcher version = Pattern.compile("name=\"version\" value=\"(\\d+)\"")
                .matcher(page);
        assertTrue(version.find(), "the decision forms carry the version");
        // what a browser does meanwhile: the page's image, the same page in a second tab; the form on screen still works
        long scan = QuarkusTransaction.requiringNew().call(() -> documents.store(id,
                DocumentKind.IDENTITY_DOCUMENT, "passport.png",
                TestFiles.png(), "someone").id);
        String token = token(page);
        browser.get(page(id) + "/documents/" + scan).then().statusCode(200);
        browser.get("/review").then().statusCode(200);
        assertEquals(token, token(browser.get(page(id)).body().asString()), "the CSRF token stays the session's");
        assertEquals(303, browser.send(page(id) + "/accept", Map.of("version", version.group(1))).statusCode());
        browser.get(page(id)).then().body(containsString(Bundles.message("en", "review.decided")));
        QuarkusTransaction.requiringNew().run(
                () -> assertEquals(ApplicationStatus.IIN_FORMED, Application.<Application>findById(id).status));
    }

    /** A decision's address opened by GET (typed, bookmarked, refreshed after a redirect) shows the case. */
    @ParameterizedTest
    @ValueSource(strings = { "accept", "refuse" })
    void aDecisionsAddressByGetShowsTheCase(String decision) {
        long id = inReview();
        FormSession browser = new FormSession("en");
        Response answer = browser.get(page(id) + "/" + decision);
        assertEquals(303, answer.statusCode());
        assertTrue(answer.header("Location").endsWith(page(id)), answer.header("Location"));
        assertUnchanged(id, ApplicationStatus.IN_REVIEW);
    }

    private static String token(String page) {
        Matcher m = Pattern.compile("name=\"csrf-token\" value=\"([^\"]+)\"")
                .matcher(page);
        assertTrue(m.find(), "a form with the CSRF token");
        return m.group(1);
    }

    private void refusedAtOnce(String lang, long id, String decision, Map<String, String> fields, String reason) {
        FormSession browser = new FormSession(lang);
        browser.get("/review"); // the session's CSRF token, from the queue's forms (a case page may have none)
        long started = System.nanoTime();
        Response answer = browser.send(page(id) + "/" + decision, fields);
        assertFast(started);
        assertEquals(303, answer.statusCode(), answer.body().asString());
        assertTrue(answer.header("Location").endsWith(page(id)), answer.header("Location"));
        browser.get(page(id)).then().statusCode(200).contentType(containsString("charset=UTF-8"))
                .body(containsString(Bundles.message(lang, reason)));
    }

    private static void assertFast(long startedNanos) {
        Duration took = Duration.ofNanos(System.nanoTime() - startedNanos);
        assertTrue(took.compareTo(AT_ONCE) < 0, "answered after " + took);
    }

    private static void assertUnchanged(long id, ApplicationStatus status) {
        QuarkusTransaction.requiringNew().run(() -> {
            Application app = Application.findById(id);
            assertEquals(status, app.status);
            assertNull(app.resultIin);
            assertNull(app.decidedAt);
            assertTrue(ApplicationEvent.timeline(app).stream().noneMatch(e -> e.kind.name().startsWith("IIN_")
                    || e.kind == EventKind.REFUSED));
        });
    }

    private static String page(long id) {
        return "/review/case/" + id;
    }

    private static long inReview() {
        return TestCases.storedInReview(BODY, OPERATOR);
    }

    private static long version(long id) {
        return TestCases.version(id);
    }

    /** Someone else changed the case (here: its address), so its version moved on. */
    private static void touch(long id) {
        QuarkusTransaction.requiringNew().run(() -> Application.<Application>findById(id).address = "changed " + id);
    }
}
