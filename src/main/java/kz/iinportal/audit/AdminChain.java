package kz.iinportal.audit;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

import kz.iinportal.audit.AuditChain.Report;

/**
 * Verifies the administration audit's hash chain ({@code admin_event}, V22) the way {@link AuditChain} verifies the
 * case audit: every hash recomputed in Java from the row as it is now, every link and position checked, and the
 * recorded end compared, in one read-only snapshot.
 */
public final class AdminChain {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSSSSS'Z'");

    private AdminChain() {
    }

    private static final AuditChain.Table ADMIN_EVENTS = new AuditChain.Table() {
        @Override
        public String pageQuery() {
            return """
                    SELECT id, seq, at, actor, kind, subject, from_value, to_value, prev_hash, hash
                    FROM admin_event WHERE seq >= ? ORDER BY seq LIMIT ?""";
        }

        @Override
        public String headQuery() {
            return "SELECT seq, hash FROM admin_chain_head";
        }

        @Override
        public String text(ResultSet rs, long seq, String prevHash) throws SQLException {
            return AdminChain.text(seq, rs.getObject("at", OffsetDateTime.class), rs.getString("actor"),
                    rs.getString("kind"), rs.getString("subject"), rs.getString("from_value"),
                    rs.getString("to_value"), prevHash);
        }
    };

    public static Report verify(Connection connection) throws SQLException {
        return AuditChain.verify(connection, ADMIN_EVENTS);
    }

    /** The text the hash is taken of; must stay identical to admin_event_text() in the V22 migration. */
    static String text(long seq, OffsetDateTime at, String actor, String kind, String subject, String from, String to,
            String prevHash) {
        return seq + "|" + TIME.format(at.withOffsetSameInstant(ZoneOffset.UTC)) + "|" + AuditChain.field(actor) + "|"
                + AuditChain.field(kind) + "|" + AuditChain.field(subject) + "|" + AuditChain.field(from) + "|"
                + AuditChain.field(to) + "|" + prevHash;
    }
}
