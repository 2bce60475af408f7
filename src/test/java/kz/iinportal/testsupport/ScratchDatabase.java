package kz.iinportal.testsupport;

import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.concurrent.TimeUnit;

/**
 * A database of its own for a test that runs the portal as production does: made afresh (dropped first) by
 * bin/ensure-postgres with a data role and an owner role whose passwords are not the demo ones, which the production
 * profile refuses.
 */
public record ScratchDatabase(String name, String user, String password, String owner, String ownerPassword) {

    /** The names and passwords only; the database is made by {@link #fresh} or another cluster's set-up. */
    public static ScratchDatabase named(String name) {
        return new ScratchDatabase(name, name + "_app", name + "-app-not-a-demo-password", name + "_owner",
                name + "-owner-not-a-demo-password");
    }

    public static ScratchDatabase fresh(String name) throws IOException, InterruptedException {
        ScratchDatabase db = named(name);
        run(new ProcessBuilder("bash", "-c", "if [ \"$(id -u)\" -eq 0 ]; then su postgres -s /bin/sh -c "
                + "'dropdb --if-exists " + name + "'; else sudo -u postgres dropdb --if-exists " + name + "; fi"));
        ProcessBuilder ensure = new ProcessBuilder("bin/ensure-postgres");
        ensure.environment().put("IIN_DATABASES", name);
        ensure.environment().put("IIN_DB_USER", db.user);
        ensure.environment().put("IIN_DB_PASSWORD", db.password);
        ensure.environment().put("IIN_DB_OWNER", db.owner);
        ensure.environment().put("IIN_DB_OWNER_PASSWORD", db.ownerPassword);
        run(ensure);
        return db;
    }

    public String url() {
        return "jdbc:postgresql://127.0.0.1:5432/" + name;
    }

    /** As the portal's data role, with the rights the migrations gave it. */
    public Connection connect() throws SQLException {
        return DriverManager.getConnection(url(), user, password);
    }

    private static void run(ProcessBuilder builder) throws IOException, InterruptedException {
        Path log = Path.of("target/instances/scratch-database.log");
        log.toFile().getParentFile().mkdirs();
        Process process = builder.redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()))
                .start();
        if (!process.waitFor(120, TimeUnit.SECONDS) || process.exitValue() != 0) {
            throw new IllegalStateException(String.join(" ", builder.command()) + " failed; see " + log);
        }
    }
}
