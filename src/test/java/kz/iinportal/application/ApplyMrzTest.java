package kz.iinportal.application;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import kz.iinportal.identity.Specimens;
import kz.iinportal.iin.DocumentType;
import kz.iinportal.iin.Sex;
import kz.iinportal.testsupport.DateFields;
import kz.iinportal.testsupport.FormSession;

/**
 * The person step's machine-readable zone over HTTP as a browser sends it (session, CSRF token): the ICAO specimens
 * fill the form, Continue saves the document's number, country and expiry for the next step, typed answers that
 * differ are shown and then refused, and a zone that is wrong is named by its failing check digit with nothing
 * stored, in English, Russian and Kazakh.
 */
@QuarkusTest
@TestSecurity(user = "applicant", roles = "applicant")
class ApplyMrzTest {

    static final String GERMAN = Specimens.passport("D<<", "MUSTERMANN<<ERIKA", "C01X00T47", "D<<", "640812", 'F',
            "351231", "");

    static Map<String, String> empty(String zone) {
        Map<String, String> form = new HashMap<>(Map.of("familyName", "", "givenNames", "", "familyNameCyrillic",
                "", "givenNamesCyrillic", "", "citizenship", "", "placeOfBirth", ""));
        form.putAll(DateFields.typed("birthDate", "", "", ""));
        form.put("mrz", zone);
        return form;
    }

    static String fill(FormSession s, long id, Map<String, String> form) {
        return s.post(step(id, "person"), step(id, "person") + "/mrz", form).then().statusCode(200).extract()
                .asString();
    }

    @Test
    void thePassportSpecimenFillsTheFormAndContinueSavesTheDocumentForTheNextStep() {
        FormSession s = new FormSession();
        long id = ApplyJourneyTest.start(s, "FORMATION", "person");
        String page = fill(s, id, empty(Specimens.TD3));
        assertTrue(page.contains("value=\"ERIKSSON\""), "family name filled");
        assertTrue(page.contains("value=\"ANNA MARIA\""), "several given names");
        assertDate(page, "birthDate", "12", "8", "1974");
        assertTrue(page.contains("value=\"FEMALE\" checked"));
        assertTrue(page.contains("Your answers were filled in from the machine-readable zone"));
        assertTrue(page.contains("Citizenship was not filled in: the zone&#39;s code UTO is ICAO&#39;s code for"
                + " specimen documents (Utopia), not a country"), page);
        assertTrue(page.contains("L898902C36UTO7408122F1204159ZE184226B&lt;&lt;&lt;&lt;&lt;10</textarea>"),
                "the zone is kept in its field");
        assertTrue(!page.contains("id=\"mrz-differences\""), "nothing typed, nothing differs");
        QuarkusTransaction.requiringNew().run(() -> assertNull(Application.<Application>findById(id).familyName,
                "filling stores nothing"));

        Map<String, String> answers = new HashMap<>(empty(Specimens.TD3));
        answers.putAll(Map.of("familyName", "ERIKSSON", "givenNames", "ANNA MARIA", "sex", "FEMALE", "citizenship",
                "SE", "placeOfBirth", "Zenith, Utopia"));
        answers.putAll(DateFields.typed("birthDate", "12", "8", "1974"));
        s.send(step(id, "person"), answers).then().statusCode(303)
                .header("Location", containsString(step(id, "document")));
        QuarkusTransaction.requiringNew().run(() -> {
            Application app = Application.findById(id);
            assertEquals("ERIKSSON", app.familyName);
            assertEquals("ANNA MARIA", app.givenNames);
            assertEquals(LocalDate.of(1974, 8, 12), app.birthDate);
            assertEquals(Sex.FEMALE, app.sex);
            assertEquals("L898902C3", app.documentNumber);
            assertEquals(LocalDate.of(2012, 4, 15), app.documentExpiryDate);
            assertEquals(DocumentType.PASSPORT, app.documentType);
            assertNull(app.documentCountry, "UTO is no country");
        });
        String document = s.get(step(id, "document")).then().statusCode(200)
                .body(containsString("value=\"L898902C3\""))
                .body(containsString("value=\"PASSPORT\" checked")).extract().asString();
        assertDate(document, "documentExpiryDate", "15", "4", "2012");
    }

    @Test
    void theIdentityCardSpecimensTd1AndTd2FillTheFormToo() {
        FormSession s = new FormSession();
        long id = ApplyJourneyTest.start(s, "FORMATION", "person");
        for (String zone : new String[] { Specimens.TD1, Specimens.TD2 }) {
            String page = fill(s, id, empty(zone));
            assertTrue(page.contains("value=\"ERIKSSON\""), zone);
            assertTrue(page.contains("value=\"ANNA MARIA\""), zone);
            assertDate(page, "birthDate", "12", "8", "1974");
            assertTrue(page.contains("value=\"FEMALE\" checked"), zone);
        }
    }

    @Test
    void lowerCaseAndSpacesPastedAroundAndGermanysD() {
        FormSession s = new FormSession();
        long id = ApplyJourneyTest.start(s, "FORMATION", "person");
        String pasted = "\n   " + GERMAN.toLowerCase().replace("\n", "   \n\n  ") + "  \n";
        String page = fill(s, id, empty(pasted));
        assertTrue(page.contains("value=\"MUSTERMANN\""));
        assertTrue(page.contains("value=\"ERIKA\""));
        assertTrue(page.contains("<option value=\"DE\" selected>"), "D is Germany");
        Map<String, String> answers = new HashMap<>(empty(pasted));
        answers.putAll(Map.of("familyName", "MUSTERMANN", "givenNames", "ERIKA", "sex", "FEMALE", "citizenship",
                "DE", "placeOfBirth", "Berlin"));
        answers.putAll(DateFields.typed("birthDate", "12", "8", "1964"));
        s.send(step(id, "person"), answers).then().statusCode(303);
        QuarkusTransaction.requiringNew().run(() -> {
            Application app = Application.findById(id);
            assertEquals("DE", app.documentCountry);
            assertEquals("C01X00T47", app.documentNumber);
            assertEquals(LocalDate.of(2035, 12, 31), app.documentExpiryDate);
        });
    }

    @Test
    void aStatelessPersonsTravelDocument() {
        FormSession s = new FormSession();
        long id = ApplyJourneyTest.start(s, "FORMATION", "person");
        String zone = Specimens.passport("DEU", "DOE<<JANE", "X1234567", "XXA", "800101", 'F', "340101", "");
        assertTrue(fill(s, id, empty(zone)).contains("<option value=\"STATELESS\" selected>"));
        Map<String, String> answers = new HashMap<>(empty(zone));
        answers.putAll(Map.of("familyName", "DOE", "givenNames", "JANE", "sex", "FEMALE", "citizenship",
                "STATELESS", "placeOfBirth", "Unknown"));
        answers.putAll(DateFields.typed("birthDate", "1", "1", "1980"));
        s.send(step(id, "person"), answers).then().statusCode(303);
        QuarkusTransaction.requiringNew().run(() -> {
            Application app = Application.findById(id);
            assertTrue(app.stateless);
            assertEquals(DocumentType.STATELESS_PERSON_DOCUMENT, app.documentType);
            assertEquals("DE", app.documentCountry);
        });
    }

    @Test
    void typedAnswersThatDifferAreShownThenRefusedUntilTheyAgree() {
        FormSession s = new FormSession();
        long id = ApplyJourneyTest.start(s, "FORMATION", "person");
        QuarkusTransaction.requiringNew().run(() -> Application.<Application>findById(id).documentNumber = "PA77");
        Map<String, String> typed = new HashMap<>(empty(GERMAN));
        typed.putAll(Map.of("familyName", "Musterman", "givenNames", "Erika", "sex", "MALE", "citizenship", "AT",
                "placeOfBirth", "Berlin"));
        typed.putAll(DateFields.typed("birthDate", "8", "12", "1964"));
        String page = fill(s, id, typed);
        assertTrue(page.contains("id=\"mrz-differences\""));
        assertTrue(page.contains("<th scope=\"row\">Family name</th><td>Musterman</td><td>MUSTERMANN</td>"), page);
        assertTrue(page.contains("<th scope=\"row\">Date of birth</th><td>08.12.1964</td><td>12.08.1964</td>"));
        assertDate(page, "birthDate", "12", "8", "1964");
        assertTrue(page.contains("<th scope=\"row\">Sex</th><td>Male</td><td>Female</td>"));
        assertTrue(page.contains("<th scope=\"row\">Citizenship</th><td>Austria</td><td>Germany</td>"));
        assertTrue(page.contains("<th scope=\"row\">Document number</th><td>PA77</td><td>C01X00T47</td>"),
                "the saved answer of the next step that the zone will replace");
        assertTrue(!page.contains("<th scope=\"row\">Given names</th>"), "ERIKA in any case agrees");
        assertTrue(page.contains("value=\"MUSTERMANN\""), "the zone's spelling is now in the field");
        assertTrue(page.contains("value=\"Berlin\""), "what the zone does not hold is kept");

        // Continue with the typed answers still different: each is refused by its field, nothing is stored
        String refused = s.send(step(id, "person"), typed).then().statusCode(200).extract().asString();
        for (String message : new String[] {
                "The family name differs from the machine-readable zone, which says MUSTERMANN",
                "The date of birth differs from the machine-readable zone, which says 12.08.1964",
                "Sex differs from the machine-readable zone, which says Female",
                "Citizenship differs from the machine-readable zone, which says Germany" }) {
            assertEquals(2, count(refused, message), message + " in the summary and by the field");
        }
        QuarkusTransaction.requiringNew().run(() -> {
            Application app = Application.findById(id);
            assertNull(app.familyName);
            assertEquals("PA77", app.documentNumber, "nothing changed");
        });
    }

    @Test
    void namesWrittenAsTheZoneCannotAndANameCutAtTheLinesEndAgree() {
        FormSession s = new FormSession();
        long id = ApplyJourneyTest.start(s, "FORMATION", "person");
        String zone = Specimens.passport("IRL", "OBRIEN<SMITH<<ALEXANDRA<KATHERINE<ELIZABETH", "PA1234567", "IRL",
                "900327", 'F', "330101", "");
        Map<String, String> typed = new HashMap<>(empty(zone));
        typed.putAll(Map.of("familyName", "O'Brien-Smith", "givenNames", "Alexandra Katherine Elizabeth"));
        String page = fill(s, id, typed);
        assertTrue(!page.contains("id=\"mrz-differences\""), page);
        assertTrue(page.contains("value=\"O&#39;Brien-Smith\""), "the typed spelling with apostrophe and hyphen");
        assertTrue(page.contains("value=\"Alexandra Katherine Elizabeth\""), "the full given names");
        assertTrue(page.contains("The zone cuts long names at the end of its line"));
        typed.putAll(Map.of("sex", "FEMALE", "citizenship", "IE", "placeOfBirth", "Dublin"));
        typed.putAll(DateFields.typed("birthDate", "27", "3", "1990"));
        s.send(step(id, "person"), typed).then().statusCode(303);
        QuarkusTransaction.requiringNew().run(() -> assertEquals("ALEXANDRA KATHERINE ELIZABETH",
                Application.<Application>findById(id).givenNames));
    }

    @Test
    void aWrongZoneIsNamedByItsFailingCheckDigitAndNothingIsStored() {
        FormSession s = new FormSession();
        long id = ApplyJourneyTest.start(s, "FORMATION", "person");
        s.post(step(id, "person"), step(id, "person"), ApplyJourneyTest.person()).then().statusCode(303);
        String changed = Specimens.TD3.replace("L898902C3", "L898903C3");
        Map<String, String> typed = new HashMap<>(ApplyJourneyTest.person());
        typed.put("mrz", changed);
        for (String action : new String[] { "/mrz", "" }) {
            String page = s.post(step(id, "person"), step(id, "person") + action, typed).then().statusCode(200)
                    .extract().asString();
            String message = "These check digits of the zone do not match: document number, final check digit of"
                    + " the whole zone";
            assertEquals(2, count(page, message), action + ": in the summary and by the field");
            assertTrue(page.contains("href=\"#mrz\""));
            assertTrue(Pattern.compile("<textarea[^>]*id=\"mrz\"[^>]*aria-invalid=\"true\"[^>]*>"
                    + "P&lt;UTOERIKSSON").matcher(page).find(), "the zone kept, marked invalid");
            assertTrue(page.contains("value=\"o&#39;brien-smith\""), "what was typed is kept");
            assertTrue(!page.contains("Your answers were filled in"));
        }
        typed.put("mrz", Specimens.TD3.replace("7408122F1204159", "7408122F1205159"));
        s.post(step(id, "person"), step(id, "person") + "/mrz", typed).then().statusCode(200)
                .body(containsString("do not match: date of expiry, final check digit"));
        typed.put("mrz", "My passport: L898902C3");
        s.post(step(id, "person"), step(id, "person") + "/mrz", typed).then().statusCode(200)
                .body(containsString("Line 1, character 11: the zone holds only the letters A to Z"));
        typed.put("mrz", Specimens.TD3.substring(0, Specimens.TD3.length() - 2));
        s.post(step(id, "person"), step(id, "person") + "/mrz", typed).then().statusCode(200)
                .body(containsString("Line 2 has 42 characters"));
        typed.put("mrz", Specimens.TD3.split("\n")[0]);
        s.post(step(id, "person"), step(id, "person") + "/mrz", typed).then().statusCode(200)
                .body(containsString("you entered 1"));
        typed.put("mrz", Specimens.TD3.split("\n")[1] + "\n" + Specimens.TD3.split("\n")[0]);
        s.post(step(id, "person"), step(id, "person") + "/mrz", typed).then().statusCode(200)
                .body(containsString("check that the lines are in the right order"));
        typed.put("mrz", "<".repeat(2_000));
        s.post(step(id, "person"), step(id, "person") + "/mrz", typed).then().statusCode(200)
                .body(containsString("too long to be a machine-readable zone"));
        QuarkusTransaction.requiringNew().run(() -> {
            Application app = Application.findById(id);
            assertEquals("O'BRIEN-SMITH", app.familyName, "the answers saved before are unchanged");
            assertNull(app.documentNumber, "nothing of any zone stored");
        });
    }

    @Test
    void theFailingCheckIsNamedInRussianAndKazakh() {
        for (String[] language : new String[][] { { "ru", "Не совпадают контрольные цифры зоны: дата рождения" },
                { "kk", "Аймақтың мына бақылау цифрлары сәйкес келмейді: туған күні" } }) {
            FormSession s = new FormSession(language[0]);
            long id = ApplyJourneyTest.start(s, "FORMATION", "person");
            s.cookies().put("_renarde_locale", language[0]);
            s.post(step(id, "person"), step(id, "person") + "/mrz",
                    empty(Specimens.TD3.replace("7408122F", "7408132F"))).then().statusCode(200)
                    .body(containsString(language[1]));
        }
    }

    @Test
    void fillWithNoZoneIsContinueAsPressingEnterInAFieldSendsIt() {
        FormSession s = new FormSession();
        long id = ApplyJourneyTest.start(s, "FORMATION", "person");
        Map<String, String> typed = new HashMap<>(ApplyJourneyTest.person());
        typed.put("mrz", "  \n ");
        s.post(step(id, "person"), step(id, "person") + "/mrz", typed).then().statusCode(303)
                .header("Location", containsString(step(id, "document")));
        s.post(step(id, "person"), step(id, "person") + "/mrz", Map.of("mrz", "")).then().statusCode(200)
                .body(containsString("Enter your family name")).body(not(containsString("href=\"#mrz\"")));
        // the address of the button opened as a page (after signing in again) is the step
        s.get(step(id, "person") + "/mrz").then().statusCode(200).body(containsString("value=\"O&#39;BRIEN-SMITH\""));
    }

    @Test
    void fillingWithoutTheCsrfTokenIsRejected() {
        FormSession s = new FormSession();
        long id = ApplyJourneyTest.start(s, "FORMATION", "person");
        given().cookies(s.cookies()).redirects().follow(false).formParam("mrz", Specimens.TD3)
                .post(step(id, "person") + "/mrz").then().statusCode(400);
    }

    /** The date's three fields show the day, month and year. */
    static void assertDate(String page, String field, String day, String month, String year) {
        assertTrue(DateFields.input(page, field + "-day").contains("value=\"" + day + "\""), page);
        assertTrue(DateFields.input(page, field + "-month").contains("value=\"" + month + "\""));
        assertTrue(DateFields.input(page, field + "-year").contains("value=\"" + year + "\""));
    }

    static String step(long id, String step) {
        return ApplyJourneyTest.step(id, step);
    }

    private static int count(String text, String part) {
        int n = 0;
        for (int i = text.indexOf(part); i >= 0; i = text.indexOf(part, i + 1)) {
            n++;
        }
        return n;
    }
}
