package kz.iinportal.testsupport;

import java.io.IOException;
import java.util.concurrent.TimeUnit;

/**
 * A PostgreSQL cluster of the test's own (Debian's pg_createcluster, port 5433), so that a test can stop and restart
 * a database server under a running portal without touching the cluster every other test and build uses. Created
 * when missing and dropped again by {@link #close()}: the machine is left as it was.
 */
public final class SpareCluster implements AutoCloseable {

    public static final int PORT = 5433;
    private static final String NAME = "iin_faults";
    private final String version;

    private SpareCluster(String version) {
        this.version = version;
    }

    /** Creates and starts the cluster, with a database owned by an owner role and a data role, as in production. */
    public static SpareCluster start(ScratchDatabase db) throws IOException, InterruptedException {
        String version = shell("pg_lsclusters -h | awk 'NR==1 {print $1}'").trim();
        SpareCluster cluster = new SpareCluster(version);
        shell("pg_dropcluster --stop " + version + " " + NAME + " 2>/dev/null || true");
        shell("pg_createcluster " + version + " " + NAME + " -p " + PORT + " >/dev/null");
        cluster.ctl("start");
        asPostgres("psql -q -p " + PORT + " -d postgres -c \"CREATE ROLE " + db.user() + " LOGIN PASSWORD '"
                + db.password() + "'\" -c \"CREATE ROLE " + db.owner() + " LOGIN PASSWORD '" + db.ownerPassword()
                + "'\"");
        asPostgres("createdb -p " + PORT + " -O " + db.owner() + " " + db.name());
        return cluster;
    }

    /** {@code pg_ctlcluster VERSION iin_faults ACTION} (start, stop, restart), waiting for it to finish. */
    public void ctl(String action) throws IOException, InterruptedException {
        shell("pg_ctlcluster " + version + " " + NAME + " " + action);
    }

    @Override
    public void close() throws IOException, InterruptedException {
        shell("pg_dropcluster --stop " + version + " " + NAME);
    }

    private static void asPostgres(String command) throws IOException, InterruptedException {
        shell("if [ \"$(id -u)\" -eq 0 ]; then su postgres -s /bin/sh -c '" + command.replace("'", "'\\''")
                + "'; else sudo -u postgres sh -c '" + command.replace("'", "'\\''") + "'; fi");
    }

    private static String shell(String command) throws IOException, InterruptedException {
        String root = "if [ \"$(id -u)\" -eq 0 ]; then " + command + "; else sudo sh -c '"
                + command.replace("'", "'\\''") + "'; fi";
        Process process = new ProcessBuilder("bash", "-c", command.startsWith("if ") ? command : root)
                .redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes());
        if (!process.waitFor(120, TimeUnit.SECONDS) || process.exitValue() != 0) {
            throw new IllegalStateException(command + " failed: " + output);
        }
        return output;
    }

}
