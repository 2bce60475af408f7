package kz.iinportal.operations;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.inject.Inject;

import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import kz.iinportal.application.Application;
import kz.iinportal.application.RefusalGround;
import kz.iinportal.audit.AuditChainCheck;
import kz.iinportal.review.Decisions;
import kz.iinportal.testsupport.TestCases;

/**
 * The restore drill of docs/operations.md, run for real: bin/backup dumps the test database (cases, their audit
 * events, a notice), bin/restore loads the file into a new database, and the copy has the same rows, the same owner
 * and rights, and an audit chain that verifies, as the original's does.
 */
@QuarkusTest
class BackupRestoreTest {

    static final String OPERATOR = "backup-op";
    static final String BODY = "KARAGANDA";
    static final List<String> TABLES = List.of("application", "application_event", "audit_chain_head",
            "application_document", "notice", "person", "iin_record", "identity_document", "staff", "certificate",
            "complaint", "flyway_schema_history");

    @Inject
    Decisions decisions;

    @Test
    void aBackupRestoresIntoANewDatabaseWithTheSameRowsRightsAndAnIntactAuditChain() throws Exception {
        for (int i = 0; i < 3; i++) {
            long id = QuarkusTransaction.requiringNew().call(() -> {
                TestCases.staff(OPERATOR, BODY);
                Application a = TestCases.open(BODY, OPERATOR);
                a.email = "backup" + System.nanoTime() + "@example.kz";
                a.persist();
                return a.id;
            });
            decisions.refuse(id, TestCases.version(id), OPERATOR, RefusalGround.UNRELIABLE_DOCUMENTS,
                    "Unreadable scan", null);
        }

        Config config = ConfigProvider.getConfig();
        String url = config.getValue("quarkus.datasource.jdbc.url", String.class);
        Matcher m = Pattern.compile("jdbc:postgresql://([^:/]+):(\\d+)/([^?]+)").matcher(url);
        assertTrue(m.matches(), url);
        String host = m.group(1);
        String port = m.group(2);
        String database = m.group(3);
        String restored = database + "_restored";
        String owner = config.getValue("quarkus.flyway.username", String.class);
        String ownerPassword = config.getValue("quarkus.flyway.password", String.class);
        Map<String, String> env = Map.of("PGHOST", host, "PGPORT", port, "IIN_DB_OWNER", owner,
                "IIN_DB_OWNER_PASSWORD", ownerPassword);

        Path file = Path.of("target/backup").resolve(database + ".dump");
        Files.deleteIfExists(file);
        // The owner owns the databases it restores into, so it may drop the copy of an earlier run.
        try (Connection c = DriverManager.getConnection("jdbc:postgresql://" + host + ":" + port + "/postgres", owner,
                ownerPassword); Statement s = c.createStatement()) {
            s.execute("DROP DATABASE IF EXISTS " + restored);
        }
        // As a person would make it (bin/ensure-postgres talks to the server as postgres, over its socket).
        run(Map.of("IIN_DATABASES", restored, "IIN_DB_OWNER", owner), "bin/ensure-postgres");

        Map<String, Long> before = counts(url, owner, ownerPassword);
        run(env, "bin/backup", database, file.toString());
        assertTrue(Files.size(file) > 0);
        run(env, "bin/restore", restored, file.toString());
        String restoredUrl = "jdbc:postgresql://" + host + ":" + port + "/" + restored;
        assertEquals(before, counts(restoredUrl, owner, ownerPassword), "every table has the same rows");
        assertTrue(before.get("application_event") >= 3, "the cases above and their events are in it");

        // The owner and the data role's rights came along: the portal can run on the copy as it ran before.
        try (Connection c = DriverManager.getConnection(restoredUrl, owner, ownerPassword);
                Statement s = c.createStatement()) {
            assertEquals(owner, single(s, "SELECT tableowner FROM pg_tables WHERE tablename = 'application'"));
            String portal = config.getValue("quarkus.datasource.username", String.class);
            assertEquals("t", single(s, "SELECT has_table_privilege('" + portal + "', 'application', 'UPDATE')"));
            assertEquals("t", single(s, "SELECT has_table_privilege('" + portal + "', 'application_event', 'INSERT')"));
            assertEquals("f", single(s, "SELECT has_table_privilege('" + portal + "', 'application_event', 'UPDATE')"));
            assertEquals("t", single(s, "SELECT prosecdef::text FROM pg_proc WHERE proname = 'application_event_chain'")
                    .substring(0, 1));
        }

        String original = verified(url, owner, ownerPassword);
        String copy = verified(restoredUrl, owner, ownerPassword);
        assertEquals(original, copy, "the same events checked");

        // bin/restore does not load over a database that already has the portal's schema.
        Process again = process(env, "bin/restore", restored, file.toString());
        assertTrue(again.waitFor(2, TimeUnit.MINUTES));
        assertEquals(1, again.exitValue());
        assertEquals(before, counts(restoredUrl, owner, ownerPassword));
    }

    private static String verified(String url, String user, String password) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int status = AuditChainCheck.run(url, user, password, new PrintStream(out, true, StandardCharsets.UTF_8));
        String said = out.toString(StandardCharsets.UTF_8);
        assertEquals(0, status, said);
        assertTrue(said.startsWith("Audit chain intact"), said);
        assertFalse(said.contains(" 0 events"), said);
        return said;
    }

    private static Map<String, Long> counts(String url, String user, String password) throws SQLException {
        Map<String, Long> counts = new LinkedHashMap<>();
        try (Connection c = DriverManager.getConnection(url, user, password); Statement s = c.createStatement()) {
            for (String table : TABLES) {
                counts.put(table, Long.parseLong(single(s, "SELECT count(*) FROM " + table)));
            }
            counts.put("chain end", Long.parseLong(single(s, "SELECT coalesce(max(seq), 0) FROM application_event")));
        }
        return counts;
    }

    private static String single(Statement s, String sql) throws SQLException {
        try (ResultSet r = s.executeQuery(sql)) {
            assertTrue(r.next(), sql);
            return r.getString(1);
        }
    }

    private static void run(Map<String, String> env, String... command) throws IOException, InterruptedException {
        Process p = process(env, command);
        assertTrue(p.waitFor(5, TimeUnit.MINUTES), () -> String.join(" ", command) + " did not finish");
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, p.exitValue(), () -> String.join(" ", command) + ": " + output);
    }

    private static Process process(Map<String, String> env, String... command) throws IOException {
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().putAll(env);
        return builder.start();
    }
}
