package kz.iinportal.review;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

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
import kz.iinportal.application.CorrectionReason;
import kz.iinportal.application.EventKind;
import kz.iinportal.application.Service;
import kz.iinportal.iin.DocumentType;
import kz.iinportal.iin.IinRecord;
import kz.iinportal.iin.IinStatus;
import kz.iinportal.iin.PersonData;
import kz.iinportal.iin.Register;
import kz.iinportal.iin.Sex;
import kz.iinportal.notice.Notice;
import kz.iinportal.testsupport.Bundles;
import kz.iinportal.testsupport.FormSession;
import kz.iinportal.testsupport.TestCases;

/**
 * The register's promise over HTTP, as the operator's browser sends it (session, CSRF token): a correction touches
 * only the applicant's own IIN, ground 3 names only the applicant's own IIN, and the operator's "same person" / "not
 * the same person" answers are recorded, shown and change what may be decided. The review page and the messages are
 * checked in the page's language; after every refusal nothing changed.
 */
@QuarkusTest
@TestSecurity(user = OneIinPerPersonOverHttpTest.OPERATOR, roles = "operator")
class OneIinPerPersonOverHttpTest {

    static final String OPERATOR = "one-iin-op";
    static final String BODY = "EAST_KAZAKHSTAN";
    static final AtomicInteger SEQUENCE = new AtomicInteger();

    @Inject
    Register register;

    /** The hijack seen over HTTP: applicant2 names applicant's IIN for a different person. */
    @ParameterizedTest
    @ValueSource(strings = { "en", "ru", "kk" })
    void aCorrectionNamingSomeoneElsesIinIsWarnedAboutAndRefusedAtAccept(String lang) {
        String passport = "E3675" + unique();
        IinRecord holder = register.form(person("ZHOU", "XIAO LING", LocalDate.of(1981, 11, 4), Sex.FEMALE, "CN",
                passport), "op", null);
        long id = correction("OZTURK", "ZEYNEP", LocalDate.of(1973, 11, 18), "TR", "U6151" + unique(), holder.iin);
        FormSession browser = new FormSession(lang);
        browser.get(page(id)).then().statusCode(200)
                .body(containsString("id=\"holder-warning\""))
                .body(containsString(Bundles.message(lang, "review.holder.mismatch.title")))
                .body(containsString("ZHOU")).body(containsString("OZTURK"))
                .body(containsString("04.11.1981")).body(containsString("18.11.1973"))
                .body(containsString(Bundles.message(lang, "review.holder.match.NOT_THE_APPLICANTS")));
        long version = TestCases.version(id);
        Response answer = browser.send(page(id) + "/accept", Map.of("version", String.valueOf(version)));
        assertEquals(303, answer.statusCode());
        browser.get(page(id)).then().body(containsString(
                Bundles.message(lang, "review.error.NAMED_IIN_NOT_THE_APPLICANTS")));
        assertUndecided(id);
        QuarkusTransaction.requiringNew().run(() -> {
            IinRecord record = IinRecord.findByIin(holder.iin).orElseThrow();
            assertEquals(IinStatus.ACTIVE, record.status, "the holder's IIN is untouched");
            assertNull(record.replacedBy);
            assertEquals("ZHOU", record.person.familyName);
            assertEquals(LocalDate.of(1981, 11, 4), record.person.birthDate);
            assertEquals(1, record.person.documents.size());
        });
    }

    @Test
    void aCorrectionOfOnesOwnIinWithTheSamePassportIsAccepted() {
        String passport = "P" + unique();
        IinRecord own = register.form(person("OWNER", "SAME PASSPORT", LocalDate.of(1985, 5, 5), Sex.MALE, "DE",
                passport), "op", null);
        long id = correction("OWNER", "SAME PASSPORT", LocalDate.of(1985, 5, 15), "DE", passport, own.iin);
        FormSession browser = new FormSession("en");
        browser.get(page(id)).then().statusCode(200).body(not(containsString("id=\"holder-warning\"")))
                .body(containsString(Bundles.message("en", "review.holder.match.SAME_DOCUMENT")));
        assertEquals(303, browser.send(page(id) + "/accept", Map.of("version", String.valueOf(TestCases.version(id))))
                .statusCode());
        QuarkusTransaction.requiringNew().run(() -> {
            Application app = Application.findById(id);
            assertEquals(ApplicationStatus.IIN_CORRECTED, app.status);
            assertEquals(IinStatus.CORRECTED, IinRecord.findByIin(own.iin).orElseThrow().status);
        });
    }

    @ParameterizedTest
    @ValueSource(strings = { "en", "ru", "kk" })
    void aReissuedPassportNeedsTheOperatorsConfirmationWithAReason(String lang) {
        String family = "REISSUED" + letters();
        IinRecord own = register.form(person(family, "OLGA", LocalDate.of(1979, 2, 3), Sex.FEMALE, "UA",
                "FA" + unique()), "op", null);
        String newPassport = "FB" + unique();
        long id = correction(family, "OLGA", LocalDate.of(1979, 2, 3), "UA", newPassport, own.iin);
        long personId = personOf(own.iin);
        FormSession browser = new FormSession(lang);
        browser.get(page(id)).then().statusCode(200)
                .body(containsString(Bundles.message(lang, "review.holder.toConfirm.title")));
        // Accept before comparing: refused, nothing changed.
        browser.send(page(id) + "/accept", Map.of("version", String.valueOf(TestCases.version(id))));
        browser.get(page(id)).then().body(containsString(
                Bundles.message(lang, "review.error.NAMED_IIN_NOT_THE_APPLICANTS")));
        assertUndecided(id);

        // The comparison shows both passports side by side.
        browser.get(compare(id, personId)).then().statusCode(200)
                .body(containsString(Bundles.message(lang, "review.compare.title")))
                .body(containsString(newPassport)).body(containsString(own.person.documents.get(0).number));
        // Without a reason: the form again, with the choice kept and the message by the field and in the summary.
        Response noReason = browser.send(compare(id, personId), Map.of("verdict", "SAME", "reason", "  "));
        assertEquals(200, noReason.statusCode());
        noReason.then().body(containsString(Bundles.message(lang, "review.error.VERDICT_REASON_REQUIRED")))
                .body(containsString("value=\"SAME\" checked"));
        // Without a choice.
        browser.send(compare(id, personId), Map.of("reason", "passport renewed")).then().statusCode(200)
                .body(containsString(Bundles.message(lang, "review.error.VERDICT_REQUIRED")))
                .body(containsString("passport renewed"));
        assertEquals(0, verdicts(id));

        String reason = "Паспорт заменён, старый предъявлен — " + lang;
        Response confirmed = browser.send(compare(id, personId), Map.of("verdict", "SAME", "reason", reason));
        assertEquals(303, confirmed.statusCode());
        assertTrue(confirmed.header("Location").endsWith(page(id)));
        browser.get(page(id)).then().body(containsString(Bundles.message(lang, "review.holder.match.CONFIRMED")))
                .body(containsString(Bundles.html(reason)));
        assertEquals(303, browser.send(page(id) + "/accept", Map.of("version", String.valueOf(TestCases.version(id))))
                .statusCode());
        QuarkusTransaction.requiringNew().run(() -> {
            Application app = Application.findById(id);
            assertEquals(ApplicationStatus.IIN_CORRECTED, app.status);
            List<EventKind> kinds = ApplicationEvent.timeline(app).stream().map(e -> e.kind).toList();
            assertTrue(kinds.indexOf(EventKind.SAME_PERSON_CONFIRMED) < kinds.indexOf(EventKind.IIN_CORRECTED),
                    kinds.toString());
            ApplicationEvent verdict = ApplicationEvent.timeline(app).stream()
                    .filter(e -> e.kind == EventKind.SAME_PERSON_CONFIRMED).findFirst().orElseThrow();
            assertEquals(OPERATOR, verdict.actor);
            assertTrue(verdict.detail.contains("iin=" + own.iin), verdict.detail);
        });
    }

    /** A namesake: same names, birth date and sex, another passport. */
    @ParameterizedTest
    @ValueSource(strings = { "en", "ru", "kk" })
    void groundThreeCannotNameANamesakeAndTheFormSaysNothingAboutOtherIins(String lang) {
        String family = "NAMESAKE" + letters();
        IinRecord namesake = register.form(person(family, "ALI", LocalDate.of(1990, 7, 1), Sex.MALE, "TR",
                "N" + unique()), "op", null);
        IinRecord stranger = register.form(person("STRANGER" + letters(), "OTHER", LocalDate.of(1960, 1, 1),
                Sex.FEMALE, "FR", "S" + unique()), "op", null);
        long id = formation(family, "ALI", LocalDate.of(1990, 7, 1), "TR", "M" + unique());
        FormSession browser = new FormSession(lang);
        browser.get(page(id)).then().statusCode(200).body(containsString("id=\"strong-warning\""))
                .body(containsString(namesake.iin))
                .body(containsString(Bundles.message(lang, "review.noGroundThreeCandidate")));
        // Formation is blocked by the strong candidate.
        browser.send(page(id) + "/accept", Map.of("version", String.valueOf(TestCases.version(id))));
        browser.get(page(id)).then().body(containsString(Bundles.message(lang, "review.error.STRONG_CANDIDATE")));
        // Ground 3 naming the namesake, a stranger's IIN, an unknown valid IIN, garbage: the same message each time.
        String expected = Bundles.message(lang, "review.error.IIN_NOT_AMONG_CANDIDATES");
        String firstAnswer = null;
        for (String iin : new String[] { namesake.iin, stranger.iin, "900101300811", "garbage" }) {
            Response r = browser.send(page(id) + "/refuse", Map.of("version", String.valueOf(TestCases.version(id)),
                    "ground", "IIN_ALREADY_REGISTERED", "comment", "Вы уже получили ИИН", "registeredIin", iin));
            assertEquals(200, r.statusCode());
            String error = fieldError(r.body().asString(), "registeredIin");
            assertTrue(error.contains(expected), error);
            if (firstAnswer == null) {
                firstAnswer = error;
            }
            assertEquals(firstAnswer, error, "the answer does not depend on the IIN typed");
            assertFalse(r.body().asString().contains(Bundles.message(lang, "review.dup.status.CORRECTED") + "</"),
                    "no register status of the typed IIN");
            r.then().body(containsString("Вы уже получили ИИН"));
        }
        assertUndecided(id);
    }

    @Test
    void notTheSamePersonIsRecordedShownAndClearsTheWayForFormationInLaterCasesToo() {
        String family = "LOOKALIKE" + letters();
        String passport = "L" + unique();
        IinRecord lookalike = register.form(person(family, "MARIA", LocalDate.of(1988, 8, 8), Sex.FEMALE, "ES",
                "K" + unique()), "op", null);
        long personId = personOf(lookalike.iin);
        long first = formation(family, "MARIA", LocalDate.of(1988, 8, 8), "ES", passport);
        FormSession browser = new FormSession("ru");
        browser.get(compare(first, personId)).then().statusCode(200);
        String reason = "Другое место рождения и фото";
        assertEquals(303, browser.send(compare(first, personId), Map.of("verdict", "NOT_SAME", "reason", reason))
                .statusCode());
        browser.get(page(first)).then().statusCode(200).body(not(containsString("id=\"strong-warning\"")))
                .body(containsString(Bundles.message("ru", "review.verdict.NOT_SAME")))
                .body(containsString(reason))
                .body(containsString(Bundles.message("ru", "event.NOT_SAME_PERSON")));

        // A later case of the same applicant document (another filing) shows the earlier answer and is not blocked.
        long later = formation(family, "MARIA", LocalDate.of(1988, 8, 8), "ES", passport);
        browser.get(page(later)).then().statusCode(200).body(not(containsString("id=\"strong-warning\"")))
                .body(containsString(Bundles.message("ru", "review.verdict.earlierCase")));
        assertEquals(303, browser.send(page(later) + "/accept",
                Map.of("version", String.valueOf(TestCases.version(later)))).statusCode());
        QuarkusTransaction.requiringNew().run(() -> {
            assertEquals(ApplicationStatus.IIN_FORMED, Application.<Application>findById(later).status);
            assertEquals(IinStatus.ACTIVE, IinRecord.findByIin(lookalike.iin).orElseThrow().status);
            ApplicationEvent verdict = ApplicationEvent.timeline(Application.findById(first)).stream()
                    .filter(e -> e.kind == EventKind.NOT_SAME_PERSON).findFirst().orElseThrow();
            assertEquals(OPERATOR, verdict.actor);
            assertTrue(verdict.detail.contains(reason), verdict.detail);
        });
    }

    @Test
    void groundThreeForTheSameDocumentIsAllowedAndTheNoticeShowsOnlyTheEndOfTheIin() {
        String passport = "G" + unique();
        IinRecord own = register.form(person("EARLIER" + letters(), "SELF", LocalDate.of(1970, 4, 4), Sex.MALE, "DE",
                passport), "op", null);
        long id = formation("LATER" + letters(), "SELF", LocalDate.of(1970, 4, 4), "DE", passport);
        FormSession browser = new FormSession("en");
        browser.get(page(id)).then().statusCode(200).body(containsString("value=\"" + own.iin + "\""));
        assertEquals(303, browser.send(page(id) + "/refuse", Map.of("version", String.valueOf(TestCases.version(id)),
                "ground", "IIN_ALREADY_REGISTERED", "comment", "You already have an IIN", "registeredIin", own.iin))
                .statusCode());
        QuarkusTransaction.requiringNew().run(() -> {
            Application app = Application.findById(id);
            assertEquals(ApplicationStatus.REFUSED, app.status);
            assertEquals(own.iin, app.refusedForIin);
            List<Notice> notices = Notice.list("applicationId", id);
            assertEquals(1, notices.size());
            String body = notices.get(0).body;
            assertTrue(body.contains("********" + own.iin.substring(8)), body);
            assertFalse(body.contains(own.iin), body);
        });
    }

    @Test
    void theComparisonOpensOnlyPersonsTheCaseShows() {
        IinRecord unrelated = register.form(person("UNRELATED" + letters(), "PERSON", LocalDate.of(1955, 5, 5),
                Sex.MALE, "IT", "U" + unique()), "op", null);
        long id = formation("APPLICANT" + letters(), "PERSON", LocalDate.of(1999, 1, 2), "IT", "A" + unique());
        FormSession browser = new FormSession("en");
        browser.get(compare(id, personOf(unrelated.iin))).then().statusCode(404);
        browser.get(page(id));
        assertEquals(404, browser.send(compare(id, personOf(unrelated.iin)),
                Map.of("verdict", "SAME", "reason", "guess")).statusCode());
        assertEquals(0, verdicts(id));
    }

    @Test
    @TestSecurity(user = "one-iin-other-op", roles = "operator")
    void anOperatorOfAnotherBodyCannotCompareOrAnswer() {
        QuarkusTransaction.requiringNew().run(() -> TestCases.staff("one-iin-other-op", "ASTANA"));
        String family = "OTHERBODY" + letters();
        IinRecord lookalike = register.form(person(family, "IVAN", LocalDate.of(1966, 6, 6), Sex.MALE, "RU",
                "R" + unique()), "op", null);
        long id = formation(family, "IVAN", LocalDate.of(1966, 6, 6), "RU", "Q" + unique());
        FormSession browser = new FormSession("en");
        browser.get(compare(id, personOf(lookalike.iin))).then().statusCode(404);
        browser.get("/review");
        assertEquals(404, browser.send(compare(id, personOf(lookalike.iin)),
                Map.of("verdict", "NOT_SAME", "reason", "x")).statusCode());
        assertEquals(0, verdicts(id));
    }

    private static PersonData person(String family, String given, LocalDate born, Sex sex, String country,
            String passport) {
        return new PersonData(family, given, null, null, born, sex, country,
                new PersonData.Document(DocumentType.PASSPORT, passport, country, null, null));
    }

    private static long formation(String family, String given, LocalDate born, String country, String passport) {
        return stored(Service.FORMATION, family, given, born, country, passport, null);
    }

    private static long correction(String family, String given, LocalDate born, String country, String passport,
            String iin) {
        return stored(Service.CORRECTION, family, given, born, country, passport, iin);
    }

    private static long stored(Service service, String family, String given, LocalDate born, String country,
            String passport, String iin) {
        return QuarkusTransaction.requiringNew().call(() -> {
            TestCases.staff(OPERATOR, BODY);
            Application a = TestCases.open(BODY, OPERATOR);
            a.service = service;
            a.familyName = family;
            a.givenNames = given;
            a.birthDate = born;
            a.sex = sexOf(given);
            a.citizenship = country;
            a.documentCountry = country;
            a.documentNumber = passport;
            a.email = "applicant@example.org";
            a.currentIin = iin;
            a.correctionReason = iin == null ? null : CorrectionReason.BIRTH_DATE;
            a.persist();
            return a.id;
        });
    }

    private static Sex sexOf(String given) {
        return switch (given) {
            case "XIAO LING", "ZEYNEP", "OLGA", "MARIA" -> Sex.FEMALE;
            default -> Sex.MALE;
        };
    }

    private static long personOf(String iin) {
        return QuarkusTransaction.requiringNew().call(() -> IinRecord.findByIin(iin).orElseThrow().person.id);
    }

    private static long verdicts(long applicationId) {
        return QuarkusTransaction.requiringNew().call(() -> PersonVerdict.count("applicationId", applicationId));
    }

    private static void assertUndecided(long id) {
        QuarkusTransaction.requiringNew().run(() -> {
            Application app = Application.findById(id);
            assertEquals(ApplicationStatus.IN_REVIEW, app.status);
            assertNull(app.resultIin);
            assertNull(app.decidedAt);
            assertNull(app.refusalGround);
        });
    }

    /** The text of a field's error message on a page. */
    private static String fieldError(String page, String field) {
        int at = page.indexOf("id=\"" + field + "\"");
        assertTrue(at >= 0, "the field " + field);
        int error = page.indexOf("field-error", at);
        return page.substring(error, page.indexOf("</p>", error));
    }

    private static String page(long id) {
        return "/review/case/" + id;
    }

    private static String compare(long id, long personId) {
        return page(id) + "/person/" + personId;
    }

    private static String unique() {
        return String.valueOf(System.nanoTime() % 100_000_000L) + SEQUENCE.incrementAndGet();
    }

    /** Letters of this test's own, so that no other test's register person looks like it. */
    private static String letters() {
        StringBuilder out = new StringBuilder();
        long n = System.nanoTime() + SEQUENCE.incrementAndGet() * 7919L;
        for (int i = 0; i < 6; i++) {
            out.append((char) ('A' + Math.floorMod(n, 26)));
            n /= 26;
        }
        return out.toString();
    }
}
