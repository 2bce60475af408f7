package kz.iinportal.production;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import kz.iinportal.testsupport.TestKeystore;

/**
 * The packaged portal started as production starts it — {@code java -jar target/quarkus-app/quarkus-run.jar}, prod
 * profile, a process of its own — against a database of its own ({@code IIN_TEST_PROD_DB_URL}, emptied first) and
 * roles of its own, made by bin/ensure-postgres with passwords that are no demo values (the portal refuses those).
 * In order: bin/migrate creates the schema, the portal refuses each bad configuration, and starts with a good one.
 * No identity provider runs: the portal starts without one and serves its public pages.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ProductionStartIT {

    private static final Path BASEDIR = Path.of(System.getProperty("portal.basedir", ".")).toAbsolutePath();
    private static final Path JAR = Path.of(
            System.getProperty("portal.jar", BASEDIR.resolve("target/quarkus-app/quarkus-run.jar").toString()));
    private static final Path LOGS = BASEDIR.resolve("target/production-it");
    private static final String DB_URL = System.getenv().getOrDefault("IIN_TEST_PROD_DB_URL",
            "jdbc:postgresql://127.0.0.1:5432/iin_test_prod");

    private static final String OWNER = "iin_prod_it_owner";
    private static final String OWNER_PASSWORD = "it-owner-Vb83kQz1mW5xTr70";
    private static final String DATA_ROLE = "iin_prod_it";
    private static final String DATA_PASSWORD = "it-data-Hc42nLp9sD6yKe13";
    /** A role that works, with bin/ensure-postgres' published password: what a forgotten IIN_DB_PASSWORD leaves. */
    private static final String DEMO_ROLE = "iin_prod_it_demo";
    private static final String CLIENT_SECRET = "it-client-0b7f4e2a9c5d8136e4f0a2b7";
    private static final String ENCRYPTION_SECRET = "it-cookies-5e1a9c3f7b2d4068a1c3e5f7092b";

    /** Generous for a shared machine; a refusal takes a few seconds. */
    private static final Duration LIMIT = Duration.ofSeconds(60);
    private static final String JVM_OPTIONS = "-Xmx256m -XX:TieredStopAtLevel=1 -XX:+UseSerialGC";

    private final List<Process> started = new ArrayList<>();

    @BeforeAll
    static void emptyDatabase() throws Exception {
        String database = DB_URL.substring(DB_URL.lastIndexOf('/') + 1).replaceAll("\\?.*", "");
        ensurePostgres(database, DATA_ROLE, DATA_PASSWORD);
        ensurePostgres(database, DEMO_ROLE, "iin");
        try (Connection connection = DriverManager.getConnection(DB_URL, OWNER, OWNER_PASSWORD);
                Statement statement = connection.createStatement()) {
            statement.execute("DROP OWNED BY CURRENT_USER");
        }
        Files.createDirectories(LOGS);
    }

    @AfterEach
    void stopWhatWasStarted() throws InterruptedException {
        for (Process process : started) {
            if (process.isAlive()) {
                process.destroy();
                if (!process.waitFor(20, TimeUnit.SECONDS)) {
                    process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
                }
            }
        }
        started.clear();
    }

    @Test
    @Order(1)
    void binMigrateCreatesTheSchemaAsItsOwnerAndExits() throws Exception {
        Map<String, String> env = new HashMap<>();
        env.put("IIN_DB_URL", DB_URL);
        env.put("IIN_DB_USER", DATA_ROLE);
        env.put("IIN_DB_OWNER", OWNER);
        env.put("IIN_DB_OWNER_PASSWORD", OWNER_PASSWORD);
        env.put("JAVA_OPTS", JVM_OPTIONS);
        Path log = LOGS.resolve("migrate.log");

        Process migrate = start(List.of(BASEDIR.resolve("bin/migrate").toString(), JAR.toString()), env, log);

        assertEquals(0, exitCode(migrate, log), () -> read(log));
        // Production logs are JSON lines: the logger's full name, then the message.
        assertTrue(read(log).contains("\"loggerName\":\"org.flywaydb.core.internal.command.DbMigrate\"")
                && read(log).contains("Successfully applied"), () -> read(log));
        try (Connection connection = DriverManager.getConnection(DB_URL, DATA_ROLE, DATA_PASSWORD);
                Statement statement = connection.createStatement()) {
            assertEquals(0, count(statement, "SELECT count(*) FROM application"));
            assertTrue(count(statement, "SELECT count(*) FROM service_rule") > 0, "the migrations' reference data");
        }
        try (Connection connection = DriverManager.getConnection(DB_URL, OWNER, OWNER_PASSWORD);
                Statement statement = connection.createStatement()) {
            // The demo role may read what the data role may, so that only its published password tells them apart.
            statement.execute("GRANT SELECT ON ALL TABLES IN SCHEMA public TO " + DEMO_ROLE);
            statement.execute("GRANT SELECT, USAGE ON ALL SEQUENCES IN SCHEMA public TO " + DEMO_ROLE);
        }
    }

    static Stream<Arguments> refusedConfigurations() {
        return Stream.of(
                refused("the demo client secret",
                        Map.of("IIN_OIDC_CLIENT_SECRET", "change-me-portal-client-secret-0123456789"),
                        "IIN_OIDC_CLIENT_SECRET"),
                refused("no token encryption secret", Map.of("IIN_TOKEN_ENCRYPTION_SECRET", ""),
                        "IIN_TOKEN_ENCRYPTION_SECRET"),
                refused("the demo database password", Map.of("IIN_DB_USER", DEMO_ROLE, "IIN_DB_PASSWORD", "iin"),
                        "IIN_DB_PASSWORD"),
                refused("no database password", Map.of("IIN_DB_PASSWORD", ""), "IIN_DB_PASSWORD"),
                refused("no audit checkpoint directory", Map.of("IIN_AUDIT_CHECKPOINT_DIR", ""),
                        "IIN_AUDIT_CHECKPOINT_DIR"),
                refused("no signing keystore", Map.of("IIN_SIGNING_KEYSTORE", ""), "IIN_SIGNING_KEYSTORE"),
                refused("the demo signing keystore password",
                        Map.of("IIN_SIGNING_KEYSTORE_PASSWORD", "dev-signing-keystore-password"),
                        "IIN_SIGNING_KEYSTORE_PASSWORD"),
                // both ways the owner's rights could reach the portal, told in one start
                refused("the owner's credentials", Map.of("IIN_DB_USER", OWNER, "IIN_DB_PASSWORD", OWNER_PASSWORD,
                        "IIN_DB_OWNER_PASSWORD", OWNER_PASSWORD), "IIN_DB_OWNER_PASSWORD", "IIN_DB_USER"));
    }

    /**
     * @param changes variables to set over a good configuration; an empty value leaves the variable out
     * @param variables what the output must name
     */
    private static Arguments refused(String name, Map<String, String> changes, String... variables) {
        return Arguments.of(Named.of(name, changes), List.of(variables));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("refusedConfigurations")
    @Order(2)
    void productionRefusesToStart(Map<String, String> changes, List<String> variables) throws Exception {
        Map<String, String> env = portalEnv();
        changes.forEach((name, value) -> {
            if (value.isEmpty()) {
                env.remove(name);
            } else {
                env.put(name, value);
            }
        });
        Path log = LOGS.resolve("refused-" + String.join("-", variables) + "-" + changes.size() + ".log");
        long begin = System.nanoTime();

        Process portal = start(List.of(java(), "-jar", JAR.toString()), env, log);

        int exitCode = exitCode(portal, log);
        String output = read(log);
        assertNotEquals(0, exitCode, output);
        for (String variable : variables) {
            assertTrue(output.contains(variable), variable + " named in:\n" + output);
        }
        assertFalse(output.contains("Listening on"), output);
        System.out.printf("refused (%s) in %d ms%n", variables, (System.nanoTime() - begin) / 1_000_000);
    }

    @Test
    @Order(3)
    void startsWithRealSecretsAndOnlyTheDataRoleWithoutMigrating() throws Exception {
        Map<String, String> env = portalEnv();
        Path log = LOGS.resolve("serves.log");
        long begin = System.nanoTime();

        Process portal = start(List.of(java(), "-jar", JAR.toString()), env, log);

        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        URI live = URI.create("http://127.0.0.1:" + env.get("IIN_MANAGEMENT_PORT") + "/q/health/live");
        int liveStatus = awaitStatus(http, live, portal, log);
        System.out.printf("serving in %d ms%n", (System.nanoTime() - begin) / 1_000_000);
        assertEquals(200, liveStatus, () -> read(log));
        HttpResponse<String> home = http.send(
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + env.get("PORT") + "/")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, home.statusCode(), () -> read(log));

        portal.destroy();
        assertTrue(portal.waitFor(30, TimeUnit.SECONDS), "stops when asked");
        String output = read(log);
        assertTrue(output.contains("\"loggerName\":\"io.quarkus\""), "the log is read as it is written:\n" + output);
        assertFalse(output.contains("org.flywaydb"), "no Flyway at all in the portal's log:\n" + output);
        assertFalse(output.contains("Migrating schema"), output);
    }

    /** Real-looking secrets, the data role, free ports, and an identity provider nobody listens for. */
    private static Map<String, String> portalEnv() throws IOException {
        Map<String, String> env = new HashMap<>();
        env.put("IIN_DB_URL", DB_URL);
        env.put("IIN_DB_USER", DATA_ROLE);
        env.put("IIN_DB_PASSWORD", DATA_PASSWORD);
        env.put("IIN_OIDC_URL", "http://127.0.0.1:" + freePort() + "/realms/iin");
        env.put("IIN_OIDC_CLIENT_SECRET", CLIENT_SECRET);
        env.put("IIN_TOKEN_ENCRYPTION_SECRET", ENCRYPTION_SECRET);
        env.put("IIN_AUDIT_CHECKPOINT_DIR", BASEDIR.resolve("target/instances/audit-checkpoints-start").toString());
        env.putAll(TestKeystore.env());
        env.put("PORT", String.valueOf(freePort()));
        env.put("IIN_MANAGEMENT_PORT", String.valueOf(freePort()));
        return env;
    }

    /** Started with only the variables given (and none of this JVM's IIN_* or QUARKUS_* ones), output to log. */
    private Process start(List<String> command, Map<String, String> env, Path log) throws IOException {
        ProcessBuilder builder = new ProcessBuilder(command).directory(BASEDIR.toFile()).redirectErrorStream(true)
                .redirectOutput(log.toFile());
        builder.environment().keySet().removeIf(name -> name.startsWith("IIN_") || name.startsWith("QUARKUS_"));
        builder.environment().putAll(env);
        Process process = builder.start();
        started.add(process);
        return process;
    }

    private static String java() {
        return Path.of(System.getProperty("java.home"), "bin", "java") + "";
    }

    private static int exitCode(Process process, Path log) throws InterruptedException {
        if (!process.waitFor(LIMIT.toSeconds(), TimeUnit.SECONDS)) {
            fail("still running after " + LIMIT + ":\n" + read(log));
        }
        return process.exitValue();
    }

    private static int awaitStatus(HttpClient http, URI uri, Process process, Path log) throws Exception {
        long deadline = System.nanoTime() + LIMIT.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                fail("exited with " + process.exitValue() + ":\n" + read(log));
            }
            try {
                return http.send(HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(5)).build(),
                        HttpResponse.BodyHandlers.discarding()).statusCode();
            } catch (IOException notYet) {
                Thread.sleep(250);
            }
        }
        return fail("not serving after " + LIMIT + ":\n" + read(log));
    }

    private static void ensurePostgres(String database, String dataRole, String dataPassword) throws Exception {
        Path log = LOGS.resolve("ensure-postgres.log");
        Files.createDirectories(LOGS);
        ProcessBuilder builder = new ProcessBuilder(BASEDIR.resolve("bin/ensure-postgres").toString())
                .directory(BASEDIR.toFile()).redirectErrorStream(true).redirectOutput(log.toFile());
        builder.environment().putAll(Map.of("IIN_DATABASES", database, "IIN_DB_USER", dataRole, "IIN_DB_PASSWORD",
                dataPassword, "IIN_DB_OWNER", OWNER, "IIN_DB_OWNER_PASSWORD", OWNER_PASSWORD));
        Process process = builder.start();
        assertTrue(process.waitFor(120, TimeUnit.SECONDS), "bin/ensure-postgres finishes");
        assertEquals(0, process.exitValue(), () -> read(log));
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static long count(Statement statement, String query) throws SQLException {
        try (ResultSet result = statement.executeQuery(query)) {
            result.next();
            return result.getLong(1);
        }
    }

    private static String read(Path log) {
        try {
            return Files.exists(log) ? Files.readString(log) : "";
        } catch (IOException e) {
            return "(log unreadable: " + e + ")";
        }
    }
}
