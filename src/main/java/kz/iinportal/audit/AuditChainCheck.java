package kz.iinportal.audit;

import java.io.PrintStream;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;

/**
 * The command-line check of both audit chains, cases and administration (bin/verify-audit): connects with plain JDBC, prints the outcome and
 * exits 0 when the chain is intact, 1 when it is broken, 2 when the database cannot be read.
 */
public final class AuditChainCheck {

    private AuditChainCheck() {
    }

    public static void main(String[] args) {
        String url = env("IIN_DB_URL", "jdbc:postgresql://127.0.0.1:5432/iin");
        System.exit(run(url, env("IIN_DB_USER", "iin"), env("IIN_DB_PASSWORD", "iin"), System.out));
    }

    /** Checks the case chain, then the administration chain; broken when either is. */
    public static int run(String url, String user, String password, PrintStream out) {
        try (Connection connection = DriverManager.getConnection(url, user, password)) {
            connection.setReadOnly(true);
            boolean cases = print("Audit chain", "events", AuditChain.verify(connection), out);
            boolean admin = print("Administration chain", "changes", AdminChain.verify(connection), out);
            return cases && admin ? 0 : 1;
        } catch (SQLException e) {
            out.println("Cannot read the audit log: " + e.getMessage());
            return 2;
        }
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
