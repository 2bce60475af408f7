package kz.iinportal.testsupport;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * One portal instance as production runs it: the packaged jar (target/quarkus-app, built by {@code package} before
 * the integration tests) in the prod profile, a process of its own with its settings in its environment. Its output
 * goes to target/instances/NAME.log, which a failing test can be read against.
 */
public final class PortalInstance implements AutoCloseable {

    private static final Path JAR = Path.of("target/quarkus-app/quarkus-run.jar");

    public final String name;
    public final int port;
    public final int managementPort;
    public final Path log;
    private final Process process;

    private PortalInstance(String name, int port, int managementPort, Process process, Path log) {
        this.name = name;
        this.port = port;
        this.managementPort = managementPort;
        this.process = process;
        this.log = log;
    }

    /**
     * The JVM options of the tests' instances: C1 only, which starts fastest and is plenty for correctness (a
     * benchmark passes its own, {@link #start(String, int, int, Map, Duration, List)}).
     */
    public static final List<String> TEST_JVM = List.of("-Xmx256m", "-XX:TieredStopAtLevel=1");

    /** Starts the jar and waits until it reports ready (database included), at most {@code startup}. */
    public static PortalInstance start(String name, int port, int managementPort, Map<String, String> env,
            Duration startup) throws IOException, InterruptedException {
        return start(name, port, managementPort, env, startup, TEST_JVM);
    }

    /** The same with these JVM options. */
    public static PortalInstance start(String name, int port, int managementPort, Map<String, String> env,
            Duration startup, List<String> jvmOptions) throws IOException, InterruptedException {
        if (!Files.exists(JAR)) {
            throw new IllegalStateException(JAR + " is missing: integration tests run after `./mvnw package`");
        }
        Path log = Path.of("target/instances", name + ".log");
        Files.createDirectories(log.getParent());
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(jvmOptions);
        command.addAll(List.of("-jar", JAR.toString()));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
        // production refuses to start without a signing key; a test may still give another one
        Map<String, String> all = new HashMap<>(TestKeystore.env());
        all.putAll(env);
        all.put("PORT", Integer.toString(port));
        all.put("IIN_MANAGEMENT_PORT", Integer.toString(managementPort));
        // One checkpoint directory for all instances, as the replicas share one volume in Kubernetes.
        all.putIfAbsent("IIN_AUDIT_CHECKPOINT_DIR", Path.of("target/instances/audit-checkpoints").toAbsolutePath()
                .toString());
        builder.environment().putAll(all);
        PortalInstance instance = new PortalInstance(name, port, managementPort, builder.start(), log);
        instance.awaitReady(startup);
        return instance;
    }

    /**
     * bin/migrate: the schema migrated by its owner in a process of its own, before any instance starts (the
     * instances never hold the owner's password).
     */
    public static void migrate(String dbUrl, String dataRole, String owner, String ownerPassword)
            throws IOException, InterruptedException {
        Path log = Path.of("target/instances/migrate.log");
        Files.createDirectories(log.getParent());
        ProcessBuilder builder = new ProcessBuilder("bin/migrate", JAR.toString()).redirectErrorStream(true)
                .redirectOutput(log.toFile());
        builder.environment().putAll(Map.of("IIN_DB_URL", dbUrl, "IIN_DB_USER", dataRole, "IIN_DB_OWNER", owner,
                "IIN_DB_OWNER_PASSWORD", ownerPassword, "JAVA_OPTS", "-Xmx256m -XX:TieredStopAtLevel=1"));
        Process process = builder.start();
        if (!process.waitFor(3, TimeUnit.MINUTES) || process.exitValue() != 0) {
            process.destroyForcibly();
            throw new IllegalStateException("bin/migrate failed:\n" + Files.readString(log));
        }
    }

    public URI base() {
        return URI.create("http://localhost:" + port + "/");
    }

    /** The process id, for jcmd and /proc (a benchmark's profile and memory figures). */
    public long pid() {
        return process.pid();
    }

    public boolean isAlive() {
        return process.isAlive();
    }

    /** {@code kill -9}: no shutdown hook, no transaction finished, as when a machine dies. */
    public void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor();
    }

    private void awaitReady(Duration startup) throws IOException, InterruptedException {
        long deadline = System.nanoTime() + startup.toNanos();
        HttpClient client = HttpClient.newHttpClient();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException(name + " exited with " + process.exitValue() + ":\n" + tail());
            }
            try {
                HttpResponse<Void> ready = client.send(HttpRequest.newBuilder(
                        URI.create("http://localhost:" + managementPort + "/q/health/ready"))
                        .timeout(Duration.ofSeconds(2)).build(), HttpResponse.BodyHandlers.discarding());
                if (ready.statusCode() == 200) {
                    return;
                }
            } catch (IOException e) {
                // not listening yet
            }
            Thread.sleep(250);
        }
        close();
        throw new IllegalStateException(name + " was not ready within " + startup + ":\n" + tail());
    }

    /** The end of the instance's log, for a failure message. */
    public String tail() throws IOException {
        String text = Files.exists(log) ? Files.readString(log) : "";
        return text.length() > 4000 ? text.substring(text.length() - 4000) : text;
    }

    @Override
    public void close() throws InterruptedException {
        if (process.isAlive()) {
            process.destroy();
            if (!process.waitFor(20, TimeUnit.SECONDS)) {
                kill();
            }
        }
    }
}
