package kz.iinportal.audit;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import kz.iinportal.web.Labelled;

/**
 * Checks the checkpoint file and the chains against it. The hash chains alone cannot tell a chain rewritten from some
 * position to its end with correct hashes (what the schema owner can do) from the true one; a checkpoint signed by the
 * portal's key and kept outside the database can: each checkpoint's (position, hash) must still be on the chain.
 * Plain JDBC and no CDI, so the same check runs in the portal (the supervisor's page) and in bin/verify-audit.
 */
public final class CheckpointCheck {

    /** Verifies a line's signature with the key it names; {@code JwsCheck#verifyLine} against a JWKS. */
    @FunctionalInterface
    public interface LineVerifier {
        boolean verify(String keyId, byte[] data, byte[] signature);
    }

    /** Why a line of the file is not accepted. */
    public enum LineProblem implements Labelled {
        /** Not a checkpoint line (edited, cut short). */
        MALFORMED,
        /** Not signed by a key of the JWKS: forged or edited. */
        BAD_SIGNATURE,
        /** Does not point at the line before it, or is numbered out of turn: a line before it was removed or changed. */
        LINK_BROKEN,
        /** A chain's position or the time goes backwards. */
        OUT_OF_ORDER;

        @Override
        public String labelPrefix() {
            return "checkpoint.problem.";
        }
    }

    /** The file's lines up to the first one not accepted ({@code brokenLine}, 1-based; 0 when all are). */
    public record FileReport(List<CheckpointLine> lines, int brokenLine, LineProblem problem) {
        public boolean intact() {
            return problem == null;
        }

        public Optional<CheckpointLine> last() {
            return lines.isEmpty() ? Optional.empty() : Optional.of(lines.get(lines.size() - 1));
        }
    }

    /** The two chains a checkpoint records. */
    public enum Chain {
        CASES("application_event"), ADMIN("admin_event");

        final String table;

        Chain(String table) {
            this.table = table;
        }

        long seq(CheckpointLine line) {
            return this == CASES ? line.casesSeq() : line.adminSeq();
        }

        String hash(CheckpointLine line) {
            return this == CASES ? line.casesHash() : line.adminHash();
        }
    }

    /**
     * One chain against the checkpoints: {@code firstMismatch} is the first checkpoint whose position no longer has
     * its hash (null when all still do), the chain was rewritten after {@code lastMatching} (0: before the first
     * checkpoint); {@code found} is the hash there now, null when the position is gone.
     */
    public record ChainReport(Chain chain, int checkpoints, long lastMatching, CheckpointLine firstMismatch,
            String found) {
        public boolean matches() {
            return firstMismatch == null;
        }
    }

    private CheckpointCheck() {
    }

    /** Checks the lines in order: format, number, link to the line before, signature, order of positions. */
    public static FileReport readFile(List<String> texts, LineVerifier verifier) {
        List<CheckpointLine> lines = new ArrayList<>();
        String previous = AuditChain.GENESIS;
        CheckpointLine before = null;
        for (int i = 0; i < texts.size(); i++) {
            int number = i + 1;
            Optional<CheckpointLine> parsed = CheckpointLine.parse(texts.get(i));
            if (parsed.isEmpty()) {
                return new FileReport(lines, number, LineProblem.MALFORMED);
            }
            CheckpointLine line = parsed.get();
            if (!verifier.verify(line.keyId(), line.signedBytes(), line.signature())) {
                return new FileReport(lines, number, LineProblem.BAD_SIGNATURE);
            }
            if (line.n() != number || !line.prev().equals(previous)) {
                return new FileReport(lines, number, LineProblem.LINK_BROKEN);
            }
            if (before != null && (line.at().isBefore(before.at()) || line.casesSeq() < before.casesSeq()
                    || line.adminSeq() < before.adminSeq())) {
                return new FileReport(lines, number, LineProblem.OUT_OF_ORDER);
            }
            lines.add(line);
            previous = line.hash();
            before = line;
        }
        return new FileReport(lines, 0, null);
    }

    /** Both chains against the checkpoints, in one read-only snapshot. */
    public static List<ChainReport> matchChains(Connection connection, List<CheckpointLine> lines)
            throws SQLException {
        boolean autoCommit = connection.getAutoCommit();
        int isolation = connection.getTransactionIsolation();
        connection.setAutoCommit(false);
        connection.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
        try {
            return List.of(match(connection, Chain.CASES, lines), match(connection, Chain.ADMIN, lines));
        } finally {
            connection.rollback();
            connection.setTransactionIsolation(isolation);
            connection.setAutoCommit(autoCommit);
        }
    }

    private static ChainReport match(Connection connection, Chain chain, List<CheckpointLine> lines)
            throws SQLException {
        Map<Long, String> onChain = new HashMap<>();
        onChain.put(0L, AuditChain.GENESIS);
        Long[] positions = lines.stream().map(chain::seq).filter(seq -> seq > 0).distinct().toArray(Long[]::new);
        try (PreparedStatement query = connection
                .prepareStatement("SELECT seq, hash FROM " + chain.table + " WHERE seq = ANY (?)")) {
            Array array = connection.createArrayOf("bigint", positions);
            query.setArray(1, array);
            try (ResultSet rs = query.executeQuery()) {
                while (rs.next()) {
                    onChain.put(rs.getLong(1), rs.getString(2));
                }
            }
        }
        long lastMatching = 0;
        for (CheckpointLine line : lines) {
            String found = onChain.get(chain.seq(line));
            if (!chain.hash(line).equals(found)) {
                return new ChainReport(chain, lines.size(), lastMatching, line, found);
            }
            lastMatching = line.n();
        }
        return new ChainReport(chain, lines.size(), lastMatching, null, null);
    }
}
