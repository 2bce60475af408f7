package kz.iinportal.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

import io.agroal.api.AgroalDataSource;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import kz.iinportal.application.Application;
import kz.iinportal.application.ApplicationStatus;
import kz.iinportal.application.EventKind;
import kz.iinportal.signing.JwsCheck;
import kz.iinportal.signing.PortalKey;
import kz.iinportal.testsupport.Race;
import kz.iinportal.testsupport.TestCases;

/**
 * The signed checkpoints anchor both audit chains outside the database: a chain the schema owner rewrote to its end
 * with correct hashes passes the chain check but not the checkpoints; the checkpoint file itself cannot lose or change
 * a line unnoticed; several writers give one line per period.
 */
@QuarkusTest
class CheckpointTest {

    @Inject
    Checkpoints checkpoints;

    @Inject
    PortalKey key;

    @Inject
    AgroalDataSource dataSource;

    @ConfigProperty(name = "quarkus.datasource.jdbc.url")
    String url;

    @ConfigProperty(name = "quarkus.flyway.username")
    String owner;

    @ConfigProperty(name = "quarkus.flyway.password")
    String ownerPassword;

    @Test
    void aChainRewrittenToItsEndWithCorrectHashesIsIntactAloneButRewrittenAfterTheLastCheckpointBefore()
            throws Exception {
        Path file = freshFile();
        casesWithEvents(3);
        CheckpointLine first = checkpoints.writeNow(file);
        casesWithEvents(6);
        CheckpointLine second = checkpoints.writeNow(file);
        assertEquals(2, second.n());
        assertEquals(first.hash(), second.prev());
        assertTrue(second.casesSeq() >= first.casesSeq() + 12);
        CheckpointCheck.FileReport before = read(file);
        assertTrue(before.intact(), () -> "line " + before.brokenLine() + ": " + before.problem());
        try (Connection c = dataSource.getConnection()) {
            assertTrue(CheckpointCheck.matchChains(c, before.lines()).stream()
                    .allMatch(CheckpointCheck.ChainReport::matches));
        }

        long from = rewriteTheLastTenEvents();
        assertTrue(from > first.casesSeq() && from <= second.casesSeq(), "the rewrite is after the first checkpoint");

        try (Connection c = dataSource.getConnection()) {
            AuditChain.Report chain = AuditChain.verify(c);
            assertTrue(chain.intact(), () -> "the owner recomputed every hash, the chain alone cannot tell: "
                    + chain.firstBroken());
            List<CheckpointCheck.ChainReport> reports = CheckpointCheck.matchChains(c, read(file).lines());
            CheckpointCheck.ChainReport cases = reports.get(0);
            assertFalse(cases.matches());
            assertEquals(first.n(), cases.lastMatching());
            assertEquals(second.n(), cases.firstMismatch().n());
            assertNotNull(cases.found(), "the position is still there, with another hash");
            assertTrue(reports.get(1).matches(), "the administration chain was not touched");
        }
        Path jwks = jwks();
        String printed = check(0, url, "iin", "iin", null, null);
        assertTrue(printed.startsWith("Audit chain intact"), printed);
        printed = check(1, url, "iin", "iin", file, jwks);
        assertTrue(printed.contains("Audit chain intact"), printed);
        assertTrue(printed.contains("Checkpoints intact: 2 lines"), printed);
        assertTrue(printed.contains("Audit chain REWRITTEN after checkpoint " + first.n() + ": checkpoint "
                + second.n()), printed);
        assertTrue(printed.contains("Administration chain matches all 2 checkpoints."), printed);

        // The portal's page judges by the last line of its own file: written after the rewrite, it matches again;
        // the rewrite is only visible against a checkpoint taken before it.
        checkpoints.writeNow(checkpoints.file());
        assertTrue(checkpoints.status().orElseThrow().matches());
    }

    @Test
    void aDroppedEditedCutOrReorderedLineIsFound() throws Exception {
        Path file = freshFile();
        for (int i = 0; i < 3; i++) {
            casesWithEvents(1);
            checkpoints.writeNow(file);
        }
        List<String> lines = Files.readAllLines(file);
        assertEquals(3, lines.size());
        assertTrue(read(lines).intact());

        assertBroken(List.of(lines.get(0), lines.get(2)), 2, CheckpointCheck.LineProblem.LINK_BROKEN);
        assertBroken(List.of(lines.get(1), lines.get(2)), 1, CheckpointCheck.LineProblem.LINK_BROKEN);
        assertBroken(List.of(lines.get(0), lines.get(2), lines.get(1)), 2, CheckpointCheck.LineProblem.LINK_BROKEN);
        CheckpointLine second = CheckpointLine.parse(lines.get(1)).orElseThrow();
        String edited = lines.get(1).replace("\"cases\":[" + second.casesSeq() + ",",
                "\"cases\":[" + (second.casesSeq() - 1) + ",");
        assertFalse(edited.equals(lines.get(1)));
        assertBroken(List.of(lines.get(0), edited, lines.get(2)), 2, CheckpointCheck.LineProblem.BAD_SIGNATURE);
        assertBroken(List.of(lines.get(0), lines.get(1).substring(0, 80), lines.get(2)), 2,
                CheckpointCheck.LineProblem.MALFORMED);
        assertBroken(List.of(lines.get(0), lines.get(1).replace("\"v\":1", "\"v\":1 "), lines.get(2)), 2,
                CheckpointCheck.LineProblem.MALFORMED);

        Files.write(file, List.of(lines.get(0), lines.get(2)));
        String printed = check(1, url, "iin", "iin", file, jwks());
        assertTrue(printed.contains("Checkpoints BROKEN at line 2: it does not follow the line before it"), printed);
        assertTrue(printed.contains("1 lines before it are intact"), printed);
    }

    @Test
    void twoWritersAtOnceWriteOneLinePerPeriodAndNoneWhileAnotherInstanceHoldsTheLock() throws Exception {
        Path file = freshFile();
        List<Optional<CheckpointLine>> written = Race.run(() -> checkpoints.writeIfDue(file),
                () -> checkpoints.writeIfDue(file));
        assertEquals(1, written.stream().filter(Optional::isPresent).count(), () -> "written: " + written);
        assertEquals(1, Files.readAllLines(file).size());
        assertTrue(checkpoints.writeIfDue(file).isEmpty(), "the period's line is there already");

        Path other = freshFile();
        try (Connection instance = dataSource.getConnection()) {
            instance.setAutoCommit(false);
            try (PreparedStatement lock = instance.prepareStatement("SELECT pg_advisory_xact_lock(?)")) {
                lock.setLong(1, Checkpoints.LOCK_KEY);
                lock.execute();
            }
            assertTrue(checkpoints.writeIfDue(other).isEmpty(), "another instance is writing its line");
            instance.rollback();
        }
        assertFalse(Files.exists(other));
        assertTrue(checkpoints.writeIfDue(other).isPresent());

        // On demand it is written whatever the time of the last line.
        CheckpointLine demanded = checkpoints.writeNow(file);
        assertEquals(2, demanded.n());
        assertTrue(read(file).intact());
    }

    @Test
    void theAuditInsertPathDoesNotWaitForACheckpoint() throws Exception {
        // What a checkpoint holds while it signs and appends: the advisory lock and a read of both heads.
        try (Connection checkpoint = dataSource.getConnection()) {
            checkpoint.setAutoCommit(false);
            try (Statement s = checkpoint.createStatement()) {
                s.execute("SELECT pg_advisory_xact_lock(" + Checkpoints.LOCK_KEY + ")");
                s.execute("SELECT c.seq, c.hash, a.seq, a.hash FROM audit_chain_head c CROSS JOIN admin_chain_head a");
                try (ResultSet rs = s.executeQuery("""
                        SELECT count(*) FROM pg_locks
                        WHERE pid = pg_backend_pid() AND locktype = 'relation'
                          AND relation IN ('audit_chain_head'::regclass, 'admin_chain_head'::regclass)
                          AND mode <> 'AccessShareLock'""")) {
                    rs.next();
                    assertEquals(0, rs.getInt(1), "no lock stronger than a plain read on the chains' heads");
                }
            }
            long started = System.nanoTime();
            casesWithEvents(1);
            assertTrue(TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - started) < 5,
                    "an event is written while the checkpoint's transaction is open");
            checkpoint.rollback();
        }
    }

    @Test
    void binVerifyAuditChecksTheCheckpointsAsAProcess() throws Exception {
        Path file = freshFile();
        casesWithEvents(1);
        checkpoints.writeNow(file);
        checkpoints.writeNow(file);
        Path jwks = jwks();
        Process ok = verifyAudit("--checkpoints", file.toString(), "--jwks", jwks.toString());
        String out = output(ok);
        assertEquals(0, ok.exitValue(), out);
        assertTrue(out.contains("Checkpoints intact: 2 lines, signatures and links checked."), out);
        assertTrue(out.contains("Audit chain matches all 2 checkpoints."), out);

        List<String> lines = Files.readAllLines(file);
        Files.write(file, List.of(lines.get(0), lines.get(1).replace("\"n\":2", "\"n\":3")));
        Process edited = verifyAudit("--checkpoints", file.toString(), "--jwks", jwks.toString());
        out = output(edited);
        assertEquals(1, edited.exitValue(), out);
        assertTrue(out.contains("Checkpoints BROKEN at line 2: the signature does not verify"), out);

        Process half = verifyAudit("--checkpoints", file.toString());
        out = output(half);
        assertEquals(2, half.exitValue(), out);
        assertTrue(out.contains("--checkpoints and --jwks go together"), out);
    }

    // --- helpers ---------------------------------------------------------------------------------------------

    private void assertBroken(List<String> lines, int brokenLine, CheckpointCheck.LineProblem problem) {
        CheckpointCheck.FileReport report = read(lines);
        assertEquals(problem, report.problem(), () -> "lines: " + lines);
        assertEquals(brokenLine, report.brokenLine());
        assertEquals(brokenLine - 1, report.lines().size());
    }

    private CheckpointCheck.FileReport read(Path file) throws IOException {
        return read(Files.readAllLines(file));
    }

    private CheckpointCheck.FileReport read(List<String> lines) {
        return CheckpointCheck.readFile(lines, JwsCheck.of(key.publicKeys())::verifyLine);
    }

    private static Path freshFile() throws IOException {
        return Files.createTempDirectory(Path.of("target"), "checkpoints-").resolve(Checkpoints.FILE_NAME);
    }

    private Path jwks() throws IOException {
        Path jwks = Files.createTempFile(Path.of("target"), "jwks-", ".json");
        Files.writeString(jwks, key.publicKeys().toString());
        return jwks;
    }

    private static String check(int expected, String url, String user, String password, Path file, Path jwks) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int status = AuditChainCheck.run(url, user, password, file, jwks,
                new PrintStream(out, true, StandardCharsets.UTF_8));
        String printed = out.toString(StandardCharsets.UTF_8);
        assertEquals(expected, status, printed);
        return printed;
    }

    private Process verifyAudit(String... args) throws IOException {
        List<String> command = new ArrayList<>(List.of("bin/verify-audit"));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().put("IIN_DB_URL", url);
        builder.environment().put("IIN_DB_USER", "iin");
        builder.environment().put("IIN_DB_PASSWORD", "iin");
        return builder.start();
    }

    private static String output(Process process) throws Exception {
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(process.waitFor(3, TimeUnit.MINUTES));
        return out;
    }

    /** Cases of a shared region, two events each (created, submitted). */
    private static void casesWithEvents(int cases) {
        for (int i = 0; i < cases; i++) {
            QuarkusTransaction.requiringNew().run(() -> {
                Application a = TestCases.application("ASTANA");
                a.createdBy = "checkpoint-applicant";
                a.persist();
                a.record("checkpoint-applicant", "applicant", EventKind.CREATED);
                a.submittedAt = OffsetDateTime.now();
                assertNotNull(a.moveTo(ApplicationStatus.SUBMITTED, "checkpoint-applicant", "applicant",
                        EventKind.SUBMITTED));
            });
        }
    }

    /**
     * What the schema owner can do: switch the protection off, change the last ten events and recompute every hash
     * after them and the chain's recorded end, so that the chain is consistent again. Returns the first position
     * changed.
     */
    private long rewriteTheLastTenEvents() throws SQLException {
        try (Connection c = DriverManager.getConnection(url, owner, ownerPassword); Statement s = c.createStatement()) {
            c.setAutoCommit(false);
            s.execute("ALTER TABLE application_event DISABLE TRIGGER application_event_no_change");
            long last;
            try (ResultSet rs = s.executeQuery("SELECT seq FROM audit_chain_head")) {
                rs.next();
                last = rs.getLong(1);
            }
            long from = last - 9;
            s.execute("UPDATE application_event SET actor = 'mallory' WHERE seq >= " + from);
            for (long seq = from; seq <= last; seq++) {
                s.execute("UPDATE application_event SET prev_hash = (SELECT hash FROM application_event WHERE seq = "
                        + (seq - 1) + ") WHERE seq = " + seq);
                s.execute("UPDATE application_event e SET hash = audit_event_hash(e) WHERE seq = " + seq);
            }
            s.execute("UPDATE audit_chain_head SET hash = (SELECT hash FROM application_event WHERE seq = " + last
                    + ")");
            s.execute("ALTER TABLE application_event ENABLE TRIGGER application_event_no_change");
            c.commit();
            return from;
        }
    }
}
