package kz.iinportal.supervisor;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import kz.iinportal.application.Channel;
import kz.iinportal.application.Filer;
import kz.iinportal.application.Service;
import kz.iinportal.application.ServiceRule;
import kz.iinportal.application.Submission;
import kz.iinportal.testsupport.DateFields;
import kz.iinportal.testsupport.FormSession;
import kz.iinportal.web.Kazakhstan;

/**
 * Amending the service rules from the supervisor's page: a new row from today or later, never a change to a row in
 * effect; what the application forms offer (Submission) follows the amendment from its date.
 */
@QuarkusTest
@TestSecurity(user = "supervisor", roles = "supervisor")
class RuleAmendmentTest {

    static final LocalDate SEEDED = LocalDate.of(2023, 2, 25);
    static final String FORM = "/supervisor/rules/FORMATION/amend";

    @Inject
    Submission submission;

    @AfterEach
    void removeAmendments() {
        QuarkusTransaction.requiringNew().run(() -> ServiceRule.delete("validFrom > ?1", SEEDED));
    }

    @Test
    void anAmendmentFromTodayIsANewRowAndTheFormsFollowIt() {
        assertTrue(offered(Channel.ONLINE, Filer.SELF).contains(Service.FORMATION));
        // The form starts from the rules in force: every channel and filer, the identity document.
        given().get(FORM).then().statusCode(200)
                .body(containsString("name=\"online\" value=\"yes\" checked"))
                .body(containsString("name=\"document-IDENTITY_DOCUMENT\" value=\"yes\" checked"))
                .body(not(containsString("name=\"document-CORRECTION_PROOF\" value=\"yes\" checked")));

        // Like the amendment of 29.02.2024: formation in person only, without a representative.
        Map<String, String> form = inPersonOnly(Kazakhstan.today());
        var answer = new FormSession().post(FORM, FORM, form);
        assertEquals(303, answer.statusCode(), answer.asString());

        ServiceRule rule = QuarkusTransaction.requiringNew()
                .call(() -> ServiceRule.inForce(Service.FORMATION, Kazakhstan.today()).orElseThrow());
        assertEquals(Kazakhstan.today(), rule.validFrom);
        assertFalse(rule.online);
        assertTrue(rule.serviceCentre && rule.selfAllowed && !rule.representativeAllowed);
        assertEquals(List.of("IDENTITY_DOCUMENT", "TRANSLATION"), rule.requiredDocumentKinds());
        assertEquals("MIA order No. 999 (test)", rule.legalBasis);
        assertEquals(1, count(Service.FORMATION, SEEDED), "the rule of 2023 is still there, unchanged");
        assertTrue(QuarkusTransaction.requiringNew().call(
                () -> ServiceRule.<ServiceRule>find("service = ?1 and validFrom = ?2", Service.FORMATION, SEEDED)
                        .firstResult().online));

        assertFalse(offered(Channel.ONLINE, Filer.SELF).contains(Service.FORMATION), "no longer online");
        assertTrue(offered(Channel.SERVICE_CENTRE, Filer.SELF).contains(Service.FORMATION));
        assertFalse(offered(Channel.SERVICE_CENTRE, Filer.REPRESENTATIVE).contains(Service.FORMATION));
        assertTrue(offered(Channel.ONLINE, Filer.REPRESENTATIVE).contains(Service.CORRECTION),
                "correction unchanged");

        String page = given().get("/supervisor/rules").then().statusCode(200).extract().asString();
        assertTrue(page.contains("MIA order No. 999 (test)"));
        assertTrue(page.contains(">In force today<") && page.contains(">Superseded<"), page);

        // The same date again is refused, with the answers kept.
        String again = new FormSession().post(FORM, FORM, form).then().statusCode(200)
                .extract().asString();
        assertTrue(again.contains("href=\"#validFrom-day\">The service already has rules from this date"));
        assertTrue(again.contains("value=\"MIA order No. 999 (test)\""));
        assertEquals(1, count(Service.FORMATION, Kazakhstan.today()));
    }

    @Test
    void aPastDateAndMissingChoicesAreRefusedNextToTheFields() {
        Map<String, String> form = inPersonOnly(Kazakhstan.today().minusDays(1));
        String page = post(form);
        String past = "The date cannot be in the past: rules already in effect are never changed. Choose today or a later"
                + " day";
        assertTrue(page.contains("href=\"#validFrom-day\">" + past), page);
        DateFields.assertShown(page, "validFrom", past, DateFields.PARTS, form);
        assertTrue(page.contains("id=\"serviceCentre\" name=\"serviceCentre\" value=\"yes\" checked"),
                "ticked boxes stay ticked");

        Map<String, String> nothing = new HashMap<>();
        nothing.putAll(DateFields.typed("validFrom", "1", "13", "2031"));
        page = post(nothing);
        assertTrue(page.contains("href=\"#validFrom-month\">The date the rules take effect must be a real date: the "
                + "month is a number from 1 to 12 or its name"), page);
        assertTrue(page.contains("href=\"#channels\">Choose at least one channel"));
        assertTrue(page.contains("href=\"#filers\">Choose who may file"));
        assertTrue(page.contains("href=\"#documents\">The identity document is always required"));
        assertTrue(page.contains("href=\"#legalBasis\">Enter the order that amends the rules"));
        assertTrue(page.contains("id=\"channels-error\""));

        for (DateFields.Mistake mistake : DateFields.MISTAKES) {
            form = inPersonOnly(Kazakhstan.today());
            form.putAll(DateFields.typed("validFrom", mistake));
            DateFields.assertShown(post(form), "validFrom",
                    DateFields.message("en", mistake.key(), "sup.rules.validFromName"), mistake.wrong(), form);
        }
        form = inPersonOnly(Kazakhstan.today());
        form.putAll(DateFields.typed("validFrom", "1", "1", "2101"));
        DateFields.assertShown(post(form), "validFrom", "Enter a date between the years 2000 and 2100",
                DateFields.PARTS, form);

        assertEquals(0L, (long) QuarkusTransaction.requiringNew().call(() -> ServiceRule.count("validFrom > ?1",
                SEEDED)), "nothing saved");
        given().get("/supervisor/rules/NOTHING/amend").then().statusCode(404);
    }

    @Test
    void aScheduledAmendmentWaitsForItsDateAndCanBeWithdrawnButARuleInEffectCannot() {
        LocalDate tomorrow = Kazakhstan.today().plusDays(1);
        new FormSession().post(FORM, FORM, inPersonOnly(tomorrow)).then()
                .statusCode(303);
        assertTrue(offered(Channel.ONLINE, Filer.SELF).contains(Service.FORMATION), "still online today");
        long id = QuarkusTransaction.requiringNew().call(() -> ServiceRule.<ServiceRule>find(
                "service = ?1 and validFrom = ?2", Service.FORMATION, tomorrow).firstResult().id);
        given().get("/supervisor/rules").then().body(containsString(">Takes effect later<"))
                .body(containsString("action=\"/supervisor/rules/" + id + "/withdraw\""))
                .body(not(containsString("action=\"/supervisor/rules/1/withdraw\"")));

        new FormSession().post("/supervisor/rules", "/supervisor/rules/" + id + "/withdraw",
                Map.of()).then().statusCode(303);
        assertEquals(0, count(Service.FORMATION, tomorrow));

        // The seeded rule (id 1) is in effect: a forged withdrawal changes nothing.
        new FormSession().post(FORM, "/supervisor/rules/1/withdraw", Map.of()).then().statusCode(200)
                .body(containsString("These rules are already in effect and cannot be withdrawn"));
        assertEquals(1, count(Service.FORMATION, SEEDED));
        new FormSession().post(FORM, "/supervisor/rules/987654/withdraw", Map.of()).then().statusCode(404);
    }

    @Test
    @TestSecurity(user = "applicant", roles = "applicant")
    void anApplicantCannotAmendTheRules() {
        new FormSession().post("/apply", FORM, inPersonOnly(Kazakhstan.today())).then().statusCode(403);
        assertEquals(0L, (long) QuarkusTransaction.requiringNew().call(() -> ServiceRule.count("validFrom > ?1",
                SEEDED)));
    }

    private static String post(Map<String, String> form) {
        return new FormSession().post(FORM, FORM, form).then().statusCode(200)
                .extract().asString();
    }

    private List<Service> offered(Channel channel, Filer filer) {
        return QuarkusTransaction.requiringNew().call(() -> submission.servicesOffered(channel, filer));
    }

    private static long count(Service service, LocalDate from) {
        return QuarkusTransaction.requiringNew()
                .call(() -> ServiceRule.count("service = ?1 and validFrom = ?2", service, from));
    }

    private static Map<String, String> inPersonOnly(LocalDate from) {
        Map<String, String> form = new HashMap<>();
        form.putAll(DateFields.of("validFrom", from));
        form.put("serviceCentre", "yes");
        form.put("selfAllowed", "yes");
        form.put("document-IDENTITY_DOCUMENT", "yes");
        form.put("document-TRANSLATION", "yes");
        form.put("legalBasis", "MIA order No. 999 (test)");
        return form;
    }
}
