package kz.iinportal.operations;

import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.jboss.logging.Logger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.response.Response;
import kz.iinportal.application.Application;
import kz.iinportal.application.ApplicationStatus;
import kz.iinportal.documents.TestFiles;
import kz.iinportal.notice.NoticeSender;
import kz.iinportal.testsupport.DateFields;
import kz.iinportal.testsupport.FormSession;
import kz.iinportal.testsupport.TestCases;
import kz.iinportal.web.Kazakhstan;

/**
 * A whole case over HTTP, as the applicant and the operator do it — every step of the application, the upload,
 * submission, the queue, assignment, the review page and the decision that forms the IIN, the notice sent — and then
 * a failing statement that quotes the IIN, while the log is captured: none of the applicant's names, passport number
 * or IIN may be in it. The methods run in order and share the case.
 */
@QuarkusTest
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class NoPersonalDataInLogsTest {

    static final String OPERATOR = "log-check-op";
    static final String BODY = "ALMATY_CITY";
    static final Pattern DRAFT = Pattern.compile("/apply/(\\d+)/person");

    // A person no other test has, so no duplicate candidate stops the formation.
    static final String FAMILY = "LOGCHECK" + letters(6);
    static final String GIVEN = "VERENA " + letters(5);
    static final String PASSPORT = "LC" + ThreadLocalRandom.current().nextInt(10_000_000, 99_999_999);

    static CapturedLog log;
    static long id;
    static String iin;

    @Inject
    NoticeSender sender;

    @Inject
    EntityManager em;

    @BeforeAll
    static void capture() {
        log = CapturedLog.install();
    }

    @AfterAll
    static void release() {
        log.close();
    }

    @Test
    @Order(1)
    @TestSecurity(user = "applicant", roles = "applicant")
    void theApplicantAppliesStepByStep() {
        FormSession s = new FormSession();
        String location = s.post("/apply", "/apply/start", Map.of("service", "FORMATION")).then().statusCode(303)
                .extract().header("Location");
        Matcher m = DRAFT.matcher(location);
        assertTrue(m.find(), location);
        id = Long.parseLong(m.group(1));

        Map<String, String> person = new HashMap<>(Map.of("familyName", FAMILY, "givenNames", GIVEN, "sex", "FEMALE",
                "citizenship", "AT", "placeOfBirth", "Graz"));
        person.putAll(DateFields.typed("birthDate", "14", "6", "1987"));
        // A mistake first: the page with errors is logged no more than the page without.
        Map<String, String> wrong = new HashMap<>(person);
        wrong.putAll(DateFields.typed("birthDate", "31", "2", "1987"));
        s.post(step("person"), step("person"), wrong).then().statusCode(200);
        s.post(step("person"), step("person"), person).then().statusCode(303);

        Map<String, String> document = new HashMap<>(Map.of("documentType", "PASSPORT", "documentNumber", PASSPORT,
                "documentCountry", "AT"));
        document.putAll(DateFields.typed("documentIssueDate", "10", "1", "2022"));
        document.putAll(DateFields.of("documentExpiryDate", Kazakhstan.today().plusYears(5)));
        s.post(step("document"), step("document"), document).then().statusCode(303);
        s.post(step("stay"), step("stay"), Map.of("address", "Abay Ave 12", "region", BODY, "email",
                "verena@example.at", "phone", "+7 701 555-01-02")).then().statusCode(303);
        s.upload(step("documents"), "IDENTITY_DOCUMENT", FAMILY.toLowerCase(Locale.ROOT) + "-passport.png",
                TestFiles.png()).then().statusCode(303);
        s.get(step("check")).then().statusCode(200).body(containsString(FAMILY));
        s.post(step("check"), step("check"), Map.of("declaration", "yes", "consent", "yes")).then().statusCode(303);
        s.get("/applications/" + id).then().statusCode(200);
        QuarkusTransaction.requiringNew().run(() -> TestCases.staff(OPERATOR, BODY));
    }

    @Test
    @Order(2)
    @TestSecurity(user = OPERATOR, roles = "operator")
    void theOperatorFindsAssignsReviewsAndFormsTheIin() {
        FormSession s = new FormSession();
        s.get("/review").then().statusCode(200);
        s.get("/review?q=" + FAMILY).then().statusCode(200);
        s.send("/review/" + id + "/assign", Map.of("back", "/review")).then().statusCode(303);
        s.get("/review/case/" + id).then().statusCode(200).body(containsString(FAMILY));
        Response accepted = s.send("/review/case/" + id + "/accept",
                Map.of("version", String.valueOf(TestCases.version(id))));
        assertEquals(303, accepted.statusCode());
        iin = QuarkusTransaction.requiringNew().call(() -> {
            Application app = Application.findById(id);
            assertEquals(ApplicationStatus.IIN_FORMED, app.status, "the journey went all the way");
            return app.resultIin;
        });
        assertNotNull(iin);
        assertTrue(sender.sendDue() >= 1, "the decision's notice was sent");
    }

    @Test
    @Order(3)
    void aStatementThatFailsOnTheIinDoesNotQuoteIt() {
        // PostgreSQL's error detail would say "Key (iin)=(…) already exists"; the driver keeps it out of the message
        // (logServerErrorDetail=false), and Hibernate logs the message.
        Exception failure = null;
        try {
            QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery("""
                    INSERT INTO iin_record (iin, person_id, status, formed_by)
                    SELECT iin, person_id, status, 'again' FROM iin_record WHERE iin = :iin""")
                    .setParameter("iin", iin).executeUpdate());
        } catch (RuntimeException e) {
            failure = e;
        }
        assertNotNull(failure, "the IIN is unique");
        Logger.getLogger(NoPersonalDataInLogsTest.class).error("The statement failed", failure);
    }

    @Test
    @Order(4)
    void theLogHasNoneOfThem() {
        String all = log.all();
        // The capture works: the failure above is in it, with its SQLState, and the operator's login is.
        assertTrue(all.contains("23505") || all.contains("duplicate key"), "the failing statement was logged");
        List<String> personal = List.of(FAMILY, GIVEN, GIVEN.split(" ")[1], PASSPORT, iin,
                "verena@example.at");
        for (var record : log.records()) {
            // The mock mailer of dev mode and tests prints each message it "sends"; production sends real mail
            // (QUARKUS_MAILER_MOCK=false, deploy/kubernetes/portal-config.yml) and this logger says nothing.
            if ("quarkus-mailer".equals(record.getLoggerName())) {
                continue;
            }
            String line = log.text(record).toUpperCase(Locale.ROOT);
            for (String value : personal) {
                assertFalse(line.contains(value.toUpperCase(Locale.ROOT)),
                        () -> "the log names " + value + ": " + log.text(record));
            }
        }
    }

    private static String step(String step) {
        return "/apply/" + id + "/" + step;
    }

    private static String letters(int n) {
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < n; i++) {
            s.append((char) ('A' + ThreadLocalRandom.current().nextInt(26)));
        }
        return s.toString();
    }
}
