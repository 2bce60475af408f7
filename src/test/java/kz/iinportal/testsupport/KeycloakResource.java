package kz.iinportal.testsupport;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Map;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/**
 * Starts the real Keycloak (the Maven Central distribution that the build unpacks into target/keycloak) with the
 * realm shipped in deploy/keycloak, so the end-to-end tests log in exactly as production does. When a Keycloak with
 * that realm already answers on the port (a developer started one), it is reused and left running.
 * <p>
 * While the Keycloak it started runs, its process id is in {@link #PID_FILE}, so that .ci/run can stop exactly that
 * process (and its children) if the tests die before {@link #stop()}, and never someone else's Keycloak.
 */
public class KeycloakResource implements QuarkusTestResourceLifecycleManager {

    public static final int PORT = Integer.getInteger("keycloak.port", 8180);

    /** Keycloak builds its server on first start: about a minute on an idle machine, several on a busy one. */
    static final int STARTUP_SECONDS = Integer.getInteger("keycloak.startup-seconds", 420);
    public static final String BASE_URL = "http://localhost:" + PORT;
    public static final String REALM_URL = BASE_URL + "/realms/iin";
    public static final Path PID_FILE = Path.of(System.getProperty("keycloak.pid-file", "target/keycloak.pid"));

    private Process process;

    @Override
    public Map<String, String> start() {
        if (!realmAnswers()) {
            process = launch();
            writePidFile(process.pid());
            awaitRealm();
        }
        return Map.of(
                "quarkus.oidc.auth-server-url", REALM_URL,
                "quarkus.oidc.devservices.enabled", "false",
                "iin.login-claim", "preferred_username");
    }

    @Override
    public void stop() {
        if (process != null) {
            process.descendants().forEach(ProcessHandle::destroy);
            process.destroy();
            try {
                process.waitFor();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            if (!process.isAlive()) {
                deletePidFile();
            }
        }
    }

    private static void writePidFile(long pid) {
        try {
            Files.createDirectories(PID_FILE.toAbsolutePath().getParent());
            Files.writeString(PID_FILE, pid + "\n");
        } catch (IOException e) {
            throw new IllegalStateException("Cannot write " + PID_FILE.toAbsolutePath(), e);
        }
    }

    private static void deletePidFile() {
        try {
            Files.deleteIfExists(PID_FILE);
        } catch (IOException e) {
            // Harmless: .ci/run checks that the process is still Keycloak's before stopping it.
        }
    }

    private static Process launch() {
        Path home = Path.of(System.getProperty("keycloak.home", "target/keycloak/keycloak-26.5.6"));
        Path realm = Path.of(System.getProperty("keycloak.realm-file", "deploy/keycloak/iin-realm.json"));
        if (!Files.isExecutable(home.resolve("bin/kc.sh"))) {
            throw new IllegalStateException("Keycloak is not unpacked at " + home.toAbsolutePath()
                    + "; run the tests through Maven (./mvnw verify), which fetches and unpacks it");
        }
        try {
            Path importDir = Files.createDirectories(home.resolve("data/import"));
            Files.copy(realm, importDir.resolve("iin-realm.json"), StandardCopyOption.REPLACE_EXISTING);
            ProcessBuilder builder = new ProcessBuilder(home.resolve("bin/kc.sh").toString(), "start-dev",
                    "--http-port=" + PORT, "--import-realm", "--db=dev-mem", "--hostname=" + BASE_URL,
                    "--cache=local")
                    .redirectErrorStream(true)
                    .redirectOutput(home.getParent().resolve("keycloak.log").toFile());
            builder.environment().put("KC_BOOTSTRAP_ADMIN_USERNAME", "admin");
            builder.environment().put("KC_BOOTSTRAP_ADMIN_PASSWORD", "admin");
            builder.environment().put("JAVA_OPTS_KC_HEAP", "-Xms64m -Xmx512m");
            return builder.start();
        } catch (IOException e) {
            throw new IllegalStateException("Cannot start Keycloak from " + home, e);
        }
    }

    private void awaitRealm() {
        long deadline = System.nanoTime() + Duration.ofSeconds(STARTUP_SECONDS).toNanos();
        while (System.nanoTime() < deadline) {
            if (realmAnswers()) {
                return;
            }
            if (!process.isAlive()) {
                throw new IllegalStateException("Keycloak exited with " + process.exitValue()
                        + "; see target/keycloak/keycloak.log");
            }
            try {
                Thread.sleep(500);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        throw new IllegalStateException(
                "Keycloak did not serve realm iin within " + STARTUP_SECONDS + " s; see target/keycloak/keycloak.log");
    }

    private static boolean realmAnswers() {
        try {
            HttpResponse<Void> response = HttpClient.newHttpClient().send(
                    HttpRequest.newBuilder(URI.create(REALM_URL + "/.well-known/openid-configuration"))
                            .timeout(Duration.ofSeconds(2)).build(),
                    HttpResponse.BodyHandlers.discarding());
            return response.statusCode() == 200;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
