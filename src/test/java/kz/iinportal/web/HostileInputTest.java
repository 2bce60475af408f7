package kz.iinportal.web;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.response.Response;
import kz.iinportal.application.Application;
import kz.iinportal.documents.TestFiles;
import kz.iinportal.testsupport.DateFields;
import kz.iinportal.testsupport.FormSession;
import kz.iinportal.testsupport.TestCases;

/**
 * The hostile-input corpus ({@link HostileInput}) in every form field and every query and path parameter of every
 * page, for each role, as a browser sends it (session, CSRF token). No answer is 500 or more or a blank page, a form
 * shown again keeps what was typed, and stored values are shown escaped on the filer's and the operator's pages.
 */
@QuarkusTest
class HostileInputTest {

    static final String BODY = "WEST_KAZAKHSTAN";
    static final String OPERATOR = "hostile-operator";
    static final String STORED = "<script>alert(1)</script>{7*7}{inject:currentUser.login}";

    static final Map<String, String> PERSON = with(Map.of("familyName", "SMITH", "givenNames", "JOHN",
            "familyNameCyrillic", "", "givenNamesCyrillic", "", "sex", "MALE", "citizenship", "DE", "placeOfBirth",
            "Berlin"), DateFields.typed("birthDate", "1", "1", "1980"));
    static final Map<String, String> DOCUMENT = with(with(Map.of("documentType", "PASSPORT", "documentNumber",
            "X1234567", "documentCountry", "DE"), DateFields.typed("documentIssueDate", "1", "1", "2020")),
            DateFields.typed("documentExpiryDate", "1", "1", "2034"));
    /** Every part of every date field keeps what was typed when the form is shown again. */
    static final List<String> PERSON_ECHOED = List.of("familyName", "givenNames", "placeOfBirth", "birthDate-day",
            "birthDate-month", "birthDate-year");
    static final Map<String, String> STAY = Map.of("address", "Astana, Mangilik El 1", "region", "ASTANA", "email",
            "a@example.kz", "phone", "+77011234567");

    /** Public pages and their parameters, without signing in. */
    @Test
    void anonymous() {
        HostileInput hostile = new HostileInput();
        for (String v : HostileInput.VALUES) {
            String e = HostileInput.encoded(v);
            hostile.get("/iin/check?iin=" + e, v);
            hostile.get("/api/iin/" + e, v);
            hostile.get("/verify?number=" + e, v);
            hostile.get("/verify/" + e, v);
            hostile.get("/verify?t=" + e, v);
            hostile.get("/lang/" + e + "?to=" + e, v);
            hostile.get("/lang/ru?to=" + e, v);
            hostile.get("/?" + e + "=" + e, v);
        }
        assertEquals(List.of(), hostile.problems, hostile.requests + " requests");
    }

    @Test
    @TestSecurity(user = "hostile-applicant", roles = "applicant")
    void applicant() {
        HostileInput hostile = new HostileInput();
        FormSession browser = new FormSession("ru");
        hostile.form(browser, "/apply", "/apply/start", Map.of(), List.of("service"), List.of(), null);
        long formation = start(browser, "FORMATION");
        steps(hostile, browser, formation);
        long correction = start(browser, "CORRECTION");
        hostile.form(browser, step(correction, "correction"), step(correction, "correction"),
                Map.of("currentIin", "811104300017", "correctionReason", "NAME"),
                List.of("currentIin", "correctionReason"), List.of("currentIin"), null);
        // the documents step: the kind and the file's name are text too
        for (String v : HostileInput.VALUES) {
            hostile.check("upload kind", v,
                    browser.upload(step(formation, "documents"), v, "scan.png", TestFiles.png()));
            hostile.check("upload name", v,
                    browser.upload(step(formation, "documents"), "IDENTITY_DOCUMENT", v, TestFiles.png()));
        }
        hostile.form(browser, step(formation, "check"), step(formation, "check"), Map.of("declaration", "yes",
                "consent", "yes"), List.of("declaration", "consent"), List.of(), null);
        for (String v : HostileInput.VALUES) {
            String e = HostileInput.encoded(v);
            for (String page : List.of("service", "person", "document", "stay", "documents", "check",
                    "confirmation")) {
                hostile.get("/apply/" + e + "/" + page, v);
            }
            hostile.get("/applications/" + e, v);
            hostile.get("/applications/" + formation + "/documents/" + e, v);
            hostile.get("/certificates/" + e + "/pdf", v);
        }
        assertEquals(List.of(), hostile.problems, hostile.requests + " requests");

        // What was stored is shown as text, never as markup or template syntax, on the filer's own pages.
        long stored = QuarkusTransaction.requiringNew().call(() -> {
            Application a = TestCases.application(BODY);
            a.reference = null;
            a.createdBy = "hostile-applicant";
            a.placeOfBirth = STORED;
            a.address = STORED;
            a.persist();
            return a.id;
        });
        browser.get(step(stored, "check")).then().statusCode(200)
                .body(containsString("&lt;script&gt;alert(1)&lt;/script&gt;{7*7}{inject:currentUser.login}"))
                .body(not(containsString("<script>alert(1)")));
    }

    @Test
    @TestSecurity(user = "hostile-representative", roles = "representative")
    void representative() {
        HostileInput hostile = new HostileInput();
        FormSession browser = new FormSession("kk");
        long id = start(browser, "FORMATION");
        Map<String, String> authority = with(with(Map.of("authorityKind", "POWER_OF_ATTORNEY", "authorityNumber",
                "N-123", "noticeRecipients", "REPRESENTATIVE"), DateFields.typed("authorityDate", "1", "1", "2024")),
                DateFields.typed("authorityValidUntil", "1", "1", "2034"));
        List<String> dates = List.of("authorityDate-day", "authorityDate-month", "authorityDate-year",
                "authorityValidUntil-day", "authorityValidUntil-month", "authorityValidUntil-year");
        hostile.form(browser, step(id, "authority"), step(id, "authority"), authority,
                with(List.of("authorityKind", "authorityNumber", "noticeRecipients"), dates),
                with(List.of("authorityNumber"), dates), null);
        steps(hostile, browser, id);
        assertEquals(List.of(), hostile.problems, hostile.requests + " requests");
    }

    @Test
    @TestSecurity(user = "frontoffice", roles = "frontoffice")
    void frontOffice() {
        HostileInput hostile = new HostileInput();
        FormSession browser = new FormSession("en");
        long id = start(browser, "FORMATION");
        steps(hostile, browser, id);
        for (String v : HostileInput.VALUES) {
            hostile.get("/front-office?" + HostileInput.encoded(v) + "=" + HostileInput.encoded(v), v);
        }
        assertEquals(List.of(), hostile.problems, hostile.requests + " requests");
    }

    @Test
    @TestSecurity(user = OPERATOR, roles = "operator")
    void operator() {
        HostileInput hostile = new HostileInput();
        FormSession browser = new FormSession("en");
        long open = QuarkusTransaction.requiringNew().call(() -> {
            TestCases.staff(OPERATOR, BODY);
            Application a = TestCases.open(BODY, null);
            a.persist();
            return a.id;
        });
        browser.get("/review");
        for (String v : HostileInput.VALUES) {
            // a fresh case for each value: a refusal that is accepted decides the case
            long id = inReview();
            String version = String.valueOf(version(id));
            Map<String, Map<String, String>> refusals = Map.of(
                    "comment", Map.of("version", version, "ground", "REQUIREMENTS_NOT_MET", "comment", v),
                    "ground", Map.of("version", version, "ground", v, "comment", "x"),
                    "registeredIin", Map.of("version", version, "ground", "IIN_ALREADY_REGISTERED", "comment", "x",
                            "registeredIin", v),
                    "version", Map.of("version", v, "ground", "REQUIREMENTS_NOT_MET", "comment", "x"));
            for (var refusal : refusals.entrySet()) {
                Response answer = browser.send("/review/case/" + id + "/refuse", refusal.getValue());
                hostile.check("refuse " + refusal.getKey(), v, answer);
                if (answer.statusCode() == 200 && refusal.getKey().equals("comment")
                        && !answer.body().asString().contains(HostileInput.echoed(v, true) + "</textarea>")) {
                    hostile.problems.add("refuse comment not kept: " + v.length() + " chars");
                }
            }
            hostile.check("accept version", v, browser.send("/review/case/" + id + "/accept", Map.of("version", v)));
            Response assign = browser.send("/review/" + open + "/assign", Map.of("back", v));
            hostile.check("assign back", v, assign);
            if (assign.statusCode() == 303 && !assign.header("Location").matches("(https?://[^/]+)?/review.*")) {
                hostile.problems.add("assign back led to " + assign.header("Location"));
            }
            hostile.check("release back", v, browser.send("/review/" + open + "/release", Map.of("back", v)));
            String e = HostileInput.encoded(v);
            for (String param : List.of("q", "status", "service", "assigned", "overdue", "after")) {
                hostile.get("/review?" + param + "=" + e, v);
            }
            hostile.get("/review/case/" + e, v);
            hostile.get("/review/case/" + id + "/documents/" + e, v);
            hostile.get("/review/case/" + e + "/history", v);
            hostile.get("/review/case/" + id + "/history?page=" + e, v);
        }
        assertEquals(List.of(), hostile.problems, hostile.requests + " requests");

        long stored = storedCase("someone");
        browser.get("/review/case/" + stored).then().statusCode(200)
                .body(containsString("&lt;script&gt;alert(1)&lt;/script&gt;{7*7}{inject:currentUser.login}"))
                .body(not(containsString("<script>alert(1)")));
    }

    @Test
    @TestSecurity(user = "hostile-supervisor", roles = "supervisor")
    void supervisor() {
        HostileInput hostile = new HostileInput();
        FormSession browser = new FormSession("kk");
        // a day far ahead, so that no deadline of another test moves; the first valid answer adds it, the rest are
        // refused as the same day twice, with the answers kept
        Map<String, String> day = with(Map.of("kind", "HOLIDAY", "nameKk", "Мереке", "nameRu", "Праздник", "nameEn",
                "Holiday", "source", "test"), DateFields.typed("day", "2", "3", "2099"));
        List<String> dayParts = List.of("day-day", "day-month", "day-year");
        hostile.form(browser, "/supervisor/calendar", "/supervisor/calendar", day,
                with(List.of("kind", "nameKk", "nameRu", "nameEn", "source"), dayParts), dayParts, null);
        hostile.form(browser, "/supervisor/calendar", null, Map.of("kind", "HOLIDAY", "nameKk", "Мереке", "nameRu",
                "Праздник", "nameEn", "Holiday", "source", "test"),
                List.of("kind", "nameKk", "nameRu", "nameEn",
                        "source"),
                List.of(), v -> "/supervisor/calendar/2099-03-02");
        hostile.form(browser, "/supervisor/calendar", null, day, List.of("kind"), List.of(),
                v -> "/supervisor/calendar/" + HostileInput.encoded(v));
        hostile.form(browser, "/supervisor/calendar", null, Map.of(), List.of("x"), List.of(),
                v -> "/supervisor/calendar/" + HostileInput.encoded(v) + "/remove");
        browser.send("/supervisor/calendar/2099-03-02/remove", Map.of());
        List<String> validFrom = List.of("validFrom-day", "validFrom-month", "validFrom-year");
        hostile.form(browser, "/supervisor/rules", null, with(Map.of("online", "yes"),
                DateFields.typed("validFrom", "not", "a", "date")),
                with(List.of("online", "serviceCentre",
                        "selfAllowed", "representativeAllowed", "document-IDENTITY_DOCUMENT", "legalBasis"), validFrom),
                validFrom, v -> "/supervisor/rules/FORMATION/amend");
        hostile.form(browser, "/supervisor/rules", null, DateFields.typed("validFrom", "1", "1", "2099"),
                List.of("x"), List.of(), v -> "/supervisor/rules/" + HostileInput.encoded(v) + "/amend");
        long id = inReview();
        hostile.form(browser, "/supervisor/cases?body=" + BODY, "/supervisor/cases/" + id + "/reassign", Map.of(),
                List.of("operator"), List.of(), null);
        for (String v : HostileInput.VALUES) {
            String e = HostileInput.encoded(v);
            hostile.get("/supervisor?body=" + e, v);
            hostile.get("/supervisor/cases?body=" + e + "&page=" + e, v);
            hostile.get("/supervisor/cases?body=" + BODY + "&page=" + e, v);
            hostile.get("/supervisor/calendar?year=" + e, v);
            hostile.get("/supervisor/calendar/" + e, v);
            hostile.get("/supervisor/rules/" + e + "/amend", v);
            hostile.get("/supervisor/audit?before=" + e, v);
            hostile.get("/supervisor/staff?" + e + "=" + e, v);
        }
        assertEquals(List.of(), hostile.problems, hostile.requests + " requests");
    }

    private static void steps(HostileInput hostile, FormSession browser, long id) {
        // the draft's service question (Back from the first step, Change on the check page)
        hostile.form(browser, step(id, "service"), step(id, "service"), Map.of("service", "FORMATION"),
                List.of("service"), List.of(), null);
        hostile.form(browser, step(id, "person"), step(id, "person"), PERSON, List.copyOf(PERSON.keySet()),
                PERSON_ECHOED, null);
        // the machine-readable zone, read by "Fill in from the zone" and again by Continue
        hostile.form(browser, step(id, "person"), step(id, "person") + "/mrz", PERSON, List.of("mrz"),
                List.of("mrz"), null);
        hostile.form(browser, step(id, "person"), step(id, "person"), PERSON, List.of("mrz"), List.of("mrz"), null);
        hostile.form(browser, step(id, "document"), step(id, "document"), DOCUMENT, List.copyOf(DOCUMENT.keySet()),
                List.of("documentNumber", "documentIssueDate-day", "documentIssueDate-month", "documentIssueDate-year",
                        "documentExpiryDate-day", "documentExpiryDate-month", "documentExpiryDate-year"),
                null);
        hostile.form(browser, step(id, "stay"), step(id, "stay"), STAY, List.copyOf(STAY.keySet()),
                List.of("address", "email", "phone"), null);
    }

    private static Map<String, String> with(Map<String, String> fields, Map<String, String> more) {
        Map<String, String> all = new HashMap<>(fields);
        all.putAll(more);
        return Map.copyOf(all);
    }

    private static List<String> with(List<String> fields, List<String> more) {
        List<String> all = new ArrayList<>(fields);
        all.addAll(more);
        return List.copyOf(all);
    }

    private static long start(FormSession browser, String service) {
        Response started = browser.post("/apply", "/apply/start", Map.of("service", service));
        assertEquals(303, started.statusCode(), started.body().asString());
        String location = started.header("Location");
        return Long.parseLong(location.replaceAll(".*/apply/(\\d+)/.*", "$1"));
    }

    private static String step(long id, String step) {
        return "/apply/" + id + "/" + step;
    }

    private static long storedCase(String filer) {
        return QuarkusTransaction.requiringNew().call(() -> {
            TestCases.staff(OPERATOR, BODY);
            Application a = TestCases.open(BODY, OPERATOR);
            a.createdBy = filer;
            a.placeOfBirth = STORED;
            a.address = STORED;
            a.persist();
            return a.id;
        });
    }

    private static long inReview() {
        return TestCases.storedInReview(BODY, OPERATOR);
    }

    private static long version(long id) {
        return TestCases.version(id);
    }

    static {
        assertTrue(HostileInput.VALUES.size() > 40);
    }
}
