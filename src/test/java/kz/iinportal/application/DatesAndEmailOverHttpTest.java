package kz.iinportal.application;

import static kz.iinportal.application.ApplyJourneyTest.start;
import static kz.iinportal.application.ApplyJourneyTest.step;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import kz.iinportal.testsupport.Bundles;
import kz.iinportal.testsupport.DateFields;
import kz.iinportal.testsupport.FormSession;
import kz.iinportal.web.Kazakhstan;

/**
 * Every date the steps ask for is typed as day, month and year and checked as a person would expect, and e-mail
 * addresses as a mail server needs them (issue 13), over HTTP as a browser sends the forms: each mistake gets its own
 * message by the field and in the summary (linked to the first wrong part), what was typed stays, nothing is saved.
 */
@QuarkusTest
class DatesAndEmailOverHttpTest {

    static final String[][] APPLICANT_DATES = {
            { "person", "birthDate", "apply.person.birthDate", "apply.error.birthDate.required" },
            { "document", "documentIssueDate", "apply.document.issueDate", "apply.error.documentIssueDate.required" },
            { "document", "documentExpiryDate", "apply.document.expiryDate",
                    "apply.error.documentExpiryDate.required" } };

    @Test
    @TestSecurity(user = "applicant", roles = "applicant")
    void everyMistakeInEachDateOfTheStepsIsNamedByItsPart() {
        FormSession s = new FormSession();
        long id = start(s, "FORMATION", "person");
        for (String[] date : APPLICANT_DATES) {
            String field = date[1];
            for (DateFields.Mistake mistake : DateFields.MISTAKES) {
                Map<String, String> form = answers(date[0]);
                form.putAll(DateFields.typed(field, mistake));
                String page = s.post(step(id, date[0]), step(id, date[0]), form).then().statusCode(200).extract()
                        .asString();
                DateFields.assertShown(page, field, DateFields.message("en", mistake.key(), date[2]),
                        mistake.wrong(), form);
            }
            Map<String, String> nothing = answers(date[0]);
            nothing.putAll(DateFields.typed(field, "", " ", ""));
            String page = s.post(step(id, date[0]), step(id, date[0]), nothing).then().statusCode(200).extract()
                    .asString();
            DateFields.assertShown(page, field, Bundles.message("en", date[3]), DateFields.PARTS, nothing);
        }
        assertNothingSaved(id);
    }

    @Test
    @TestSecurity(user = "representative", roles = "representative")
    void everyMistakeInTheAuthorityDatesIsNamedByItsPart() {
        FormSession s = new FormSession("ru");
        long id = start(s, "FORMATION", "authority");
        for (String[] date : new String[][] {
                { "authorityDate", "apply.authority.date", "apply.error.authorityDate.required" },
                { "authorityValidUntil", "apply.authority.validUntilName",
                        "apply.error.authorityValidUntil.required" } }) {
            for (DateFields.Mistake mistake : DateFields.MISTAKES) {
                Map<String, String> form = authority();
                form.putAll(DateFields.typed(date[0], mistake));
                String page = s.post(step(id, "authority"), step(id, "authority"), form).then().statusCode(200)
                        .extract().asString();
                DateFields.assertShown(page, date[0], DateFields.message("ru", mistake.key(), date[1]),
                        mistake.wrong(), form);
            }
        }
        Map<String, String> form = authority();
        form.putAll(DateFields.of("authorityDate", Kazakhstan.today().minusYears(31)));
        String page = s.post(step(id, "authority"), step(id, "authority"), form).then().statusCode(200).extract()
                .asString();
        DateFields.assertShown(page, "authorityDate",
                String.format(Bundles.message("ru", "apply.error.authorityDate.tooOld"), 30), DateFields.PARTS, form);
        form = authority();
        form.putAll(DateFields.of("authorityValidUntil", Kazakhstan.today().minusYears(2)));
        page = s.post(step(id, "authority"), step(id, "authority"), form).then().statusCode(200).extract().asString();
        DateFields.assertShown(page, "authorityValidUntil",
                Bundles.message("ru", "apply.error.authorityValidUntil.beforeDate"), DateFields.PARTS, form);
        form = authority();
        form.putAll(DateFields.typed("authorityValidUntil", "31", "12", "9999"));
        page = s.post(step(id, "authority"), step(id, "authority"), form).then().statusCode(200).extract().asString();
        DateFields.assertShown(page, "authorityValidUntil",
                String.format(Bundles.message("ru", "apply.error.authorityValidUntil.tooLong"), 30), DateFields.PARTS,
                form);
        QuarkusTransaction.requiringNew().run(() -> {
            Application app = Application.findById(id);
            assertNull(app.authorityDate);
            assertNull(app.authorityValidUntil);
        });
        s.post(step(id, "authority"), step(id, "authority"), authority()).then().statusCode(303);
        QuarkusTransaction.requiringNew().run(() -> assertEquals(Kazakhstan.today().minusYears(1),
                Application.<Application>findById(id).authorityDate));
    }

    /** The cases of issue 13, one by one. */
    @Test
    @TestSecurity(user = "applicant", roles = "applicant")
    void theReportedDatesAndAddressAreRefused() {
        FormSession s = new FormSession();
        long id = start(s, "FORMATION", "person");
        Map<String, String> person = answers("person");
        person.putAll(DateFields.typed("birthDate", "5", "11", "1994"));
        s.post(step(id, "person"), step(id, "person"), person).then().statusCode(303);

        // -2026-01-01 was stored as 2027-01-01: a year with a sign is no year
        Map<String, String> doc = answers("document");
        doc.putAll(DateFields.typed("documentIssueDate", "1", "1", "-2026"));
        String page = s.post(step(id, "document"), step(id, "document"), doc).then().statusCode(200).extract()
                .asString();
        DateFields.assertShown(page, "documentIssueDate",
                DateFields.message("en", "date.error.YEAR", "apply.document.issueDate"), List.of("year"), doc);
        // the old single field is no date at all
        doc = answers("document");
        doc.keySet().removeIf(k -> k.startsWith("documentIssueDate-"));
        doc.put("documentIssueDate", "-2026-01-01");
        s.post(step(id, "document"), step(id, "document"), doc).then().statusCode(200)
                .body(containsString("<a href=\"#documentIssueDate-day\">Enter the date of issue</a>"));

        // issued in 1800 to a person born in 1994
        doc = answers("document");
        doc.putAll(DateFields.typed("documentIssueDate", "1", "1", "1800"));
        page = s.post(step(id, "document"), step(id, "document"), doc).then().statusCode(200).extract().asString();
        DateFields.assertShown(page, "documentIssueDate",
                Bundles.message("en", "apply.error.documentIssueDate.beforeBirth"), DateFields.PARTS, doc);
        assertTrue(page.contains("The date of issue must be on or after the date of birth"));

        // valid until 9999
        doc = answers("document");
        doc.putAll(DateFields.typed("documentExpiryDate", "31", "12", "9999"));
        page = s.post(step(id, "document"), step(id, "document"), doc).then().statusCode(200).extract().asString();
        DateFields.assertShown(page, "documentExpiryDate",
                "The date of expiry must be no more than 30 years after the date of issue", DateFields.PARTS, doc);

        // a@example..com
        for (String email : List.of("a@example..com", "a..b@example.com", ".a@example.com", "a.@example.com",
                "a@.example.com", "a@example.com.", "a@localhost", "a@[10.0.0.1]", "\"a b\"@example.com",
                "a@exa_mple.com", "a@-example.com", "a@example.c", "a@@example.com", "a b@example.com",
                "a@example.com@example.com", "a".repeat(65) + "@example.com",
                "a@" + "b".repeat(250) + ".kz")) {
            Map<String, String> stay = answers("stay");
            stay.put("email", email);
            page = s.post(step(id, "stay"), step(id, "stay"), stay).then().statusCode(200).extract().asString();
            String message = "Enter an email address in the correct format, like name@example.com";
            assertEquals(2, DateFields.count(page, message), email);
            assertTrue(page.contains("<a href=\"#email\">" + message), email);
            assertTrue(page.contains("value=\"" + Bundles.html(email) + "\""), "kept: " + email);
        }
        QuarkusTransaction.requiringNew().run(() -> {
            Application app = Application.findById(id);
            assertEquals(LocalDate.of(1994, 11, 5), app.birthDate);
            assertNull(app.documentIssueDate);
            assertNull(app.documentExpiryDate);
            assertNull(app.email);
        });
        for (String email : List.of("anna.maria+kz@example.co.uk", "o'brien@example.ie", "имя@пример.рф",
                "a_b-c@mail.example.kz", "x@xn--80ak6aa92e.com")) {
            Map<String, String> stay = answers("stay");
            stay.put("email", email);
            s.post(step(id, "stay"), step(id, "stay"), stay).then().statusCode(303);
            QuarkusTransaction.requiringNew()
                    .run(() -> assertEquals(email, Application.<Application>findById(id).email));
        }
    }

    @Test
    @TestSecurity(user = "applicant", roles = "applicant")
    void datesArePlausible() {
        FormSession s = new FormSession();
        long id = start(s, "FORMATION", "person");
        LocalDate today = Kazakhstan.today();
        String[][] cases = {
                { "person", "birthDate", today.plusDays(1).toString(), "Date of birth must be in the past" },
                { "person", "birthDate", today.minusYears(131).toString(),
                        "Date of birth must be within the last 130 years" },
                { "document", "documentIssueDate", today.plusDays(1).toString(),
                        "The date of issue must be today or in the past" },
                { "document", "documentIssueDate", today.minusYears(31).toString(),
                        "The date of issue must be within the last 30 years: no identity document is valid for longer" },
                { "document", "documentExpiryDate", today.minusDays(1).toString(),
                        "Your document has expired: apply with a valid document" },
                { "document", "documentExpiryDate", "2022-01-10",
                        "The date of expiry must be after the date of issue" },
                { "document", "documentExpiryDate", "2052-01-11",
                        "The date of expiry must be no more than 30 years after the date of issue" } };
        for (String[] c : cases) {
            Map<String, String> form = answers(c[0]);
            form.putAll(DateFields.of(c[1], LocalDate.parse(c[2])));
            String page = s.post(step(id, c[0]), step(id, c[0]), form).then().statusCode(200).extract().asString();
            DateFields.assertShown(page, c[1], c[3], DateFields.PARTS, form);
        }
        // with the date of issue wrong, the date of expiry is still no more than 30 years from today
        Map<String, String> form = answers("document");
        form.putAll(DateFields.typed("documentIssueDate", "10", "1", "22"));
        form.putAll(DateFields.of("documentExpiryDate", today.plusYears(30).plusDays(1)));
        String page = s.post(step(id, "document"), step(id, "document"), form).then().statusCode(200).extract()
                .asString();
        DateFields.assertShown(page, "documentExpiryDate",
                "The date of expiry must be no more than 30 years from today", DateFields.PARTS, form);
        assertNothingSaved(id);

        // the date of issue saved, a date of birth after it is refused
        s.post(step(id, "document"), step(id, "document"), answers("document")).then().statusCode(303);
        form = answers("person");
        form.putAll(DateFields.typed("birthDate", "11", "1", "2022"));
        page = s.post(step(id, "person"), step(id, "person"), form).then().statusCode(200).extract().asString();
        DateFields.assertShown(page, "birthDate",
                "Date of birth must be on or before the date of issue of the identity document", DateFields.PARTS,
                form);
        QuarkusTransaction.requiringNew().run(() -> assertNull(Application.<Application>findById(id).birthDate));
    }

    /** "March", «мар», «наурыз»: the month by its name in any of the three languages, whatever the page's. */
    @Test
    @TestSecurity(user = "applicant", roles = "applicant")
    void monthsAreAcceptedByTheirNames() {
        for (String[] typed : new String[][] { { "en", "March" }, { "ru", "мар" }, { "kk", "наурыз" },
                { "en", "наурыз" }, { "kk", "Mar." }, { "ru", "марта" } }) {
            FormSession s = new FormSession(typed[0]);
            long id = start(s, "FORMATION", "person");
            Map<String, String> form = answers("person");
            form.putAll(DateFields.typed("birthDate", "27", typed[1], "1990"));
            s.post(step(id, "person"), step(id, "person"), form).then().statusCode(303);
            QuarkusTransaction.requiringNew().run(() -> assertEquals(LocalDate.of(1990, 3, 27),
                    Application.<Application>findById(id).birthDate, typed[1]));
            String page = s.get(step(id, "person")).then().statusCode(200).extract().asString();
            assertTrue(DateFields.input(page, "birthDate-day").contains("value=\"27\""));
            assertTrue(DateFields.input(page, "birthDate-month").contains("value=\"3\""));
            assertTrue(DateFields.input(page, "birthDate-year").contains("value=\"1990\""));
        }
    }

    /** The three inputs as GOV.UK's pattern has them, in every language. */
    @Test
    @TestSecurity(user = "applicant", roles = "applicant")
    void theDateInputIsAFieldsetOfThreeNumericFields() {
        FormSession s = new FormSession("kk");
        long id = start(s, "FORMATION", "person");
        String page = s.get(step(id, "person")).then().statusCode(200).extract().asString();
        assertTrue(page.contains("<fieldset class=\"fieldset\" role=\"group\" id=\"birthDate\" "
                + "aria-describedby=\"birthDate-hint\">"), page);
        assertTrue(page.contains("<legend class=\"fieldset__legend\">Туған күні</legend>"));
        assertTrue(page.contains("<div class=\"hint\" id=\"birthDate-hint\">Мысалы, 27 3 2007</div>"));
        for (String part : DateFields.PARTS) {
            String input = DateFields.input(page, "birthDate-" + part);
            assertTrue(input.contains("type=\"text\"") && input.contains("inputmode=\"numeric\"")
                    && input.contains("name=\"birthDate-" + part + "\"")
                    && input.contains("autocomplete=\"bday-" + part + "\""), input);
            assertTrue(page.contains("<label class=\"label date-input__label\" for=\"birthDate-" + part + "\">"));
        }
        assertTrue(page.contains(">Айы</label>"));
        assertTrue(!page.contains("type=\"date\""), "no browser date picker");
        String document = s.get(step(id, "document")).then().statusCode(200).extract().asString();
        assertTrue(!DateFields.input(document, "documentIssueDate-day").contains("autocomplete"),
                "bday only for the date of birth");

        Map<String, String> form = answers("person");
        form.putAll(DateFields.typed("birthDate", "27", "", "1990"));
        page = s.post(step(id, "person"), step(id, "person"), form).then().statusCode(200).extract().asString();
        DateFields.assertShown(page, "birthDate", "«Туған күні» өрісінде айды көрсетіңіз", List.of("month"), form);
        assertTrue(page.contains("aria-describedby=\"birthDate-hint birthDate-error\""));
        assertTrue(page.contains("<title>Қате: "));
    }

    private static void assertNothingSaved(long id) {
        QuarkusTransaction.requiringNew().run(() -> {
            Application app = Application.findById(id);
            assertNull(app.birthDate);
            assertNull(app.familyName);
            assertNull(app.documentIssueDate);
            assertNull(app.documentExpiryDate);
            assertNull(app.documentNumber);
        });
    }

    /** A valid answer of each field of the step. */
    static Map<String, String> answers(String step) {
        return new HashMap<>(switch (step) {
            case "person" -> ApplyJourneyTest.person();
            case "document" -> ApplyJourneyTest.document();
            case "stay" -> ApplyJourneyTest.stay();
            default -> throw new IllegalArgumentException(step);
        });
    }

    static Map<String, String> authority() {
        Map<String, String> form = new HashMap<>(Map.of("authorityKind", "POWER_OF_ATTORNEY", "authorityNumber",
                "N-123/2026", "noticeRecipients", "BOTH"));
        form.putAll(DateFields.of("authorityDate", Kazakhstan.today().minusYears(1)));
        form.putAll(DateFields.of("authorityValidUntil", Kazakhstan.today().plusYears(1)));
        return form;
    }
}
