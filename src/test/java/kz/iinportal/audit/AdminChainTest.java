package kz.iinportal.audit;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

import io.agroal.api.AgroalDataSource;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;

/**
 * The administration audit is append-only for the portal's own database role, hash-chained by the database, and its
 * check — in the portal and in bin/verify-audit, beside the case chain's — names the first change made behind the
 * portal's back.
 */
@QuarkusTest
class AdminChainTest {

    @Inject
    AgroalDataSource dataSource;

    @ConfigProperty(name = "quarkus.datasource.jdbc.url")
    String url;

    @ConfigProperty(name = "quarkus.flyway.username")
    String owner;

    @ConfigProperty(name = "quarkus.flyway.password")
    String ownerPassword;

    private Connection asOwner() throws SQLException {
        return DriverManager.getConnection(url, owner, ownerPassword);
    }

    private static long recorded(String subject) {
        return QuarkusTransaction.requiringNew().call(() -> AdminEvent.record("chain-supervisor",
                AdminEventKind.STAFF_WORKPLACE_CHANGED, subject, "body:ASTANA", "body:ALMATY_CITY").id);
    }

    @Test
    void eventsAreChainedAndBothChainsVerify() throws SQLException {
        recorded("chain-a1");
        recorded("chain-a2");
        try (Connection c = dataSource.getConnection()) {
            AuditChain.Report report = AdminChain.verify(c);
            assertTrue(report.intact(), () -> "broken: " + report.firstBroken());
            assertTrue(report.checked() >= 2);
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        assertEquals(0, AuditChainCheck.run(url, "iin", "iin", new PrintStream(out, true, StandardCharsets.UTF_8)));
        String printed = out.toString(StandardCharsets.UTF_8);
        assertTrue(printed.startsWith("Audit chain intact"), printed);
        assertTrue(printed.contains("Administration chain intact"), printed);
    }

    @Test
    void thePortalsDatabaseRoleCanOnlyAddAndRead() throws SQLException {
        long id = recorded("chain-b");
        for (String sql : new String[] {
                "UPDATE admin_event SET actor = 'mallory' WHERE id = " + id,
                "DELETE FROM admin_event WHERE id = " + id,
                "TRUNCATE admin_event",
                "UPDATE admin_chain_head SET seq = seq - 1",
                "ALTER TABLE admin_event DISABLE TRIGGER admin_event_no_change" }) {
            try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
                SQLException refused = assertThrows(SQLException.class, () -> s.execute(sql), sql);
                assertTrue(refused.getMessage().contains("permission denied")
                        || refused.getMessage().contains("must be owner"), refused.getMessage());
            }
        }
        try (Connection c = asOwner(); Statement s = c.createStatement()) {
            SQLException refused = assertThrows(SQLException.class,
                    () -> s.executeUpdate("UPDATE admin_event SET actor = 'mallory' WHERE id = " + id));
            assertTrue(refused.getMessage().contains("append-only"), refused.getMessage());
        }
    }

    @Test
    void aRowChangedDirectlyInTheDatabaseIsTheFirstBrokenLink() throws SQLException {
        long id = recorded("chain-c");
        long seq;
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT seq FROM admin_event WHERE id = " + id)) {
            rs.next();
            seq = rs.getLong(1);
        }
        // Someone with the schema owner's rights switches the protection off and makes the move look different.
        behindThePortalsBack("UPDATE admin_event SET to_value = 'body:ATYRAU' WHERE id = " + id);
        try {
            AuditChain.Report report;
            try (Connection c = dataSource.getConnection()) {
                report = AdminChain.verify(c);
            }
            assertFalse(report.intact());
            assertEquals(seq, report.firstBroken().seq());
            assertEquals(id, report.firstBroken().eventId());
            assertEquals(AuditChain.Problem.CONTENT_CHANGED, report.firstBroken().problem());
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            assertEquals(1, AuditChainCheck.run(url, "iin", "iin", new PrintStream(out, true, StandardCharsets.UTF_8)));
            String printed = out.toString(StandardCharsets.UTF_8);
            assertTrue(printed.contains("Administration chain BROKEN at position " + seq), printed);
        } finally {
            behindThePortalsBack("UPDATE admin_event SET to_value = 'body:ALMATY_CITY' WHERE id = " + id);
        }
        try (Connection c = dataSource.getConnection()) {
            assertTrue(AdminChain.verify(c).intact(), "restoring the original content restores the chain");
        }
    }

    @Test
    @TestSecurity(user = "admin-chain-supervisor", roles = "supervisor")
    void theSupervisorsAuditPageListsTheChangesAndVerifiesBothChains() {
        recorded("chain-d");
        given().get("/supervisor/audit").then().statusCode(200)
                .body(containsString("Latest administration changes")).body(containsString("chain-d"))
                .body(containsString("body:ASTANA → body:ALMATY_CITY"));
        given().get("/supervisor/audit/verification").then().statusCode(200)
                .body(containsString("Case audit chain")).body(containsString("Administration chain"))
                .body(containsString("id=\"admin-chain\"><p><strong>The chain is intact."));
    }

    private void behindThePortalsBack(String sql) throws SQLException {
        try (Connection c = asOwner(); Statement s = c.createStatement()) {
            s.execute("ALTER TABLE admin_event DISABLE TRIGGER admin_event_no_change");
            try {
                s.execute(sql);
            } finally {
                s.execute("ALTER TABLE admin_event ENABLE TRIGGER admin_event_no_change");
            }
        }
    }
}
