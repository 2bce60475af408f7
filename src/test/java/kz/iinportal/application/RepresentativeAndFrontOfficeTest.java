package kz.iinportal.application;

import static kz.iinportal.application.ApplyJourneyTest.document;
import static kz.iinportal.application.ApplyJourneyTest.person;
import static kz.iinportal.application.ApplyJourneyTest.start;
import static kz.iinportal.application.ApplyJourneyTest.stay;
import static kz.iinportal.application.ApplyJourneyTest.step;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import kz.iinportal.documents.TestFiles;
import kz.iinportal.testsupport.DateFields;
import kz.iinportal.testsupport.FormSession;
import kz.iinportal.web.Kazakhstan;

/** Legal representatives (authority step, authority document) and front-office staff (centre channel, receipt). */
@QuarkusTest
class RepresentativeAndFrontOfficeTest {

    @Test
    @TestSecurity(user = "representative", roles = "representative")
    void representativeFilesOnBehalfOfAPrincipalWithAuthority() {
        FormSession s = new FormSession();
        long id = start(s, "FORMATION", "authority");

        Map<String, String> authority = new HashMap<>(Map.of("authorityKind", "POWER_OF_ATTORNEY",
                "authorityNumber", "N-123/2026", "noticeRecipients", "BOTH"));
        authority.putAll(DateFields.typed("authorityDate", "15", "1", "2026"));
        authority.putAll(DateFields.of("authorityValidUntil", Kazakhstan.today().minusDays(1)));
        s.post(step(id, "authority"), step(id, "authority"), authority).then().statusCode(200)
                .body(containsString("Your authority has expired"));
        s.post(step(id, "authority"), step(id, "authority"), Map.of()).then().statusCode(200)
                .body(containsString("Select what gives you authority"))
                .body(containsString("Select who should receive the notices"));
        authority.putAll(DateFields.of("authorityValidUntil", Kazakhstan.today().plusYears(1)));
        s.post(step(id, "authority"), step(id, "authority"), authority).then().statusCode(303)
                .header("Location", containsString(step(id, "person")));

        s.post(step(id, "person"), step(id, "person"), person()).then().statusCode(303);
        s.post(step(id, "document"), step(id, "document"), document()).then().statusCode(303);
        s.post(step(id, "stay"), step(id, "stay"), stay()).then().statusCode(303);
        s.upload(step(id, "documents"), "IDENTITY_DOCUMENT", "passport.png", TestFiles.png()).then().statusCode(303);
        s.get(step(id, "documents")).then().body(containsString("Power of attorney or other proof of authority"));
        // Without the authority document the rules are not met.
        s.post(step(id, "check"), step(id, "check"), Map.of("declaration", "yes", "consent", "yes")).then()
                .statusCode(200).body(containsString("Upload the documents the rules require"));
        s.upload(step(id, "documents"), "AUTHORITY", "poa.pdf", TestFiles.plainPdf()).then().statusCode(303);
        s.get(step(id, "check")).then().body(containsString("Notarised power of attorney"))
                .body(containsString("Both of us"));
        s.post(step(id, "check"), step(id, "check"), Map.of("declaration", "yes", "consent", "yes")).then()
                .statusCode(303);

        s.get("/applications").then().statusCode(200).body(containsString("O&#39;BRIEN-SMITH"));
        QuarkusTransaction.requiringNew().run(() -> {
            Application app = Application.findById(id);
            assertEquals(Filer.REPRESENTATIVE, app.filer);
            assertEquals(NoticeRecipients.BOTH, app.noticeRecipients);
            assertEquals(ApplicationStatus.SUBMITTED, app.status);
            assertEquals("representative", ApplicationEvent.timeline(app).get(1).actorRole);
        });
    }

    @Test
    @TestSecurity(user = "frontoffice", roles = "frontoffice")
    void frontOfficeKeysInAWalkInApplicationAndPrintsAReceipt() {
        FormSession s = new FormSession();
        long id = start(s, "CORRECTION", "correction");
        s.post(step(id, "correction"), step(id, "correction"),
                Map.of("currentIin", "900101300811", "correctionReason", "NAME")).then().statusCode(303);
        s.post(step(id, "person"), step(id, "person"), person()).then().statusCode(303);
        s.post(step(id, "document"), step(id, "document"), document()).then().statusCode(303);
        s.post(step(id, "stay"), step(id, "stay"), stay()).then().statusCode(303);
        s.upload(step(id, "documents"), "IDENTITY_DOCUMENT", "scan.jpg", TestFiles.jpeg()).then().statusCode(303);
        s.upload(step(id, "documents"), "CORRECTION_PROOF", "proof.pdf", TestFiles.plainPdf()).then()
                .statusCode(303);
        s.post(step(id, "check"), step(id, "check"), Map.of("declaration", "yes", "consent", "yes")).then()
                .statusCode(303);
        s.get(step(id, "confirmation")).then().statusCode(200)
                .body(containsString("Public Service Centre No. 1, Astana"))
                .body(containsString("give it to the applicant as the receipt"));
        s.get("/applications").then().body(containsString("/applications/" + id));
        QuarkusTransaction.requiringNew().run(() -> {
            Application app = Application.findById(id);
            assertEquals(Channel.SERVICE_CENTRE, app.channel);
            assertEquals("ASTANA-PSC-1", app.serviceCentre.code);
            assertEquals(Filer.SELF, app.filer);
        });
    }

    @Test
    @TestSecurity(user = "frontoffice-without-centre", roles = "frontoffice")
    void frontOfficeStaffWithoutACentreCannotKeyInApplications() {
        FormSession s = new FormSession();
        s.post("/apply", "/apply/start", Map.of("service", "FORMATION")).then().statusCode(403);
    }
}
