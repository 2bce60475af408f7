package kz.iinportal.audit;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.OffsetDateTime;

import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

import io.agroal.api.AgroalDataSource;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import kz.iinportal.application.Application;
import kz.iinportal.application.ApplicationEvent;
import kz.iinportal.application.ApplicationStatus;
import kz.iinportal.application.EventDetail;
import kz.iinportal.application.EventKind;
import kz.iinportal.testsupport.TestCases;

/**
 * The audit log is append-only for the portal's own database role, hash-chained, and the chain check names the
 * first event changed or removed behind the portal's back.
 */
@QuarkusTest
class AuditChainTest {

    @Inject
    AgroalDataSource dataSource;

    @ConfigProperty(name = "quarkus.datasource.jdbc.url")
    String url;

    @ConfigProperty(name = "quarkus.flyway.username")
    String owner;

    @ConfigProperty(name = "quarkus.flyway.password")
    String ownerPassword;

    /** The schema owner's connection: what someone with the owner's rights could do behind the portal's back. */
    private Connection asOwner() throws SQLException {
        return DriverManager.getConnection(url, owner, ownerPassword);
    }

    @Test
    void eventsAreChainedInOrderAndTheChainVerifies() throws SQLException {
        long id = caseWithEvents("chain-a");
        try (Connection c = dataSource.getConnection();
                PreparedStatement q = c.prepareStatement(
                        "SELECT seq, prev_hash, hash FROM application_event WHERE application_id = ? ORDER BY seq")) {
            q.setLong(1, id);
            try (ResultSet rs = q.executeQuery()) {
                assertTrue(rs.next());
                String hash = rs.getString("hash");
                long seq = rs.getLong("seq");
                assertTrue(rs.next(), "two events");
                assertEquals(seq + 1, rs.getLong("seq"), "nothing else was written in between");
                assertEquals(hash, rs.getString("prev_hash"), "each event points at the one before it");
            }
            AuditChain.Report report = AuditChain.verify(c);
            assertTrue(report.intact(), () -> "broken: " + report.firstBroken());
            assertTrue(report.checked() >= 2);
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        assertEquals(0, AuditChainCheck.run(url, "iin", "iin", new PrintStream(out, true, StandardCharsets.UTF_8)));
        assertTrue(out.toString(StandardCharsets.UTF_8).startsWith("Audit chain intact"));
    }

    @Test
    void thePortalsDatabaseRoleCannotChangeOrDeleteEvents() throws SQLException {
        long id = caseWithEvents("chain-b");
        for (String sql : new String[] {
                "UPDATE application_event SET actor = 'mallory' WHERE application_id = " + id,
                "DELETE FROM application_event WHERE application_id = " + id,
                "TRUNCATE application_event" }) {
            try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
                SQLException refused = assertThrows(SQLException.class, () -> s.executeUpdate(sql), sql);
                assertTrue(refused.getMessage().contains("permission denied"), refused.getMessage());
            }
        }
        // Nor can it switch the protection off, or move the chain's end.
        for (String sql : new String[] {
                "ALTER TABLE application_event DISABLE TRIGGER application_event_no_change",
                "UPDATE audit_chain_head SET seq = seq - 1" }) {
            try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
                SQLException refused = assertThrows(SQLException.class, () -> s.execute(sql), sql);
                assertTrue(refused.getMessage().contains("must be owner")
                        || refused.getMessage().contains("permission denied"), refused.getMessage());
            }
        }
        // Even the owner's plain UPDATE and DELETE are refused by the trigger.
        for (String sql : new String[] {
                "UPDATE application_event SET actor = 'mallory' WHERE application_id = " + id,
                "DELETE FROM application_event WHERE application_id = " + id }) {
            try (Connection c = asOwner(); Statement s = c.createStatement()) {
                SQLException refused = assertThrows(SQLException.class, () -> s.executeUpdate(sql), sql);
                assertTrue(refused.getMessage().contains("append-only"), refused.getMessage());
            }
        }
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT count(*) FROM application_event WHERE actor = 'chain-b'")) {
            rs.next();
            assertEquals(2, rs.getInt(1), "both events still there, unchanged");
        }
    }

    @Test
    void aRowChangedOrRemovedDirectlyInTheDatabaseIsFoundAsTheFirstBrokenLink() throws SQLException {
        long id = caseWithEvents("chain-c");
        long eventId;
        long seq;
        String actor;
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT id, seq, actor FROM application_event WHERE application_id = "
                        + id + " ORDER BY seq LIMIT 1")) {
            rs.next();
            eventId = rs.getLong("id");
            seq = rs.getLong("seq");
            actor = rs.getString("actor");
        }
        // Someone with the schema owner's rights switches the protection off and edits a row.
        behindThePortalsBack("UPDATE application_event SET actor = 'mallory' WHERE id = " + eventId);
        try {
            AuditChain.Report report = verify();
            assertFalse(report.intact());
            assertEquals(seq, report.firstBroken().seq());
            assertEquals(eventId, report.firstBroken().eventId());
            assertEquals(AuditChain.Problem.CONTENT_CHANGED, report.firstBroken().problem());
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            assertEquals(1, AuditChainCheck.run(url, "iin", "iin", new PrintStream(out, true, StandardCharsets.UTF_8)));
            assertTrue(out.toString(StandardCharsets.UTF_8).contains("BROKEN at position " + seq), out.toString());
        } finally {
            behindThePortalsBack("UPDATE application_event SET actor = '" + actor + "' WHERE id = " + eventId);
        }
        assertTrue(verify().intact(), "restoring the original content restores the chain");

        // Removing an event leaves a hole the check names.
        String copy = "CREATE TEMP TABLE removed AS SELECT * FROM application_event WHERE id = " + eventId;
        try (Connection c = asOwner(); Statement s = c.createStatement()) {
            s.execute("ALTER TABLE application_event DISABLE TRIGGER application_event_no_change");
            s.execute("ALTER TABLE application_event DISABLE TRIGGER application_event_chain");
            try {
                s.execute(copy);
                s.execute("DELETE FROM application_event WHERE id = " + eventId);
                AuditChain.Report report = AuditChain.verify(c);
                assertEquals(AuditChain.Problem.MISSING_EVENT, report.firstBroken().problem());
                assertEquals(seq, report.firstBroken().seq());
                s.execute("INSERT INTO application_event SELECT * FROM removed");
            } finally {
                s.execute("ALTER TABLE application_event ENABLE TRIGGER application_event_chain");
                s.execute("ALTER TABLE application_event ENABLE TRIGGER application_event_no_change");
            }
        }
        assertTrue(verify().intact());
    }

    @Test
    @TestSecurity(user = "audit-supervisor", roles = "supervisor")
    void theSupervisorSeesTheLatestEventsAndVerifiesTheChain() {
        caseWithEvents("chain-d");
        given().get("/supervisor/audit").then().statusCode(200)
                .body(containsString("chain-d"))
                .body(containsString("Verify the chain"));
        given().get("/supervisor/audit/verification").then().statusCode(200)
                .body(containsString("The chain is intact."));
        given().get("/supervisor/audit?before=abc").then().statusCode(404);
    }

    @Test
    @TestSecurity(user = "audit-supervisor", roles = "supervisor")
    void detailsInTheOldAndTheStructuredFormVerifyAndReadInTheReadersLanguage() throws SQLException {
        long id = caseWithEvents("chain-e");
        String sha = "b".repeat(64);
        QuarkusTransaction.requiringNew().run(() -> {
            // an event exactly as the portal wrote it before details were structured
            ApplicationEvent old = new ApplicationEvent();
            old.application = Application.findById(id);
            old.at = OffsetDateTime.now();
            old.actor = "chain-e";
            old.actorRole = "operator";
            old.kind = EventKind.DOCUMENT_OPENED;
            old.detail = "document 84 sha256:" + sha;
            old.persist();
        });
        QuarkusTransaction.requiringNew().run(() -> Application.<Application>findById(id).record("chain-e",
                "operator", EventKind.DOCUMENT_OPENED, EventDetail.document(85, "паспорт; скан.pdf", sha)));
        assertTrue(verify().intact());
        given().cookie("_renarde_locale", "ru").get("/supervisor/audit").then().statusCode(200)
                .body(containsString("Документ № 84"))
                .body(containsString("Документ № 85"))
                .body(containsString("Файл: паспорт; скан.pdf"))
                .body(containsString("Отпечаток файла (SHA-256): " + sha))
                .body(not(containsString("sha256:" + sha)));
        given().cookie("_renarde_locale", "kk").get("/supervisor/audit").then().statusCode(200)
                .body(containsString("Құжат № 84"))
                .body(containsString("Құжат № 85"));
    }

    @Test
    @TestSecurity(user = "audit-operator", roles = "operator")
    void operatorsCannotOpenTheAuditLog() {
        given().get("/supervisor/audit").then().statusCode(403);
        given().get("/supervisor/audit/verification").then().statusCode(403);
    }

    private AuditChain.Report verify() throws SQLException {
        try (Connection c = dataSource.getConnection()) {
            return AuditChain.verify(c);
        }
    }

    private void behindThePortalsBack(String sql) throws SQLException {
        try (Connection c = asOwner(); Statement s = c.createStatement()) {
            s.execute("ALTER TABLE application_event DISABLE TRIGGER application_event_no_change");
            try {
                s.executeUpdate(sql);
            } finally {
                s.execute("ALTER TABLE application_event ENABLE TRIGGER application_event_no_change");
            }
        }
    }

    /** A submitted case with two events by the given actor: created, then submitted. */
    static long caseWithEvents(String actor) {
        return QuarkusTransaction.requiringNew().call(() -> {
            Application a = TestCases.application("ZHETYSU");
            a.createdBy = actor;
            a.persist();
            a.record(actor, "applicant", EventKind.CREATED);
            a.submittedAt = OffsetDateTime.now();
            assertNotNull(a.moveTo(ApplicationStatus.SUBMITTED, actor, "applicant", EventKind.SUBMITTED));
            return a.id;
        });
    }
}
