package kz.iinportal.application;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.response.Response;
import kz.iinportal.documents.ApplicationDocument;
import kz.iinportal.documents.TestFiles;
import kz.iinportal.testsupport.DateFields;
import kz.iinportal.testsupport.FormSession;
import kz.iinportal.web.Kazakhstan;

/** The applicant's journey over real HTTP and PostgreSQL: draft → each step → submit → status, with the errors. */
@QuarkusTest
public class ApplyJourneyTest {

    static final Pattern DRAFT = Pattern.compile("/apply/(\\d+)/(person|correction|authority)");

    @Test
    @TestSecurity(user = "applicant", roles = "applicant")
    void formationFromStartToConfirmationAndStatus() {
        FormSession s = new FormSession();
        long id = start(s, "FORMATION", "person");

        s.post(step(id, "person"), step(id, "person"), person()).then().statusCode(303)
                .header("Location", containsString(step(id, "document")));
        s.post(step(id, "document"), step(id, "document"), document()).then().statusCode(303)
                .header("Location", containsString(step(id, "stay")));
        s.post(step(id, "stay"), step(id, "stay"), stay()).then().statusCode(303)
                .header("Location", containsString(step(id, "documents")));
        s.get(step(id, "documents")).then().statusCode(200).body(containsString("Identity document"));
        s.upload(step(id, "documents"), "IDENTITY_DOCUMENT", "passport.png", TestFiles.png()).then()
                .statusCode(303).header("Location", containsString(step(id, "documents")));
        s.get(step(id, "documents")).then().body(containsString("passport.png"));
        long documentId = QuarkusTransaction.requiringNew()
                .call(() -> ((ApplicationDocument) ApplicationDocument
                        .find("applicationId", id).firstResult()).id);
        byte[] back = given().cookies(s.cookies()).get("/applications/" + id + "/documents/" + documentId).then()
                .statusCode(200).contentType("image/png")
                .header("Content-Disposition", containsString("attachment; filename=\"passport.png\""))
                .header("X-Content-Type-Options", "nosniff").extract().asByteArray();
        Assertions.assertArrayEquals(TestFiles.png(), back);

        s.get(step(id, "check")).then().statusCode(200)
                .body(containsString("O&#39;BRIEN-SMITH"))
                .body(containsString("Almaty"))
                .body(containsString("href=\"/apply/" + id + "/person\""));

        Response submitted = s.post(step(id, "check"), step(id, "check"),
                Map.of("declaration", "yes", "consent", "yes"));
        submitted.then().statusCode(303).header("Location", containsString(step(id, "confirmation")));

        String page = s.get(step(id, "confirmation")).then().statusCode(200)
                .body(containsString("Application sent")).extract().asString();
        Matcher ref = Pattern.compile("panel__reference\">(KZ-[A-Z0-9-]+)<").matcher(page);
        assertTrue(ref.find(), page);
        assertTrue(ReferenceNumber.isValid(ref.group(1)));

        s.get("/applications").then().statusCode(200).body(containsString(ref.group(1)))
                .body(containsString("Submitted"));
        s.get("/applications/" + id).then().statusCode(200)
                .body(containsString("Draft started")).body(containsString("Application sent"))
                .body(containsString("Withdraw the application"));

        QuarkusTransaction.requiringNew().run(() -> {
            Application app = Application.findById(id);
            assertEquals(ApplicationStatus.SUBMITTED, app.status);
            assertEquals("O'BRIEN-SMITH", app.familyName, "upper-cased on save");
            assertEquals("ALMATY_CITY", app.region.code);
            assertTrue(app.dueAt.isAfter(app.submittedAt.plusHours(12)), "due at the end of the next working day");
            assertEquals(List.of(EventKind.CREATED, EventKind.DOCUMENT_DOWNLOADED, EventKind.SUBMITTED),
                    ApplicationEvent.timeline(app).stream().map(e -> e.kind).toList(), "the download is audited too");
        });

        // Sent again (double click, Back and resend): the confirmation again, nothing changes.
        s.send(step(id, "check"), Map.of("declaration", "yes", "consent", "yes")).then().statusCode(303)
                .header("Location", containsString(step(id, "confirmation")));
        // A submitted application is no longer a draft: its steps show the application as it is now.
        s.get(step(id, "person")).then().statusCode(303).header("Location", containsString("/applications/" + id));
        s.get("/applications/" + id).then().statusCode(200)
                .body(containsString("already been submitted"));
        s.send(step(id, "person"), Map.of("familyName", "CHANGED")).then().statusCode(303)
                .header("Location", containsString("/applications/" + id));
        // It can be withdrawn once, from the page that asks first; a second withdrawal is told so and changes nothing.
        s.get("/applications/" + id).then().body(containsString("href=\"/applications/" + id + "/withdraw\""))
                .body(not(containsString("action=\"/applications/" + id + "/withdraw\"")));
        s.post("/applications/" + id + "/withdraw", "/applications/" + id + "/withdraw", Map.of()).then()
                .statusCode(303);
        s.get("/applications/" + id).then().body(containsString("Withdrawn"))
                .body(not(containsString("Withdraw the application")));
        s.send("/applications/" + id + "/withdraw", Map.of()).then().statusCode(303);
        s.get("/applications/" + id).then().body(containsString("can no longer be withdrawn"));
        QuarkusTransaction.requiringNew().run(() -> {
            Application app = Application.findById(id);
            assertEquals(ApplicationStatus.WITHDRAWN, app.status);
            assertEquals("O'BRIEN-SMITH", app.familyName, "the step sent after submission changed nothing");
            assertEquals(List.of(EventKind.CREATED, EventKind.DOCUMENT_DOWNLOADED, EventKind.SUBMITTED,
                    EventKind.WITHDRAWN),
                    ApplicationEvent.timeline(app).stream().map(e -> e.kind).toList());
        });
    }

    @Test
    @TestSecurity(user = "applicant", roles = "applicant")
    void correctionAsksForTheCurrentIinFirst() {
        FormSession s = new FormSession();
        long id = start(s, "CORRECTION", "correction");
        s.post(step(id, "correction"), step(id, "correction"),
                Map.of("currentIin", "900101300812", "correctionReason", "BIRTH_DATE")).then().statusCode(200)
                .body(containsString("The last digit does not match"));
        s.post(step(id, "correction"), step(id, "correction"),
                Map.of("currentIin", "900101 300811", "correctionReason", "BIRTH_DATE")).then().statusCode(303)
                .header("Location", containsString(step(id, "person")));
        QuarkusTransaction.requiringNew().run(() -> assertEquals("900101300811",
                Application.<Application>findById(id).currentIin));
    }

    @Test
    @TestSecurity(user = "applicant", roles = "applicant")
    void everyValidationErrorIsShownInTheSummaryAndByTheFieldAndTheInputIsKept() {
        FormSession s = new FormSession();
        s.post("/apply", "/apply/start", Map.of()).then().statusCode(200)
                .body(containsString("Select what you want to apply for"));
        long id = start(s, "FORMATION", "person");

        Map<String, String> bad = new HashMap<>(person());
        bad.put("familyName", "Müller<script>");
        bad.put("givenNames", "");
        bad.put("familyNameCyrillic", "Smith");
        bad.putAll(DateFields.of("birthDate", Kazakhstan.today().plusDays(1)));
        bad.remove("sex");
        bad.put("citizenship", "ZZ");
        bad.put("placeOfBirth", "x".repeat(201));
        String page = s.post(step(id, "person"), step(id, "person"), bad).then().statusCode(200)
                .extract().asString();
        for (String message : new String[] { "Use only Latin letters", "Enter your given names",
                "Use only Cyrillic letters", "Date of birth must be in the past", "Select your sex",
                "Select a country from the list", "This answer is too long" }) {
            assertEquals(2, count(page, message), message + " in the summary and by the field");
        }
        assertTrue(page.contains("class=\"error-summary\""));
        assertTrue(page.contains("href=\"#familyName\""));
        assertTrue(page.contains("value=\"Müller&lt;script&gt;\""), "input kept, escaped");
        assertTrue(page.contains("<title>Error: "));

        s.post(step(id, "person"), step(id, "person"), DateFields.typed("birthDate", "30", "2", "1990")).then()
                .body(containsString("Date of birth must be a real date"));
        s.post(step(id, "person"), step(id, "person"), DateFields.typed("birthDate", "1", "1", "1850")).then()
                .body(containsString("within the last 130 years"));

        Map<String, String> doc = new HashMap<>(document());
        doc.put("documentNumber", "../../x");
        doc.putAll(DateFields.of("documentExpiryDate", Kazakhstan.today().minusDays(1)));
        s.post(step(id, "document"), step(id, "document"), doc).then().statusCode(200)
                .body(containsString("4 to 20 letters and digits"))
                .body(containsString("Your document has expired"));
        doc = new HashMap<>(document());
        doc.putAll(DateFields.typed("documentIssueDate", "1", "1", "2031"));
        doc.putAll(DateFields.typed("documentExpiryDate", "1", "1", "2030"));
        s.post(step(id, "document"), step(id, "document"), doc).then()
                .body(containsString("The date of issue must be today or in the past"))
                .body(containsString("The date of expiry must be after the date of issue"));

        Map<String, String> stay = new HashMap<>(stay());
        stay.put("email", "not-an-email");
        stay.put("phone", "8 701 123");
        stay.put("region", "ATLANTIS");
        s.post(step(id, "stay"), step(id, "stay"), stay).then().statusCode(200)
                .body(containsString("correct format, like name@example.com"))
                .body(containsString("international format"))
                .body(containsString("Select the region or city where you stay"));

        // Check your answers refuses an incomplete draft and a missing declaration or consent.
        s.post(step(id, "check"), step(id, "check"), Map.of()).then().statusCode(200)
                .body(containsString("Answer the questions about your personal details"))
                .body(containsString("Confirm that the information is true"))
                .body(containsString("Agree to the processing of your personal data"));
    }

    @Test
    @TestSecurity(user = "applicant", roles = "applicant")
    void uploadAttacksGetPreciseMessagesAndStoreNothing() {
        FormSession s = new FormSession();
        long id = start(s, "FORMATION", "person");
        String page = step(id, "documents");
        byte[] elf = new byte[] { 0x7f, 'E', 'L', 'F', 2, 1, 1, 0, 0, 0 };
        s.upload(page, "IDENTITY_DOCUMENT", "passport.pdf", elf).then().statusCode(200)
                .body(containsString("must be a PDF, JPG or PNG"));
        s.upload(page, "IDENTITY_DOCUMENT", "empty.pdf", new byte[0]).then().statusCode(200)
                .body(containsString("The selected file is empty"));
        byte[] big = new byte[11 * 1024 * 1024];
        System.arraycopy(TestFiles.png(), 0, big, 0, TestFiles.png().length);
        s.upload(page, "IDENTITY_DOCUMENT", "big.png", big).then().statusCode(200)
                .body(containsString("smaller than 10 MB"));
        s.upload(page, "IDENTITY_DOCUMENT", "locked.pdf", TestFiles.encryptedPdf()).then().statusCode(200)
                .body(containsString("password protected"));
        s.upload(page, "IDENTITY_DOCUMENT", "../../etc/<b>x</b>.png", TestFiles.png()).then().statusCode(303);
        s.get(page).then().body(not(containsString("<b>x</b>"))).body(not(containsString("../")));
        for (int i = 1; i < 10; i++) {
            s.upload(page, "OTHER", "scan" + i + ".pdf", TestFiles.plainPdf()).then().statusCode(303);
        }
        s.upload(page, "OTHER", "eleventh.pdf", TestFiles.plainPdf()).then().statusCode(200)
                .body(containsString("at most 10 documents"));
        QuarkusTransaction.requiringNew().run(() -> assertEquals(10L,
                ApplicationDocument.count("applicationId", id)));
    }

    @Test
    @TestSecurity(user = "applicant", roles = "applicant")
    void hostileFilesAreRefusedWithTheirOwnMessagesAndStoreNothing() {
        FormSession s = new FormSession();
        long id = start(s, "FORMATION", "person");
        String page = step(id, "documents");
        s.upload(page, "IDENTITY_DOCUMENT", "passport.pdf", TestFiles.pdfHtmlPolyglot()).then().statusCode(200)
                .body(containsString("The PDF file is damaged or not a real PDF"));
        s.upload(page, "IDENTITY_DOCUMENT", "passport.pdf", TestFiles.pdfWithDocumentJavaScript()).then()
                .statusCode(200).body(containsString("The PDF contains active content. Print it to PDF again"));
        s.upload(page, "IDENTITY_DOCUMENT", "passport.pdf", TestFiles.pdfWithOpenActionJavaScript()).then()
                .statusCode(200).body(containsString("The PDF contains active content"));
        s.upload(page, "IDENTITY_DOCUMENT", "passport.png", TestFiles.pngDeclaring(50_000, 50_000)).then()
                .statusCode(200).body(containsString("The image is too large: at most 12,000 pixels a side"));
        s.upload(page, "IDENTITY_DOCUMENT", "passport.jpg", TestFiles.jpegDeclaring(50_000, 50_000)).then()
                .statusCode(200).body(containsString("The image is too large"));
        s.cookies().put("_renarde_locale", "ru");
        s.upload(page, "IDENTITY_DOCUMENT", "passport.pdf", TestFiles.pdfWithDocumentJavaScript()).then()
                .statusCode(200).body(containsString("PDF-файл содержит активное содержимое"));
        QuarkusTransaction.requiringNew().run(() -> assertEquals(0L,
                ApplicationDocument.count("applicationId", id)));
    }

    @Test
    @TestSecurity(user = "applicant", roles = "applicant")
    void theFormsSpeakKazakhAndRussian() {
        FormSession s = new FormSession();
        long id = start(s, "FORMATION", "person");
        given().cookies(s.cookies()).cookie("_renarde_locale", "kk").get(step(id, "person")).then()
                .body(containsString("Сіздің жеке деректеріңіз"));
        given().cookies(s.cookies()).cookie("_renarde_locale", "ru").get(step(id, "stay")).then()
                .body(containsString("Ваше пребывание в Казахстане"));
    }

    @Test
    @TestSecurity(user = "applicant", roles = "applicant")
    void aDraftCanBeResumedAndDeleted() {
        FormSession s = new FormSession();
        long id = start(s, "FORMATION", "person");
        s.post(step(id, "person"), step(id, "person"), person()).then().statusCode(303);
        s.get("/applications/" + id).then().statusCode(200)
                .body(containsString("href=\"/apply/" + id + "/document\""));
        s.get(step(id, "person")).then().body(containsString("value=\"O&#39;BRIEN-SMITH\""));
        s.post("/applications/" + id, "/applications/" + id + "/delete", Map.of()).then().statusCode(303);
        s.get("/applications/" + id).then().statusCode(404);
    }

    @Test
    @TestSecurity(user = "applicant", roles = "applicant")
    void postingWithoutTheCsrfTokenIsRejected() {
        FormSession s = new FormSession();
        s.get("/apply");
        given().cookies(s.cookies()).redirects().follow(false).formParam("service", "FORMATION").post("/apply/start")
                .then().statusCode(400);
        long id = start(s, "FORMATION", "person");
        given().cookies(s.cookies()).redirects().follow(false).multiPart("kind", "OTHER")
                .multiPart("file", "x.png", TestFiles.png(), "image/png").post(step(id, "documents"))
                .then().statusCode(400);
    }

    static long start(FormSession s, String service, String firstStep) {
        String location = s.post("/apply", "/apply/start", Map.of("service", service)).then().statusCode(303)
                .extract().header("Location");
        Matcher m = DRAFT.matcher(location);
        assertTrue(m.find(), location);
        assertEquals(firstStep, m.group(2));
        return Long.parseLong(m.group(1));
    }

    static String step(long id, String step) {
        return "/apply/" + id + "/" + step;
    }

    public static Map<String, String> person() {
        Map<String, String> person = new HashMap<>(Map.of("familyName", "o'brien-smith", "givenNames", "Anna Maria",
                "familyNameCyrillic", "О'Брайен", "sex", "FEMALE", "citizenship", "IE", "placeOfBirth",
                "Dublin, Ireland"));
        person.putAll(DateFields.typed("birthDate", "27", "3", "1990"));
        return Map.copyOf(person);
    }

    public static Map<String, String> document() {
        Map<String, String> document = new HashMap<>(Map.of("documentType", "PASSPORT", "documentNumber",
                "PA1234567", "documentCountry", "IE"));
        document.putAll(DateFields.typed("documentIssueDate", "10", "1", "2022"));
        document.putAll(DateFields.of("documentExpiryDate", Kazakhstan.today().plusYears(5)));
        return Map.copyOf(document);
    }

    public static Map<String, String> stay() {
        return Map.of("address", "Abay Ave 10, apt 5", "region", "ALMATY_CITY", "email", "anna@example.ie",
                "phone", "+7 701 123-45-67");
    }

    private static int count(String text, String part) {
        int n = 0;
        for (int i = text.indexOf(part); i >= 0; i = text.indexOf(part, i + 1)) {
            n++;
        }
        assertNotNull(part);
        return n;
    }
}
