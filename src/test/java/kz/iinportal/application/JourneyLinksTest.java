package kz.iinportal.application;

import static kz.iinportal.application.ApplyJourneyTest.document;
import static kz.iinportal.application.ApplyJourneyTest.person;
import static kz.iinportal.application.ApplyJourneyTest.start;
import static kz.iinportal.application.ApplyJourneyTest.stay;
import static kz.iinportal.application.ApplyJourneyTest.step;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import kz.iinportal.documents.TestFiles;
import kz.iinportal.testsupport.Bundles;
import kz.iinportal.testsupport.FormSession;
import kz.iinportal.web.Kazakhstan;

/**
 * Back goes to the step before, for each filer and service (the service question of the draft before the first
 * step, the draft's page before that); the check page changes the service; every error summary links to an element
 * that is on its page.
 */
@QuarkusTest
class JourneyLinksTest {

    private static final Pattern BACK = Pattern.compile("class=\"back-link\" href=\"([^\"]+)\"");
    private static final Pattern SUMMARY = Pattern.compile("<div class=\"error-summary\".*?</div>", Pattern.DOTALL);
    private static final Pattern SUMMARY_LINK = Pattern.compile("href=\"#([^\"]+)\"");

    @Test
    @TestSecurity(user = "applicant", roles = "applicant")
    void anApplicantsFormationGoesBackStepByStep() {
        FormSession s = new FormSession();
        long id = start(s, "FORMATION", "person");
        assertBackLinks(s, id, List.of("service", "person", "document", "stay", "documents", "check"));
    }

    @Test
    @TestSecurity(user = "applicant", roles = "applicant")
    void anApplicantsCorrectionGoesBackThroughTheCorrectionStep() {
        FormSession s = new FormSession();
        long id = start(s, "CORRECTION", "correction");
        assertBackLinks(s, id, List.of("service", "correction", "person", "document", "stay", "documents", "check"));
    }

    @Test
    @TestSecurity(user = "representative", roles = "representative")
    void aRepresentativeGoesBackThroughTheAuthorityStep() {
        FormSession s = new FormSession();
        long formation = start(s, "FORMATION", "authority");
        assertBackLinks(s, formation, List.of("service", "authority", "person", "document", "stay", "documents",
                "check"));
        long correction = start(s, "CORRECTION", "authority");
        assertBackLinks(s, correction, List.of("service", "authority", "correction", "person", "document", "stay",
                "documents", "check"));
    }

    @Test
    @TestSecurity(user = "frontoffice", roles = "frontoffice")
    void frontOfficeGoesBackToTheServiceQuestion() {
        FormSession s = new FormSession();
        long id = start(s, "FORMATION", "person");
        assertBackLinks(s, id, List.of("service", "person", "document", "stay", "documents", "check"));
    }

    /**
     * Changing the service from the check page: a correction that becomes a formation loses its IIN to correct and
     * goes back to the check page; a formation that becomes a correction asks for the IIN next.
     */
    @Test
    @TestSecurity(user = "applicant", roles = "applicant")
    void theCheckPageChangesTheService() {
        FormSession s = new FormSession("kk");
        long id = start(s, "CORRECTION", "correction");
        s.post(step(id, "correction"), step(id, "correction"),
                Map.of("currentIin", "900101300811", "correctionReason", "NAME")).then().statusCode(303);
        complete(s, id);
        s.upload(step(id, "documents"), "CORRECTION_PROOF", "proof.pdf", TestFiles.plainPdf()).then().statusCode(303);
        String check = s.get(step(id, "check")).then().statusCode(200).extract().asString();
        assertTrue(check.contains("href=\"/apply/" + id + "/service\""), "a Change link for the service");
        String service = s.get(step(id, "service")).then().statusCode(200).extract().asString();
        assertTrue(service.contains("value=\"CORRECTION\" checked"), "the draft's service is chosen");
        assertTrue(service.contains(Bundles.message("kk", "apply.service.change")));

        s.post(step(id, "service"), step(id, "service"), Map.of("service", "FORMATION")).then().statusCode(303)
                .header("Location", endsWith(step(id, "check")));
        QuarkusTransaction.requiringNew().run(() -> {
            Application app = Application.findById(id);
            assertEquals(Service.FORMATION, app.service);
            assertNull(app.currentIin, "a formation names no IIN to correct");
            assertNull(app.correctionReason);
            assertEquals("O'BRIEN-SMITH", app.familyName, "the other answers stay");
        });
        s.get(step(id, "check")).then().body(containsString("proof.pdf"));

        s.post(step(id, "service"), step(id, "service"), Map.of("service", "CORRECTION")).then().statusCode(303)
                .header("Location", endsWith(step(id, "correction")));
        s.post(step(id, "service"), step(id, "service"), Map.of("service", "CORRECTION")).then().statusCode(303)
                .header("Location", endsWith(step(id, "correction")));
    }

    @Test
    @TestSecurity(user = "applicant", roles = "applicant")
    void aServiceThatIsNoServiceChangesNothing() {
        for (String language : List.of("kk", "ru", "en")) {
            FormSession s = new FormSession(language);
            long id = start(s, "FORMATION", "person");
            for (Map<String, String> sent : List.of(Map.<String, String>of(), Map.of("service", "BOGUS"))) {
                String page = s.post(step(id, "service"), step(id, "service"), sent).then().statusCode(200)
                        .extract().asString();
                assertTrue(page.contains(Bundles.message(language, "apply.error.service.required")), language);
                assertTrue(page.contains("<title>" + Bundles.message(language, "form.error.prefix")), language);
                assertAnchorsExist(page);
            }
            QuarkusTransaction.requiringNew().run(() -> assertEquals(Service.FORMATION,
                    Application.<Application>findById(id).service));
        }
    }

    @Test
    @TestSecurity(user = "applicant", roles = "applicant")
    void theServiceOfASubmittedApplicationCannotChange() {
        FormSession s = new FormSession();
        long id = start(s, "FORMATION", "person");
        complete(s, id);
        s.post(step(id, "check"), step(id, "check"), Map.of("declaration", "yes", "consent", "yes")).then()
                .statusCode(303);
        s.send(step(id, "service"), Map.of("service", "CORRECTION")).then().statusCode(303)
                .header("Location", endsWith("/applications/" + id));
        s.get(step(id, "service")).then().statusCode(303);
        QuarkusTransaction.requiringNew().run(() -> {
            Application app = Application.findById(id);
            assertEquals(Service.FORMATION, app.service);
            assertEquals(ApplicationStatus.SUBMITTED, app.status);
        });
    }

    /** Every error summary the journey can show, for the three filers: each link's target is on the page. */
    @Test
    @TestSecurity(user = "applicant", roles = "applicant")
    void theApplicantsErrorSummariesLinkToTheirFields() {
        FormSession s = new FormSession();
        assertAnchorsExist(s.post("/apply", "/apply/start", Map.of()).then().statusCode(200).extract().asString());
        long id = start(s, "CORRECTION", "correction");
        assertEveryStepsSummaryLinksHome(s, id, List.of("correction"));
        // the check page of an empty draft: every step is missing, declaration and consent too
        String check = s.post(step(id, "check"), step(id, "check"), Map.of()).then().statusCode(200).extract()
                .asString();
        assertEquals(List.of("correction", "person", "document", "stay", "documents", "declaration", "consent"),
                anchors(check));
        assertAnchorsExist(check);
        // the document expired since it was entered
        complete(s, id);
        QuarkusTransaction.requiringNew()
                .run(() -> Application.<Application>findById(id).documentExpiryDate = Kazakhstan
                        .today().minusDays(1));
        String expired = s.post(step(id, "check"), step(id, "check"), Map.of()).then().statusCode(200).extract()
                .asString();
        assertTrue(anchors(expired).contains("document"), expired);
        assertAnchorsExist(expired);
    }

    @Test
    @TestSecurity(user = "representative", roles = "representative")
    void theRepresentativesErrorSummariesLinkToTheirFields() {
        FormSession s = new FormSession("ru");
        long id = start(s, "CORRECTION", "authority");
        assertEveryStepsSummaryLinksHome(s, id, List.of("authority", "correction"));
        String check = s.post(step(id, "check"), step(id, "check"), Map.of()).then().statusCode(200).extract()
                .asString();
        assertEquals("authority", anchors(check).get(0));
        assertAnchorsExist(check);
    }

    @Test
    @TestSecurity(user = "frontoffice", roles = "frontoffice")
    void frontOfficesErrorSummariesLinkToTheirFields() {
        FormSession s = new FormSession("kk");
        assertAnchorsExist(s.post("/apply", "/apply/start", Map.of("service", "X")).then().statusCode(200).extract()
                .asString());
        long id = start(s, "FORMATION", "person");
        assertEveryStepsSummaryLinksHome(s, id, List.of());
        assertAnchorsExist(s.post(step(id, "check"), step(id, "check"), Map.of()).then().statusCode(200).extract()
                .asString());
    }

    /** The errors of the service question, the given steps and the common ones, sent empty or wrong. */
    private static void assertEveryStepsSummaryLinksHome(FormSession s, long id, List<String> ownSteps) {
        List<String> steps = new ArrayList<>(List.of("service"));
        steps.addAll(ownSteps);
        steps.addAll(List.of("person", "document", "stay"));
        for (String step : steps) {
            String page = s.post(step(id, step), step(id, step), Map.of()).then().statusCode(200).extract()
                    .asString();
            assertTrue(anchors(page).size() >= 1, step);
            assertAnchorsExist(page);
        }
        Map<String, String> wrongZone = new LinkedHashMap<>(person());
        wrongZone.put("mrz",
                "P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<\nL898902C36UTO7408122F1204159ZE184226B<<<<<19");
        assertAnchorsExist(s.post(step(id, "person"), step(id, "person"), wrongZone).then().statusCode(200).extract()
                .asString());
        assertAnchorsExist(s.post(step(id, "person"), step(id, "person") + "/mrz", Map.of("mrz", "NOT A ZONE"))
                .then().statusCode(200).extract().asString());
        assertAnchorsExist(s.upload(step(id, "documents"), "", "passport.png", TestFiles.png()).then()
                .statusCode(200).extract().asString());
        assertAnchorsExist(s.upload(step(id, "documents"), "OTHER", "x.pdf", new byte[] { 0x7f, 'E', 'L', 'F' })
                .then().statusCode(200).extract().asString());
    }

    private static void complete(FormSession s, long id) {
        s.post(step(id, "person"), step(id, "person"), person()).then().statusCode(303);
        s.post(step(id, "document"), step(id, "document"), document()).then().statusCode(303);
        s.post(step(id, "stay"), step(id, "stay"), stay()).then().statusCode(303);
        s.upload(step(id, "documents"), "IDENTITY_DOCUMENT", "passport.png", TestFiles.png()).then().statusCode(303);
    }

    /** Each step's page, in the journey's order, links Back to the one before; the first to the draft's page. */
    private static void assertBackLinks(FormSession s, long id, List<String> steps) {
        String before = "/applications/" + id;
        for (String step : steps) {
            String page = s.get(step(id, step)).then().statusCode(200).extract().asString();
            Matcher back = BACK.matcher(page);
            assertTrue(back.find(), step + " has a Back link");
            assertEquals(before, back.group(1), "Back from " + step);
            before = step(id, step);
        }
    }

    private static List<String> anchors(String page) {
        Matcher summary = SUMMARY.matcher(page);
        assertTrue(summary.find(), "an error summary");
        return SUMMARY_LINK.matcher(summary.group()).results().map(r -> r.group(1)).toList();
    }

    private static void assertAnchorsExist(String page) {
        List<String> anchors = anchors(page);
        assertTrue(!anchors.isEmpty(), "the summary links to the problems");
        for (String anchor : anchors) {
            assertTrue(page.contains("id=\"" + anchor + "\""), "#" + anchor + " is on the page");
        }
    }
}
