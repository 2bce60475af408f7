package kz.iinportal.application;

import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.quarkus.test.security.TestSecurity;
import io.restassured.response.Response;
import kz.iinportal.documents.ApplicationDocument;
import kz.iinportal.documents.DocumentKind;
import kz.iinportal.documents.DocumentStore;
import kz.iinportal.documents.TestFiles;
import kz.iinportal.testsupport.Bundles;
import kz.iinportal.testsupport.FormSession;
import kz.iinportal.testsupport.Race;
import kz.iinportal.testsupport.TestCases;
import kz.iinportal.web.Kazakhstan;

/** Limits per filer and drafts that change while they are submitted, over HTTP as a browser sends them. */
@QuarkusTest
@TestProfile(DraftsTest.FewDrafts.class)
class DraftsTest {

    static final int LIMIT = 3;

    /** The limit as production has it, only lower: the same rule, reached in three steps. */
    public static class FewDrafts implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("iin.drafts.max-open", String.valueOf(LIMIT));
        }
    }

    @Inject
    DocumentStore documents;

    @Test
    @TestSecurity(user = "drafts-limit", roles = "applicant")
    void aFilerHasAtMostTheConfiguredNumberOfOpenDrafts() {
        FormSession browser = new FormSession("ru");
        for (int i = 0; i < LIMIT; i++) {
            assertEquals(303, browser.post("/apply", "/apply/start", Map.of("service", "FORMATION")).statusCode());
        }
        browser.send("/apply/start", Map.of("service", "FORMATION")).then().statusCode(200)
                .body(containsString(Bundles.message("ru", "apply.error.tooManyDrafts")));
        assertEquals((long) LIMIT,
                (long) QuarkusTransaction.requiringNew().call(() -> Application.openDraftsOf("drafts-limit")));
        // one deleted, one may be started again
        long any = QuarkusTransaction.requiringNew()
                .call(() -> Application.<Application>find("createdBy", "drafts-limit").firstResult().id);
        assertEquals(303,
                browser.post("/applications/" + any, "/applications/" + any + "/delete", Map.of()).statusCode());
        assertEquals(303, browser.post("/apply", "/apply/start", Map.of("service", "FORMATION")).statusCode());
        assertEquals((long) LIMIT,
                (long) QuarkusTransaction.requiringNew().call(() -> Application.openDraftsOf("drafts-limit")));
    }

    /** Two tabs: one submits, the other uploads or removes a document at the same instant. */
    @Test
    @TestSecurity(user = "drafts-race", roles = "applicant")
    void aDocumentChangeRacingWithTheSubmissionNeverLandsOnASubmittedCase() throws Exception {
        for (int round = 0; round < 6; round++) {
            long id = completeDraft("drafts-race");
            long kept = documents.store(id, DocumentKind.IDENTITY_DOCUMENT, "passport.png", TestFiles.png(),
                    "drafts-race").id;
            FormSession submitting = new FormSession("en");
            FormSession changing = new FormSession("en");
            submitting.get("/apply/" + id + "/check");
            changing.get("/apply/" + id + "/documents");
            boolean remove = round % 2 == 1;
            List<Response> answers = Race.run(
                    () -> submitting.send("/apply/" + id + "/check", Map.of("declaration", "yes", "consent", "yes")),
                    () -> remove ? changing.send("/apply/" + id + "/documents/" + kept + "/delete", Map.of())
                            : changing.upload("/apply/" + id + "/documents", "OTHER", "late.png", TestFiles.png()));
            Response submission = answers.get(0);
            Response change = answers.get(1);
            assertTrue(submission.statusCode() == 303 || submission.statusCode() == 200, submission.statusLine());
            assertTrue(change.statusCode() == 303 || change.statusCode() == 200, change.statusLine());
            QuarkusTransaction.requiringNew().run(() -> {
                Application app = Application.findById(id);
                List<ApplicationDocument> stored = ApplicationDocument.list("applicationId", id);
                if (app.status == ApplicationStatus.SUBMITTED) {
                    // whatever the case holds was there when it was submitted, and the change was told so
                    assertTrue(stored.stream().allMatch(d -> !d.uploadedAt.isAfter(app.submittedAt)), "late upload");
                    assertTrue(stored.stream().anyMatch(d -> d.kind == DocumentKind.IDENTITY_DOCUMENT),
                            "the required document was removed from a submitted case");
                } else {
                    // the removal won: the submission was refused for the missing document, the draft is intact
                    assertEquals(ApplicationStatus.DRAFT, app.status);
                    assertEquals(200, submission.statusCode());
                }
            });
        }
    }

    /** A delete or an upload sent for an application submitted meanwhile: told so, and nothing changes. */
    @Test
    @TestSecurity(user = "drafts-closed", roles = "applicant")
    void changesToASubmittedApplicationAreRefusedWithAMessage() {
        long id = completeDraft("drafts-closed");
        QuarkusTransaction.requiringNew().run(() -> {
            Application app = Application.findById(id);
            app.status = ApplicationStatus.SUBMITTED;
            app.reference = ReferenceNumber.next();
        });
        long version = QuarkusTransaction.requiringNew().call(() -> Application.<Application>findById(id).version);
        FormSession browser = new FormSession("kk");
        browser.get("/applications/" + id);
        for (Supplier<Response> change : List.<Supplier<Response>>of(
                () -> browser.send("/applications/" + id + "/delete", Map.of()),
                () -> browser.upload("/apply/" + id + "/documents", "OTHER", "late.png", TestFiles.png()))) {
            Response answer = change.get();
            assertEquals(303, answer.statusCode(), answer.body().asString());
            assertTrue(answer.header("Location").endsWith("/applications/" + id), answer.header("Location"));
            browser.get("/applications/" + id).then().statusCode(200)
                    .body(containsString(Bundles.message("kk", "apply.error.draftClosed")));
        }
        QuarkusTransaction.requiringNew().run(() -> {
            Application app = Application.findById(id);
            assertEquals(ApplicationStatus.SUBMITTED, app.status);
            assertEquals(version, app.version);
            assertEquals(0, ApplicationDocument.count("applicationId", id));
        });
    }

    private static long completeDraft(String filer) {
        return QuarkusTransaction.requiringNew().call(() -> {
            Application a = TestCases.application("SHYMKENT");
            a.reference = null;
            a.createdBy = filer;
            a.documentIssueDate = Kazakhstan.today().minusYears(1);
            a.documentExpiryDate = Kazakhstan.today().plusYears(5);
            a.address = "Tauke Khan Ave 1";
            a.email = "race@example.kz";
            a.phone = "+77011234567";
            a.persist();
            return a.id;
        });
    }
}
