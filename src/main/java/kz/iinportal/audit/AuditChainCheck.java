package kz.iinportal.audit;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.List;

import kz.iinportal.signing.JwsCheck;

/**
 * The command-line check of both audit chains, cases and administration (bin/verify-audit): connects with plain JDBC, prints the outcome and
 * exits 0 when the chain is intact, 1 when it is broken, 2 when the database cannot be read.
 */
public final class AuditChainCheck {

    private AuditChainCheck() {
    }

    public static void main(String[] args) {
        String url = env("IIN_DB_URL", "jdbc:postgresql://127.0.0.1:5432/iin");
        Path checkpoints = null;
        Path jwks = null;
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals("--checkpoints") && i + 1 < args.length) {
                checkpoints = Path.of(args[++i]);
            } else if (args[i].equals("--jwks") && i + 1 < args.length) {
                jwks = Path.of(args[++i]);
            } else {
                System.out.println("Usage: bin/verify-audit [--checkpoints FILE --jwks FILE]");
                System.exit(2);
            }
        }
        if ((checkpoints == null) != (jwks == null)) {
            System.out.println("--checkpoints and --jwks go together: the lines are checked against the keys");
            System.exit(2);
        }
        System.exit(run(url, env("IIN_DB_USER", "iin"), env("IIN_DB_PASSWORD", "iin"), checkpoints, jwks, System.out));
    }

    /** Checks the case chain, then the administration chain; broken when either is. */
    public static int run(String url, String user, String password, PrintStream out) {
        return run(url, user, password, null, null, out);
    }

    /**
     * The same, then (when a checkpoint file is given) the file's signatures and links against the JWKS and every
     * checkpoint's positions against both chains: a chain rewritten with correct hashes is intact by its own check
     * but no longer has the hash a checkpoint signed.
     */
    public static int run(String url, String user, String password, Path checkpoints, Path jwks, PrintStream out) {
        CheckpointCheck.FileReport file = null;
        if (checkpoints != null) {
            try {
                JwsCheck keys = JwsCheck.of(Files.readString(jwks, StandardCharsets.UTF_8));
                file = CheckpointCheck.readFile(Files.readAllLines(checkpoints, StandardCharsets.UTF_8),
                        keys::verifyLine);
            } catch (IOException | RuntimeException e) {
                out.println("Cannot read the checkpoints or the keys: " + e.getMessage());
                return 2;
            }
        }
        try (Connection connection = DriverManager.getConnection(url, user, password)) {
            connection.setReadOnly(true);
            boolean cases = print("Audit chain", "events", AuditChain.verify(connection), out);
            boolean admin = print("Administration chain", "changes", AdminChain.verify(connection), out);
            boolean anchored = file == null || print(file, CheckpointCheck.matchChains(connection, file.lines()), out);
            return cases && admin && anchored ? 0 : 1;
        } catch (SQLException e) {
            out.println("Cannot read the audit log: " + e.getMessage());
            return 2;
        }
    }

    private static boolean print(CheckpointCheck.FileReport file, List<CheckpointCheck.ChainReport> reports,
            PrintStream out) {
        boolean good = file.intact();
        if (good) {
            out.println("Checkpoints intact: " + file.lines().size() + " lines, signatures and links checked.");
        } else {
            out.println("Checkpoints BROKEN at line " + file.brokenLine() + ": " + switch (file.problem()) {
                case MALFORMED -> "not a checkpoint line (edited or cut short)";
                case BAD_SIGNATURE -> "the signature does not verify with any key of the JWKS (forged or edited)";
                case LINK_BROKEN -> "it does not follow the line before it (a line was removed, added or changed)";
                case OUT_OF_ORDER -> "a chain position or the time goes backwards";
            } + ". " + file.lines().size() + " lines before it are intact.");
        }
        for (CheckpointCheck.ChainReport report : reports) {
            String chain = report.chain() == CheckpointCheck.Chain.CASES ? "Audit chain" : "Administration chain";
            if (report.matches()) {
                out.println(chain + " matches all " + report.checkpoints() + " checkpoints.");
                continue;
            }
            CheckpointLine line = report.firstMismatch();
            long seq = report.chain() == CheckpointCheck.Chain.CASES ? line.casesSeq() : line.adminSeq();
            out.println(chain + " REWRITTEN after checkpoint " + report.lastMatching() + ": checkpoint " + line.n()
                    + " (" + line.at() + ") signed position " + seq + " and its hash, the chain now has "
                    + (report.found() == null ? "no event there" : "another hash there") + ".");
            good = false;
        }
        return good;
    }

    private static boolean print(String chain, String what, AuditChain.Report report, PrintStream out) {
        if (report.intact()) {
            out.println(chain + " intact: " + report.checked() + " " + what + " checked.");
            return true;
        }
        AuditChain.BrokenLink broken = report.firstBroken();
        out.println(chain + " BROKEN at position " + broken.seq()
                + (broken.eventId() == null ? "" : " (event id " + broken.eventId() + ")") + ": "
                + broken.problem() + ". " + report.checked() + " " + what + " before it are intact.");
        return false;
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
