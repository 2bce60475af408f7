package kz.iinportal.audit;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

import kz.iinportal.audit.AuditChain.BrokenLink;
import kz.iinportal.audit.AuditChain.Problem;
import kz.iinportal.audit.AuditChain.Report;

/**
 * Verifies the administration audit's hash chain ({@code admin_event}, V22) the way {@link AuditChain} verifies the
 * case audit: every hash recomputed in Java from the row as it is now, every link and position checked, and the
 * recorded end compared, in one read-only snapshot.
 */
public final class AdminChain {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSSSSS'Z'");
    private static final int BATCH = 5_000;

    private AdminChain() {
    }

    public static Report verify(Connection connection) throws SQLException {
        boolean autoCommit = connection.getAutoCommit();
        int isolation = connection.getTransactionIsolation();
        connection.setAutoCommit(false);
        connection.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
        try {
            return verifySnapshot(connection);
        } finally {
            connection.rollback();
            connection.setTransactionIsolation(isolation);
            connection.setAutoCommit(autoCommit);
        }
    }

    private static Report verifySnapshot(Connection connection) throws SQLException {
        long expectedSeq = 1;
        String previousHash = AuditChain.GENESIS;
        long checked = 0;
        String sql = """
                SELECT id, seq, at, actor, kind, subject, from_value, to_value, prev_hash, hash
                FROM admin_event WHERE seq >= ? ORDER BY seq LIMIT ?""";
        try (PreparedStatement page = connection.prepareStatement(sql)) {
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
                        if (!previousHash.equals(prevHash)) {
                            return new Report(checked, new BrokenLink(seq, id, Problem.LINK_BROKEN));
                        }
                        String text = text(seq, rs.getObject("at", OffsetDateTime.class), rs.getString("actor"),
                                rs.getString("kind"), rs.getString("subject"), rs.getString("from_value"),
                                rs.getString("to_value"), prevHash);
                        String hash = rs.getString("hash");
                        if (!AuditChain.sha256(text).equals(hash)) {
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
        try (PreparedStatement head = connection.prepareStatement("SELECT seq, hash FROM admin_chain_head");
                ResultSet rs = head.executeQuery()) {
            if (rs.next() && (rs.getLong("seq") != expectedSeq - 1 || !previousHash.equals(rs.getString("hash")))) {
                return new Report(checked, new BrokenLink(expectedSeq, null, Problem.END_MISSING));
            }
        }
        return new Report(checked, null);
    }

    /** The text the hash is taken of; must stay identical to admin_event_text() in the V22 migration. */
    static String text(long seq, OffsetDateTime at, String actor, String kind, String subject, String from, String to,
            String prevHash) {
        return seq + "|" + TIME.format(at.withOffsetSameInstant(ZoneOffset.UTC)) + "|" + AuditChain.field(actor) + "|"
                + AuditChain.field(kind) + "|" + AuditChain.field(subject) + "|" + AuditChain.field(from) + "|"
                + AuditChain.field(to) + "|" + prevHash;
    }
}
