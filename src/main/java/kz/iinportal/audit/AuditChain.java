package kz.iinportal.audit;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.HexFormat;
import java.util.Objects;

import kz.iinportal.web.Labelled;

/**
 * Verifies the audit log's hash chain. Recomputes every event's hash in Java from the row as it is now — an
 * implementation independent of the database trigger that wrote it — and checks that each event points at the hash
 * of the one before it and that no position is missing. Plain JDBC, so the same check runs inside the portal (the
 * supervisor's page) and outside it (bin/verify-audit).
 */
public final class AuditChain {

    public static final String GENESIS = "0".repeat(64);

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSSSSS'Z'");
    private static final int BATCH = 5_000;

    /** Why a link is broken. */
    public enum Problem implements Labelled {
        /** The row's content no longer gives the hash stored with it: the row was changed. */
        CONTENT_CHANGED,
        /** The row does not point at the hash of the row before it: a row before it was removed or replaced. */
        LINK_BROKEN,
        /** A position in the chain is missing: a row was removed. */
        MISSING_EVENT,
        /** The last event is not the chain's recorded end: events at the end were removed. */
        END_MISSING;

        @Override
        public String labelPrefix() {
            return "audit.problem.";
        }
    }

    /** The first broken link: the chain position, the event's id (null when the event is missing) and why. */
    public record BrokenLink(long seq, Long eventId, Problem problem) {
    }

    /** The outcome: how many events were checked and the first broken link, if any. */
    public record Report(long checked, BrokenLink firstBroken) {
        public boolean intact() {
            return firstBroken == null;
        }
    }

    private AuditChain() {
    }

    /**
     * One hash chain's table as the check reads it: a page of rows from a position on ({@code seq >= ? ORDER BY seq
     * LIMIT ?}, with columns id, seq, prev_hash and hash), the text each row's hash is taken of, and the row that
     * records the chain's end (seq, hash).
     */
    interface Table {
        String pageQuery();

        String headQuery();

        String text(ResultSet row, long seq, String prevHash) throws SQLException;
    }

    private static final Table CASE_EVENTS = new Table() {
        @Override
        public String pageQuery() {
            return """
                    SELECT id, seq, application_id, at, actor, actor_role, kind, from_status, to_status, detail,
                           prev_hash, hash
                    FROM application_event WHERE seq >= ? ORDER BY seq LIMIT ?""";
        }

        @Override
        public String headQuery() {
            return "SELECT seq, hash FROM audit_chain_head";
        }

        @Override
        public String text(ResultSet rs, long seq, String prevHash) throws SQLException {
            return AuditChain.text(seq, rs.getLong("application_id"), rs.getObject("at", OffsetDateTime.class),
                    rs.getString("actor"), rs.getString("actor_role"), rs.getString("kind"),
                    rs.getString("from_status"), rs.getString("to_status"), rs.getString("detail"), prevHash);
        }
    };

    /**
     * Checks the case chain as one snapshot (a read-only repeatable-read transaction), so events written while the
     * check runs are neither half-seen nor mistaken for a missing end.
     */
    public static Report verify(Connection connection) throws SQLException {
        return verify(connection, CASE_EVENTS);
    }

    /** Checks one chain as one snapshot; the administration chain ({@link AdminChain}) is checked the same way. */
    static Report verify(Connection connection, Table table) throws SQLException {
        boolean autoCommit = connection.getAutoCommit();
        int isolation = connection.getTransactionIsolation();
        connection.setAutoCommit(false);
        connection.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
        try {
            return verifySnapshot(connection, table);
        } finally {
            connection.rollback();
            connection.setTransactionIsolation(isolation);
            connection.setAutoCommit(autoCommit);
        }
    }

    private static Report verifySnapshot(Connection connection, Table table) throws SQLException {
        long expectedSeq = 1;
        String previousHash = GENESIS;
        long checked = 0;
        try (PreparedStatement page = connection.prepareStatement(table.pageQuery())) {
            while (true) {
                page.setLong(1, expectedSeq);
                page.setInt(2, BATCH);
                int rows = 0;
                try (ResultSet rs = page.executeQuery()) {
                    while (rs.next()) {
                        rows++;
                        long seq = rs.getLong("seq");
                        long id = rs.getLong("id");
                        if (seq != expectedSeq) {
                            return new Report(checked, new BrokenLink(expectedSeq, null, Problem.MISSING_EVENT));
                        }
                        String prevHash = rs.getString("prev_hash");
                        String hash = rs.getString("hash");
                        if (!previousHash.equals(prevHash)) {
                            return new Report(checked, new BrokenLink(seq, id, Problem.LINK_BROKEN));
                        }
                        if (!sha256(table.text(rs, seq, prevHash)).equals(hash)) {
                            return new Report(checked, new BrokenLink(seq, id, Problem.CONTENT_CHANGED));
                        }
                        checked++;
                        previousHash = hash;
                        expectedSeq++;
                    }
                }
                if (rows < BATCH) {
                    break;
                }
            }
        }
        try (PreparedStatement head = connection.prepareStatement(table.headQuery());
                ResultSet rs = head.executeQuery()) {
            if (rs.next() && (rs.getLong("seq") != expectedSeq - 1 || !previousHash.equals(rs.getString("hash")))) {
                return new Report(checked, new BrokenLink(expectedSeq, null, Problem.END_MISSING));
            }
        }
        return new Report(checked, null);
    }

    /** The text the hash is taken of; must stay identical to audit_event_text() in the V9 migration. */
    static String text(long seq, long applicationId, OffsetDateTime at, String actor, String actorRole, String kind,
            String fromStatus, String toStatus, String detail, String prevHash) {
        return seq + "|" + applicationId + "|" + TIME.format(at.withOffsetSameInstant(ZoneOffset.UTC)) + "|"
                + field(actor) + "|" + field(actorRole) + "|" + field(kind) + "|" + field(fromStatus) + "|"
                + field(toStatus) + "|" + field(detail) + "|" + prevHash;
    }

    static String field(String value) {
        return Objects.requireNonNullElse(value, "").replace("\\", "\\\\").replace("|", "\\|");
    }

    static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(
                    MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
