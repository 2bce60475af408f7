package kz.iinportal.application;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import kz.iinportal.documents.TestFiles;
import kz.iinportal.testsupport.FormSession;
import kz.iinportal.web.Kazakhstan;

/**
 * The rules are data: the seeded rules of 25.02.2023 offer both services online; an amendment is a new row with a
 * later date, and from that date the forms offer only what it allows and submission re-checks it.
 */
@QuarkusTest
class ServiceRulesTest {

    @AfterEach
    void removeAmendments() {
        QuarkusTransaction.requiringNew().run(() -> ServiceRule.delete("validFrom > ?1", LocalDate.of(2023, 2, 25)));
    }

    @Test
    void seededRulesOfFebruary2023AreInForce() {
        QuarkusTransaction.requiringNew().run(() -> {
            for (Service service : Service.values()) {
                ServiceRule rule = ServiceRule.inForce(service, Kazakhstan.today()).orElseThrow();
                assertEquals(LocalDate.of(2023, 2, 25), rule.validFrom);
                assertTrue(rule.allows(Channel.ONLINE, Filer.SELF));
                assertTrue(rule.allows(Channel.SERVICE_CENTRE, Filer.REPRESENTATIVE));
            }
            assertTrue(ServiceRule.inForce(Service.FORMATION, LocalDate.of(2023, 2, 24)).isEmpty(),
                    "nothing in force before the order took effect");
            assertEquals(List.of("IDENTITY_DOCUMENT", "CORRECTION_PROOF"),
                    ServiceRule.inForce(Service.CORRECTION, Kazakhstan.today()).orElseThrow().requiredDocumentKinds());
        });
    }

    @Test
    @TestSecurity(user = "applicant", roles = "applicant")
    void anAmendmentIsANewRowAndTheFormsAndSubmissionFollowIt() {
        FormSession s = new FormSession();
        long draft = ApplyJourneyTest.start(s, "FORMATION", "person");
        s.post(ApplyJourneyTest.step(draft, "person"), ApplyJourneyTest.step(draft, "person"),
                ApplyJourneyTest.person());
        s.post(ApplyJourneyTest.step(draft, "document"), ApplyJourneyTest.step(draft, "document"),
                ApplyJourneyTest.document());
        s.post(ApplyJourneyTest.step(draft, "stay"), ApplyJourneyTest.step(draft, "stay"), ApplyJourneyTest.stay());
        s.upload(ApplyJourneyTest.step(draft, "documents"), "IDENTITY_DOCUMENT", "passport.png",
                TestFiles.png()).then().statusCode(303);

        // From today on, formation is in person only (like the amendment of 29.02.2024); correction unchanged.
        QuarkusTransaction.requiringNew().run(() -> {
            ServiceRule amendment = new ServiceRule();
            amendment.service = Service.FORMATION;
            amendment.validFrom = Kazakhstan.today();
            amendment.online = false;
            amendment.serviceCentre = true;
            amendment.selfAllowed = true;
            amendment.representativeAllowed = false;
            amendment.requiredDocuments = "IDENTITY_DOCUMENT";
            amendment.legalBasis = "test amendment";
            amendment.persist();
        });
        QuarkusTransaction.requiringNew().run(() -> assertFalse(
                ServiceRule.inForce(Service.FORMATION, Kazakhstan.today()).orElseThrow().allows(Channel.ONLINE,
                        Filer.SELF)));

        s.get("/apply").then().body(not(containsString("value=\"FORMATION\"")))
                .body(containsString("value=\"CORRECTION\""));
        s.post("/apply", "/apply/start", Map.of("service", "FORMATION")).then().statusCode(200)
                .body(containsString("cannot be applied for online under the rules in force today"));
        s.post(ApplyJourneyTest.step(draft, "check"), ApplyJourneyTest.step(draft, "check"),
                Map.of("declaration", "yes", "consent", "yes")).then().statusCode(200)
                .body(containsString("cannot be applied for online under the rules in force today"));
        QuarkusTransaction.requiringNew().run(() -> assertEquals(ApplicationStatus.DRAFT,
                Application.<Application>findById(draft).status, "the draft was not submitted"));
    }
}
