package kz.iinportal.audit;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.response.Response;
import kz.iinportal.signing.PortalKey;
import kz.iinportal.testsupport.FormSession;

/**
 * The supervisor's audit page shows the last checkpoint and whether both chains still match it, and writes one on
 * demand — a POST as the page's form sends it, recorded in the administration audit; nobody else may.
 */
@QuarkusTest
class CheckpointOverHttpTest {

    static final String PAGE = "/supervisor/audit";
    static final String ACTION = "/supervisor/audit/checkpoint";

    @Inject
    Checkpoints checkpoints;

    @Inject
    PortalKey key;

    @Test
    @TestSecurity(user = "checkpoint-supervisor", roles = "supervisor")
    void theSupervisorWritesACheckpointThePageShowsItAndTheAdministrationAuditRecordsIt() throws IOException {
        int lines = lines();
        long events = events();
        FormSession browser = new FormSession();
        browser.post(PAGE, ACTION, Map.of()).then().statusCode(303);
        assertEquals(lines + 1, lines());
        CheckpointLine line = CheckpointLine.parse(Checkpoints.lastLine(checkpoints.file()).orElseThrow())
                .orElseThrow();
        assertEquals(events + 1, events());
        AdminEvent event = QuarkusTransaction.requiringNew()
                .call(() -> AdminEvent.about(List.of(AdminEventKind.CHECKPOINT_WRITTEN), "checkpoint " + line.n()))
                .get(0);
        assertEquals("checkpoint-supervisor", event.actor);
        assertEquals("cases " + line.casesSeq() + ", admin " + line.adminSeq(), event.toValue);

        String page = browser.get(PAGE).then().statusCode(200).extract().asString();
        assertTrue(page.contains("Checkpoint " + line.n() + " written."), page);
        assertTrue(page.contains("Last checkpoint " + line.n() + ":"), page);
        assertTrue(page.contains("Case audit chain " + line.casesSeq() + ", Administration chain " + line.adminSeq()),
                page);
        assertTrue(page.contains("Both chains still match the last checkpoint."), page);
        assertTrue(page.contains("Audit checkpoint written"), "the event is in the page's administration list");

        assertTrue(new FormSession("ru").get(PAGE).asString()
                .contains("Обе цепочки совпадают с последней контрольной точкой."));
        assertTrue(new FormSession("kk").get(PAGE).asString()
                .contains("Екі тізбек те соңғы бақылау нүктесімен сәйкес келеді."));
    }

    @Test
    @TestSecurity(user = "checkpoint-supervisor", roles = "supervisor")
    void aPostWithoutTheCsrfTokenWritesNothing() throws IOException {
        int lines = lines();
        long events = events();
        FormSession browser = new FormSession();
        browser.get(PAGE).then().statusCode(200);
        given().cookies(browser.cookies()).redirects().follow(false).contentType("application/x-www-form-urlencoded")
                .post(ACTION).then().statusCode(400);
        given().cookies(browser.cookies()).redirects().follow(false).formParam("csrf-token", "forged").post(ACTION)
                .then().statusCode(400);
        assertEquals(lines, lines());
        assertEquals(events, events());
    }

    @Test
    @TestSecurity(user = "checkpoint-operator", roles = "operator")
    void anOperatorMayNeitherSeeNorWrite() throws IOException {
        refused();
    }

    @Test
    @TestSecurity(user = "checkpoint-applicant", roles = "applicant")
    void anApplicantMayNeitherSeeNorWrite() throws IOException {
        refused();
    }

    @Test
    @TestSecurity(user = "checkpoint-frontoffice", roles = "frontoffice")
    void theFrontOfficeMayNeitherSeeNorWrite() throws IOException {
        refused();
    }

    @Test
    @TestSecurity(user = "checkpoint-supervisor", roles = "supervisor")
    void thePageSaysWhenTheChainsNoLongerMatchOrTheLastLineIsDamaged() throws IOException {
        new FormSession().post(PAGE, ACTION, Map.of()).then().statusCode(303);
        Path file = checkpoints.file();
        byte[] good = Files.readAllBytes(file);
        CheckpointLine last = CheckpointLine.parse(Checkpoints.lastLine(file).orElseThrow()).orElseThrow();
        try {
            // Signed with the portal's key, but the position's hash is not the one on the chain: what the page shows
            // when the chain was rewritten after the checkpoint was taken.
            String wrong = "f".repeat(64);
            byte[] signed = CheckpointLine.signedBytes(last.n() + 1, last.at(), key.keyId(), last.casesSeq(), wrong,
                    last.adminSeq(), last.adminHash(), last.hash());
            CheckpointLine forged = new CheckpointLine(last.n() + 1, last.at(), key.keyId(), last.casesSeq(), wrong,
                    last.adminSeq(), last.adminHash(), last.hash(), key.signLine(signed));
            append(file, forged.text());
            String page = new FormSession().get(PAGE).then().statusCode(200).extract().asString();
            assertTrue(page.contains("A chain no longer matches the last checkpoint"), page);
            assertFalse(page.contains("Both chains still match"), page);
            assertTrue(new FormSession("ru").get(PAGE).asString().contains("Цепочка не совпадает"));
            assertTrue(new FormSession("kk").get(PAGE).asString().contains("Тізбек соңғы бақылау нүктесімен"));

            append(file, "{\"v\":1,\"n\":");
            page = new FormSession().get(PAGE).then().statusCode(200).extract().asString();
            assertTrue(page.contains("The last checkpoint cannot be trusted."), page);
            assertTrue(page.contains("The line is not a checkpoint: it was edited or cut short."), page);

            // No line is linked to a damaged one: the supervisor is told, nothing is written or recorded.
            long events = events();
            byte[] damaged = Files.readAllBytes(file);
            FormSession browser = new FormSession();
            browser.post(PAGE, ACTION, Map.of()).then().statusCode(303);
            assertTrue(Arrays.equals(damaged, Files.readAllBytes(file)));
            assertEquals(events, events());
            assertTrue(browser.get(PAGE).asString().contains("No checkpoint was written: the last line"));
        } finally {
            Files.write(file, good);
        }
        new FormSession().post(PAGE, ACTION, Map.of()).then().statusCode(303);
        assertTrue(new FormSession().get(PAGE).asString().contains("Both chains still match the last checkpoint."));
    }

    @Test
    @TestSecurity(user = "checkpoint-nobody", roles = {})
    void someoneWithoutARoleMayNeitherSeeNorWrite() throws IOException {
        refused();
    }

    @Test
    void anonymousIsSentToSignInAndNothingIsWritten() throws IOException {
        int lines = lines();
        long events = events();
        assertEquals(302, new FormSession().get(PAGE).statusCode());
        assertEquals(302, new FormSession().post("/", ACTION, Map.of()).statusCode());
        assertEquals(lines, lines());
        assertEquals(events, events());
    }

    private void refused() throws IOException {
        int lines = lines();
        long events = events();
        assertEquals(403, new FormSession().get(PAGE).statusCode());
        // with the token of a page the role may open, as a forged form on it would send
        Response posted = new FormSession().post("/", ACTION, Map.of());
        assertEquals(403, posted.statusCode(), posted.asString());
        assertEquals(lines, lines());
        assertEquals(events, events());
    }

    private int lines() throws IOException {
        Path file = checkpoints.file();
        return Files.exists(file) ? Files.readAllLines(file, StandardCharsets.UTF_8).size() : 0;
    }

    private static long events() {
        return QuarkusTransaction.requiringNew()
                .call(() -> AdminEvent.count("kind", AdminEventKind.CHECKPOINT_WRITTEN));
    }

    private static void append(Path file, String line) throws IOException {
        Files.writeString(file, line + "\n", StandardCharsets.UTF_8, StandardOpenOption.APPEND);
    }
}
