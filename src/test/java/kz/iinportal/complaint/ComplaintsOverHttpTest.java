package kz.iinportal.complaint;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.response.Response;
import kz.iinportal.application.Application;
import kz.iinportal.application.ApplicationStatus;
import kz.iinportal.application.EventKind;
import kz.iinportal.documents.TestFiles;
import kz.iinportal.documents.UploadCheck;
import kz.iinportal.staff.ServiceCentre;
import kz.iinportal.testsupport.Bundles;
import kz.iinportal.testsupport.FormSession;
import kz.iinportal.testsupport.TestCases;

/**
 * Every complaint that must be refused, sent over HTTP as a browser sends it (session, CSRF token): the filer's
 * (nothing typed, too long, a file that fails the upload checks, a case that is not refused, a complaint already
 * open, the term over, someone else's case) and the head's (another body's complaint, no reasons, no outcome, too
 * long, answered twice). Each answers with its status and message in the page's language, keeps what was typed, and
 * changes nothing: no complaint, no file, no event, no notice, the case as it was.
 */
@QuarkusTest
class ComplaintsOverHttpTest {

    static final String BODY = "ZHAMBYL";
    static final String OTHER_BODY = "TURKISTAN";
    static final String FILER = "complaint-http-filer";
    static final String OPERATOR = "complaint-http-op";
    static final String HEAD = "complaint-http-head";
    static final String OTHER_HEAD = "complaint-http-head-elsewhere";

    @Inject
    Complaints complaints;

    /**
     * What a refused request must leave as it was. The head's page is an opening of the applicant's data and is in
     * the audit (VIEWED) each time it is shown, errors included: that is no change to the case.
     */
    record State(ApplicationStatus status, long version, String assignee, List<String> complaints,
            List<EventKind> events,
            int notices, int files) {
    }

    static State state(long id) {
        Application app = ComplaintCases.application(id);
        List<Complaint> all = ComplaintCases.complaints(id);
        return new State(app.status, app.version, app.assignedTo,
                all.stream().map(c -> c.reference + " " + c.status + " " + c.answer).toList(),
                ComplaintCases.events(id).stream().filter(k -> k != EventKind.VIEWED).toList(),
                ComplaintCases.notices(id).size(),
                all.stream().mapToInt(c -> ComplaintCases.documents(c.id).size()).sum());
    }

    // --- the filer ------------------------------------------------------------------------------------------------

    @ParameterizedTest
    @ValueSource(strings = { "en", "ru", "kk" })
    @TestSecurity(user = FILER, roles = "applicant")
    void aComplaintWithoutTextIsRefusedNextToTheField(String lang) {
        long id = ComplaintCases.refused(BODY, FILER, OPERATOR);
        State before = state(id);
        Response answer = send(lang, id, " \n ", Map.of());
        answer.then().statusCode(200)
                .body(containsString("<title>" + Bundles.message(lang, "form.error.prefix")))
                .body(containsString("href=\"#text\""))
                .body(containsString(Bundles.message(lang, "complaint.error.text.required")));
        assertEquals(before, state(id));
    }

    @ParameterizedTest
    @ValueSource(strings = { "en", "ru", "kk" })
    @TestSecurity(user = FILER, roles = "applicant")
    void aComplaintTooLongIsRefusedAndKeptAsTyped(String lang) {
        long id = ComplaintCases.refused(BODY, FILER, OPERATOR);
        State before = state(id);
        String text = "ә".repeat(Complaint.MAX_TEXT + 1);
        Response answer = send(lang, id, text, Map.of());
        answer.then().statusCode(200)
                .body(containsString(String.format(Bundles.message(lang, "complaint.error.text.tooLong"),
                        Complaint.MAX_TEXT, Complaint.MAX_TEXT + 1)))
                .body(containsString(">" + text + "</textarea>"));
        assertEquals(before, state(id));
    }

    @ParameterizedTest
    @ValueSource(strings = { "en", "ru", "kk" })
    @TestSecurity(user = FILER, roles = "applicant")
    void aFileThatFailsTheUploadChecksRefusesTheWholeComplaint(String lang) {
        long id = ComplaintCases.refused(BODY, FILER, OPERATOR);
        State before = state(id);
        Response answer = send(lang, id, "Мекенжай дұрыс.", Map.of("scan.png", TestFiles.png(),
                "notes.pdf", "just text, no PDF".getBytes(StandardCharsets.UTF_8)));
        answer.then().statusCode(200)
                .body(containsString(String.format(Bundles.message(lang, "complaint.error.file"), "notes.pdf",
                        Bundles.message(lang, "upload.error.WRONG_TYPE"))))
                .body(containsString("href=\"#files\""))
                .body(containsString(">Мекенжай дұрыс.</textarea>"));
        Response encrypted = send(lang, id, "Мекенжай дұрыс.", Map.of("locked.pdf", TestFiles.encryptedPdf()));
        encrypted.then().statusCode(200).body(containsString(Bundles.message(lang, "upload.error.PASSWORD_PROTECTED")));
        assertEquals(before, state(id));
    }

    @Test
    @TestSecurity(user = FILER, roles = "applicant")
    void moreFilesThanAnApplicationMayHaveAreRefused() {
        long id = ComplaintCases.refused(BODY, FILER, OPERATOR);
        State before = state(id);
        Map<String, byte[]> files = new LinkedHashMap<>();
        for (int i = 0; i <= UploadCheck.MAX_DOCUMENTS; i++) {
            files.put("scan" + i + ".png", TestFiles.png());
        }
        send("en", id, "Too many files.", files).then().statusCode(200)
                .body(containsString(Bundles.message("en", "upload.error.TOO_MANY")));
        assertEquals(before, state(id));
    }

    @ParameterizedTest
    @ValueSource(strings = { "en", "ru", "kk" })
    @TestSecurity(user = FILER, roles = "applicant")
    void aCaseThatIsNotRefusedTakesNoComplaint(String lang) {
        long id = QuarkusTransaction.requiringNew().call(() -> {
            Application a = TestCases.open(BODY, null);
            a.createdBy = FILER;
            a.persist();
            return a.id;
        });
        State before = state(id);
        FormSession browser = new FormSession(lang);
        browser.get("/applications/" + id + "/complaint").then().statusCode(200)
                .body(containsString(Bundles.message(lang, "complaint.refused.NOT_REFUSED")))
                .body(not(containsString(Bundles.message(lang, "complaint.form.send"))));
        browser.get("/applications/" + id).then().statusCode(200)
                .body(not(containsString("/applications/" + id + "/complaint")));
        Response answer = browser.sendMultipart("/applications/" + id + "/complaint",
                Map.of("text", "Please look again."), "files", Map.of());
        answer.then().statusCode(200)
                .body(containsString(Bundles.message(lang, "complaint.refused.NOT_REFUSED")))
                .body(containsString(">Please look again.</textarea>"));
        assertEquals(before, state(id));
    }

    @ParameterizedTest
    @ValueSource(strings = { "en", "ru", "kk" })
    @TestSecurity(user = FILER, roles = "applicant")
    void aSecondComplaintWhileOneIsOpenIsRefused(String lang) {
        long id = ComplaintCases.refused(BODY, FILER, OPERATOR);
        ComplaintCases.filed(complaints, id, FILER);
        State before = state(id);
        send(lang, id, "Once more.", Map.of()).then().statusCode(200)
                .body(containsString(Bundles.message(lang, "complaint.refused.ALREADY_OPEN")))
                .body(containsString(">Once more.</textarea>"));
        assertEquals(before, state(id));
        assertEquals(1, before.complaints().size());
    }

    @ParameterizedTest
    @ValueSource(strings = { "en", "ru", "kk" })
    @TestSecurity(user = FILER, roles = "applicant")
    void aComplaintAfterTheTermIsRefused(String lang) {
        long id = ComplaintCases.refused(BODY, FILER, OPERATOR, OffsetDateTime.now().minusMonths(3).minusDays(2));
        State before = state(id);
        send(lang, id, "Late.", Map.of()).then().statusCode(200)
                .body(containsString(Bundles.message(lang, "complaint.refused.TERM_OVER")));
        assertEquals(before, state(id));
    }

    @Test
    @TestSecurity(user = "complaint-http-stranger", roles = "applicant")
    void someoneElsesCaseIs404() {
        long id = ComplaintCases.refused(BODY, FILER, OPERATOR);
        long complaint = ComplaintCases.filed(complaints, id, FILER);
        State before = state(id);
        FormSession browser = new FormSession("en");
        browser.get("/applications/" + id + "/complaint").then().statusCode(404);
        browser.get("/applications"); // a page of their own, for the CSRF token
        browser.sendMultipart("/applications/" + id + "/complaint", Map.of("text", "Not mine."), "files", Map.of())
                .then().statusCode(404);
        given().cookies(browser.cookies()).get("/applications/" + id + "/complaints/" + complaint + "/documents/1")
                .then().statusCode(404);
        assertEquals(before, state(id));
    }

    @Test
    @TestSecurity(user = "frontoffice", roles = "frontoffice")
    void theFrontOfficeOfTheCasesCentreFilesForTheWalkInApplicant() {
        long id = ComplaintCases.refused(BODY, "frontoffice", OPERATOR);
        QuarkusTransaction.requiringNew().run(
                () -> Application.<Application>findById(id).serviceCentre = ServiceCentre.findById("ASTANA-PSC-1"));
        FormSession browser = new FormSession("ru");
        browser.get("/applications/" + id + "/complaint").then().statusCode(200)
                .body(containsString(Bundles.message("ru", "complaint.form.send")));
        assertEquals(303, browser.sendMultipart("/applications/" + id + "/complaint",
                Map.of("text", "Заявитель не согласен с отказом."), "files", Map.of()).statusCode());
        assertEquals("frontoffice", ComplaintCases.complaints(id).get(0).filedBy);
        assertEquals("frontoffice", ComplaintCases.complaints(id).get(0).filedRole);
    }

    @Test
    @TestSecurity(user = FILER, roles = "applicant")
    void hostileTextIsStoredAsTypedAndShownEscaped() {
        long id = ComplaintCases.refused(BODY, FILER, OPERATOR);
        String hostile = "<script>alert(1)</script>{inject:currentUser.login}\u202Eevil\u0000";
        assertEquals(303, send("en", id, hostile, Map.of()).statusCode());
        Complaint complaint = ComplaintCases.complaints(id).get(0);
        assertEquals("<script>alert(1)</script>{inject:currentUser.login}evil", complaint.text,
                "invisible and control characters removed (web.TextInput)");
        new FormSession("en").get("/applications/" + id).then().statusCode(200)
                .body(containsString("&lt;script&gt;alert(1)&lt;/script&gt;{inject:currentUser.login}evil"))
                .body(not(containsString("<script>alert(1)")));
    }

    // --- the head of the body -------------------------------------------------------------------------------------

    @Test
    @TestSecurity(user = OTHER_HEAD, roles = "supervisor")
    void aHeadOfAnotherBodyGets404AndChangesNothing() {
        ComplaintCases.head(OTHER_HEAD, OTHER_BODY);
        long id = ComplaintCases.refused(BODY, FILER, OPERATOR);
        long complaint = ComplaintCases.filed(complaints, id, FILER);
        State before = state(id);
        FormSession browser = new FormSession("en");
        browser.get("/supervisor/complaints").then().statusCode(200)
                .body(not(containsString(before.complaints().get(0).split(" ")[0])));
        browser.get("/supervisor/complaints/" + complaint).then().statusCode(404);
        browser.send("/supervisor/complaints/" + complaint + "/answer",
                Map.of("outcome", "UPHELD", "reasons", "Not my body.")).then().statusCode(404);
        browser.get("/supervisor/complaints/" + complaint + "/documents/1").then().statusCode(404);
        browser.get("/supervisor/complaints/" + complaint + "/case-documents/1").then().statusCode(404);
        assertEquals(before, state(id));
    }

    @Test
    @TestSecurity(user = "complaint-http-no-body", roles = "supervisor")
    void aSupervisorWhoHeadsNoBodyIsToldSoAndSeesNoComplaint() {
        long id = ComplaintCases.refused(BODY, FILER, OPERATOR);
        long complaint = ComplaintCases.filed(complaints, id, FILER);
        FormSession browser = new FormSession("kk");
        browser.get("/supervisor/complaints").then().statusCode(200)
                .body(containsString(Bundles.message("kk", "complaint.desk.noBody")));
        browser.get("/supervisor/complaints/" + complaint).then().statusCode(404);
    }

    @ParameterizedTest
    @ValueSource(strings = { "en", "ru", "kk" })
    @TestSecurity(user = HEAD, roles = "supervisor")
    void anAnswerWithoutReasonsIsRefused(String lang) {
        long[] c = openComplaint();
        State before = state(c[0]);
        answer(lang, c[1], Map.of("outcome", "REJECTED", "reasons", "  ")).then().statusCode(200)
                .body(containsString(Bundles.message(lang, "complaint.error.reasons.required")))
                .body(containsString("href=\"#reasons\""))
                .body(containsString("value=\"REJECTED\" checked"));
        assertEquals(before, state(c[0]));
    }

    @ParameterizedTest
    @ValueSource(strings = { "en", "ru", "kk" })
    @TestSecurity(user = HEAD, roles = "supervisor")
    void anAnswerWithoutAnOutcomeIsRefused(String lang) {
        long[] c = openComplaint();
        State before = state(c[0]);
        for (String outcome : new String[] { "", "OPEN", "upheld" }) {
            answer(lang, c[1], Map.of("outcome", outcome, "reasons", "Reasons typed.")).then().statusCode(200)
                    .body(containsString(Bundles.message(lang, "complaint.error.outcome.required")))
                    .body(containsString(">Reasons typed.</textarea>"));
        }
        assertEquals(before, state(c[0]));
    }

    @Test
    @TestSecurity(user = HEAD, roles = "supervisor")
    void reasonsTooLongAreRefused() {
        long[] c = openComplaint();
        State before = state(c[0]);
        answer("ru", c[1], Map.of("outcome", "UPHELD", "reasons", "ы".repeat(Complaint.MAX_ANSWER + 1)))
                .then().statusCode(200).body(containsString(String.format(
                        Bundles.message("ru", "complaint.error.reasons.tooLong"), Complaint.MAX_ANSWER,
                        Complaint.MAX_ANSWER + 1)));
        assertEquals(before, state(c[0]));
    }

    @ParameterizedTest
    @ValueSource(strings = { "en", "ru", "kk" })
    @TestSecurity(user = HEAD, roles = "supervisor")
    void answeringTwiceChangesNothingTheSecondTime(String lang) {
        long[] c = openComplaint();
        FormSession browser = new FormSession(lang);
        browser.get("/supervisor/complaints/" + c[1]);
        Map<String, String> upheld = Map.of("outcome", "UPHELD", "reasons", "Review again.");
        assertEquals(303, browser.send("/supervisor/complaints/" + c[1] + "/answer", upheld).statusCode());
        State after = state(c[0]);
        // Back and resend, or the other answer from a second tab
        for (Map<String, String> again : List.of(upheld, Map.of("outcome", "REJECTED", "reasons", "No."))) {
            browser.send("/supervisor/complaints/" + c[1] + "/answer", again).then().statusCode(200)
                    .body(containsString(Bundles.message(lang, "complaint.refused.ALREADY_ANSWERED")))
                    .body(not(containsString("name=\"reasons\"")));
        }
        assertEquals(after, state(c[0]));
        assertEquals(ApplicationStatus.SUBMITTED, after.status());
        assertEquals(1, after.events().stream().filter(k -> k == EventKind.COMPLAINT_UPHELD).count());
        assertEquals(0, after.events().stream().filter(k -> k == EventKind.COMPLAINT_REJECTED).count());
    }

    @Test
    @TestSecurity(user = HEAD, roles = "supervisor")
    void theListShowsOpenComplaintsFirstByDueDate() {
        long[] later = openComplaint();
        long[] sooner = openComplaint();
        long[] answered = openComplaint();
        QuarkusTransaction.requiringNew().run(() -> {
            Complaint.<Complaint>findById(later[1]).dueAt = OffsetDateTime.now().plusDays(20);
            Complaint.<Complaint>findById(sooner[1]).dueAt = OffsetDateTime.now().minusDays(1); // overdue
            Complaint a = Complaint.findById(answered[1]);
            a.dueAt = OffsetDateTime.now().minusDays(30);
            a.status = ComplaintStatus.REJECTED;
            a.answer = "No.";
            a.answeredBy = HEAD;
            a.answeredAt = OffsetDateTime.now();
        });
        String page = new FormSession("en").get("/supervisor/complaints").then().statusCode(200)
                .body(containsString(Bundles.message("en", "complaint.desk.overdue"))).extract().asString();
        int s = page.indexOf(reference(sooner[1]));
        int l = page.indexOf(reference(later[1]));
        int a = page.indexOf(reference(answered[1]));
        assertTrue(s > 0 && s < l && l < a, "overdue, then later, then answered: " + s + " " + l + " " + a);
    }

    @Test
    @TestSecurity(user = HEAD, roles = "supervisor")
    void aSupervisorCannotGiveTheUpheldCaseBackToTheRefusingOperator() {
        long[] c = openComplaint();
        FormSession browser = new FormSession("en");
        browser.get("/supervisor/complaints/" + c[1]);
        assertEquals(303, browser.send("/supervisor/complaints/" + c[1] + "/answer",
                Map.of("outcome", "UPHELD", "reasons", "Review again.")).statusCode());
        State before = state(c[0]);
        browser.get("/supervisor/cases?body=" + BODY);
        Response refused = browser.send("/supervisor/cases/" + c[0] + "/reassign", Map.of("operator", OPERATOR));
        assertEquals(303, refused.statusCode());
        browser.get("/supervisor/cases?body=" + BODY).then()
                .body(containsString(Bundles.message("en", "reassign.error.refusedBefore")));
        assertEquals(before, state(c[0]));
    }

    private long[] openComplaint() {
        ComplaintCases.head(HEAD, BODY);
        long id = ComplaintCases.refused(BODY, FILER, OPERATOR);
        return new long[] { id, ComplaintCases.filed(complaints, id, FILER) };
    }

    private static String reference(long complaintId) {
        return QuarkusTransaction.requiringNew().call(() -> Complaint.<Complaint>findById(complaintId).reference);
    }

    private static Response send(String lang, long id, String text, Map<String, byte[]> files) {
        FormSession browser = new FormSession(lang);
        browser.get("/applications/" + id + "/complaint").then().statusCode(200);
        return browser.sendMultipart("/applications/" + id + "/complaint", Map.of("text", text), "files", files);
    }

    private static Response answer(String lang, long complaintId, Map<String, String> fields) {
        FormSession browser = new FormSession(lang);
        browser.get("/supervisor/complaints/" + complaintId).then().statusCode(200);
        return browser.send("/supervisor/complaints/" + complaintId + "/answer", fields);
    }
}
