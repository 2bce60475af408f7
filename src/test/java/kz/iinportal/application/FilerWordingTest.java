package kz.iinportal.application;

import static kz.iinportal.application.ApplyJourneyTest.document;
import static kz.iinportal.application.ApplyJourneyTest.person;
import static kz.iinportal.application.ApplyJourneyTest.start;
import static kz.iinportal.application.ApplyJourneyTest.stay;
import static kz.iinportal.application.ApplyJourneyTest.step;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import kz.iinportal.documents.TestFiles;
import kz.iinportal.notice.Notice;
import kz.iinportal.testsupport.Bundles;
import kz.iinportal.testsupport.DateFields;
import kz.iinportal.testsupport.FormSession;
import kz.iinportal.web.Kazakhstan;

/**
 * Each filer reads words meant for them on every step, in kk, ru and en: the applicant of their own application, a
 * representative and front-office staff of the applicant's. At a service centre the e-mail address may be left out:
 * the walk-in reaches the confirmation and the receipt tells them how to follow the case; online it is still required.
 */
@QuarkusTest
class FilerWordingTest {

    private static final List<String> LANGUAGES = List.of("kk", "ru", "en");

    /** The same words written out, so that the test does not only trust the voice it checks. */
    private static final Map<String, String> PERSON_TITLE = Map.of(
            "en/SELF", "Your personal details", "en/OTHER", "The applicant&#39;s personal details",
            "ru/SELF", "Ваши личные данные", "ru/OTHER", "Личные данные заявителя",
            "kk/SELF", "Сіздің жеке деректеріңіз", "kk/OTHER", "Өтініш берушінің жеке деректері");
    private static final Map<String, String> EMAIL_REQUIRED = Map.of(
            "en/SELF", "Enter your email address", "en/OTHER", "Enter the applicant&#39;s email address",
            "ru/SELF", "Введите адрес электронной почты", "ru/OTHER", "Введите адрес электронной почты заявителя",
            "kk/SELF", "Электрондық пошта мекенжайын енгізіңіз",
            "kk/OTHER", "Өтініш берушінің электрондық пошта мекенжайын енгізіңіз");

    @Test
    @TestSecurity(user = "applicant", roles = "applicant")
    void theApplicantReadsOfTheirOwnApplication() {
        for (String language : LANGUAGES) {
            walk(language, Voice.SELF);
        }
    }

    @Test
    @TestSecurity(user = "representative", roles = "representative")
    void aRepresentativeReadsOfTheApplicant() {
        for (String language : LANGUAGES) {
            walk(language, Voice.REPRESENTATIVE);
        }
    }

    @Test
    @TestSecurity(user = "frontoffice", roles = "frontoffice")
    void frontOfficeStaffReadOfTheApplicantAndAWalkInNeedsNoEmail() {
        for (String language : LANGUAGES) {
            walk(language, Voice.CENTRE);
        }
    }

    @Test
    @TestSecurity(user = "representative", roles = "representative")
    void aRepresentativeDeletingADraftIsToldInTheirWords() {
        for (String language : LANGUAGES) {
            FormSession s = new FormSession(language);
            long id = start(s, "FORMATION", "authority");
            s.post("/applications/" + id, "/applications/" + id + "/delete", Map.of()).then().statusCode(303);
            String list = s.get("/applications").then().statusCode(200).extract().asString();
            assertTrue(list.contains(Bundles.message(language, "applications.deleted.forOther")), language);
        }
    }

    private void walk(String language, Voice voice) {
        FormSession s = new FormSession(language);
        String start = s.get("/apply").then().statusCode(200).extract().asString();
        assertOwnWords(start, language, voice, "apply.start.title");
        assertTrue(start.contains("<h1 class=\"fieldset__heading\">" + words(language, voice, "apply.start.title")
                + "</h1>"), "the question is the page's heading");

        long id = start(s, "FORMATION", voice == Voice.REPRESENTATIVE ? "authority" : "person");
        if (voice == Voice.REPRESENTATIVE) {
            Map<String, String> authority = new HashMap<>(Map.of("authorityKind", "POWER_OF_ATTORNEY",
                    "authorityNumber", "N-123/2026", "noticeRecipients", "BOTH"));
            authority.putAll(DateFields.typed("authorityDate", "15", "1", "2026"));
            authority.putAll(DateFields.of("authorityValidUntil", Kazakhstan.today().plusYears(1)));
            s.post(step(id, "authority"), step(id, "authority"), authority).then().statusCode(303);
        }

        String person = s.post(step(id, "person"), step(id, "person"), Map.of()).then().statusCode(200).extract()
                .asString();
        assertOwnWords(person, language, voice, "apply.person.title", "apply.mrz.label", "apply.person.latinHint",
                "apply.error.familyName.required", "apply.error.sex.required", "apply.error.placeOfBirth.required");
        assertTrue(person.contains(PERSON_TITLE.get(language + "/" + (voice == Voice.SELF ? "SELF" : "OTHER"))));
        s.post(step(id, "person"), step(id, "person"), person()).then().statusCode(303);

        String documentStep = s.post(step(id, "document"), step(id, "document"), Map.of()).then().statusCode(200)
                .extract().asString();
        assertOwnWords(documentStep, language, voice, "apply.document.title", "apply.error.documentType.required");
        s.post(step(id, "document"), step(id, "document"), document()).then().statusCode(303);

        String stayStep = s.get(step(id, "stay")).then().statusCode(200).extract().asString();
        assertOwnWords(stayStep, language, voice, "apply.stay.title", "apply.stay.regionHint", "apply.stay.email",
                "apply.stay.emailHint");
        Map<String, String> withoutEmail = new HashMap<>(stay());
        withoutEmail.remove("email");
        if (voice == Voice.CENTRE) {
            s.post(step(id, "stay"), step(id, "stay"), withoutEmail).then().statusCode(303);
        } else {
            String refused = s.post(step(id, "stay"), step(id, "stay"), withoutEmail).then().statusCode(200)
                    .extract().asString();
            assertOwnWords(refused, language, voice, "apply.error.email.required");
            assertTrue(refused.contains(EMAIL_REQUIRED.get(language + "/" + (voice == Voice.SELF ? "SELF" : "OTHER"))));
            assertTrue(refused.contains("value=\"Abay Ave 10, apt 5\""), "what was typed is kept");
            QuarkusTransaction.requiringNew().run(() -> assertNull(Application.<Application>findById(id).address,
                    "online, a stay without e-mail changes nothing"));
            s.post(step(id, "stay"), step(id, "stay"), stay()).then().statusCode(303);
        }

        String documents = s.get(step(id, "documents")).then().statusCode(200).extract().asString();
        assertOwnWords(documents, language, voice, "apply.documents.title");
        s.upload(step(id, "documents"), "IDENTITY_DOCUMENT", "passport.png", TestFiles.png()).then().statusCode(303);
        if (voice == Voice.REPRESENTATIVE) {
            s.upload(step(id, "documents"), "AUTHORITY", "poa.pdf", TestFiles.plainPdf()).then().statusCode(303);
        }

        String check = s.post(step(id, "check"), step(id, "check"), Map.of()).then().statusCode(200).extract()
                .asString();
        assertOwnWords(check, language, voice, "apply.check.title", "apply.check.declarationTitle",
                "apply.check.declaration", "apply.check.consent", "apply.error.consent.required",
                "apply.document.title");
        if (voice == Voice.CENTRE) {
            assertTrue(check.contains(Bundles.message(language, "apply.check.noEmail")));
        }
        s.post(step(id, "check"), step(id, "check"), Map.of("declaration", "yes", "consent", "yes")).then()
                .statusCode(303);

        String confirmation = s.get(step(id, "confirmation")).then().statusCode(200).extract().asString();
        assertOwnWords(confirmation, language, voice, "apply.confirmation.reference", "apply.confirmation.next",
                "apply.confirmation.followLink");
        String detail = s.get("/applications/" + id).then().statusCode(200).extract().asString();
        assertOwnWords(detail, language, voice, "apply.confirmation.next");
        if (voice == Voice.CENTRE) {
            for (String key : List.of("apply.receipt.followTitle", "apply.receipt.follow", "apply.receipt.noEmail",
                    "apply.receipt.due", "apply.receipt.print")) {
                assertTrue(confirmation.contains(Bundles.message(language, key)), key + " on the receipt");
            }
            assertTrue(detail.contains(Bundles.message(language, "notices.noAddress")));
            QuarkusTransaction.requiringNew().run(() -> {
                Application app = Application.findById(id);
                assertEquals(ApplicationStatus.SUBMITTED, app.status, "a walk-in without e-mail is submitted");
                assertNull(app.email);
                assertEquals(0L, Notice.count("applicationId", id), "no address, no notice");
            });
        } else {
            assertFalse(confirmation.contains(Bundles.message(language, "apply.receipt.followTitle")));
            QuarkusTransaction.requiringNew().run(() -> assertTrue(Notice.count("applicationId", id) > 0));
        }
    }

    private static String words(String language, Voice voice, String key) {
        return Bundles.message(language, voice.key(key));
    }

    /**
     * The page has the voice's words for each key, and not those of another voice (unless they are part of its own,
     * as the Russian "Электронная почта" is of "Электронная почта заявителя").
     */
    private static void assertOwnWords(String page, String language, Voice voice, String... keys) {
        for (String key : keys) {
            String own = words(language, voice, key);
            assertTrue(page.contains(own), language + " " + voice + " reads " + key + ": " + own);
            for (Voice other : Voice.values()) {
                String theirs = words(language, other, key);
                if (!own.contains(theirs)) {
                    assertFalse(page.contains(theirs), language + " " + voice + " does not read " + other + "'s "
                            + key + ": " + theirs);
                }
            }
        }
    }
}
