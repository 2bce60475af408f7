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
import java.util.HashMap;
import java.util.Map;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/**
 * Starts the real Keycloak (the Maven Central distribution that the build unpacks into target/keycloak) with the
 * realms shipped in deploy/keycloak, so the end-to-end tests log in exactly as production does: the demo realm "iin",
 * and the production realm imported as "iin-production", its placeholders filled from the environment as in
 * production ({@link #productionRealmEnvironment}). When a Keycloak with the demo realm already answers on the port (a
 * developer started one), it is reused and left running.
 * <p>
 * One Keycloak serves every test profile of the run: Quarkus stops a profile's test resources when the next profile
 * starts, and a second start of Keycloak costs minutes on a busy machine, so it is stopped when the JVM exits.
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

    /** deploy/keycloak/iin-production-realm.json, imported beside the demo realm under this name. */
    public static final String PRODUCTION_REALM = "iin-production";
    public static final String PRODUCTION_REALM_URL = BASE_URL + "/realms/" + PRODUCTION_REALM;
    /** The client secret the production realm gets from IIN_OIDC_CLIENT_SECRET in the tests. */
    public static final String PRODUCTION_CLIENT_SECRET = "production-realm-test-secret-0123456789ab";
    /**
     * Where the production realm sends its e-mail (verification, password reset): the test's {@link FakeSmtpServer}.
     * Fixed when Keycloak starts, so derived from Keycloak's own port: helpers running side by side do not collide.
     */
    public static final int SMTP_PORT = Integer.getInteger("keycloak.smtp-port", PORT + 1000);
    /** Init argument: which realm the portal signs in with ("iin" unless the profile says otherwise). */
    public static final String REALM_ARG = "realm";
    public static final Path PID_FILE = Path.of(System.getProperty("keycloak.pid-file", "target/keycloak.pid"));

    private static Process process;

    private boolean production;

    @Override
    public void init(Map<String, String> initArgs) {
        production = PRODUCTION_REALM.equals(initArgs.get(REALM_ARG));
    }

    @Override
    public Map<String, String> start() {
        synchronized (KeycloakResource.class) {
            if (!realmAnswers(REALM_URL)) {
                process = launch();
                writePidFile(process.pid());
                Runtime.getRuntime().addShutdownHook(new Thread(KeycloakResource::stopKeycloak, "keycloak-stop"));
                awaitRealm();
            }
        }
        if (production && !realmAnswers(PRODUCTION_REALM_URL)) {
            throw new IllegalStateException("The Keycloak on port " + PORT + " has no realm " + PRODUCTION_REALM
                    + " (started before the production realm was imported?): stop it and run the tests again");
        }
        Map<String, String> config = new HashMap<>(Map.of(
                "quarkus.oidc.auth-server-url", production ? PRODUCTION_REALM_URL : REALM_URL,
                "quarkus.oidc.devservices.enabled", "false",
                "iin.login-claim", "preferred_username"));
        if (production) {
            config.put("quarkus.oidc.credentials.secret", PRODUCTION_CLIENT_SECRET);
        }
        return config;
    }

    /** Keycloak keeps running for the next profile; the JVM's exit stops it ({@link #stopKeycloak}). */
    @Override
    public void stop() {
    }

    /** Stops the Keycloak this JVM started now, not at exit: a test of the portal with its provider down. */
    public static synchronized void stopKeycloak() {
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

    /**
     * The production realm's placeholders (deploy/keycloak/README.md) as the tests fill them: its own name beside the
     * demo realm, the portal under test, the SMTP sink without authentication or TLS.
     */
    static Map<String, String> productionRealmEnvironment() {
        return Map.of(
                "IIN_REALM", PRODUCTION_REALM,
                "IIN_OIDC_CLIENT_SECRET", PRODUCTION_CLIENT_SECRET,
                "IIN_PUBLIC_URL", "http://localhost:" + System.getProperty("quarkus.http.test-port", "8081"),
                "IIN_SMTP_HOST", "127.0.0.1",
                "IIN_SMTP_PORT", String.valueOf(SMTP_PORT),
                "IIN_SMTP_FROM", "no-reply@iin.test",
                "IIN_SMTP_AUTH", "false",
                "IIN_SMTP_STARTTLS", "false");
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
        Path productionRealm = realm.resolveSibling("iin-production-realm.json");
        if (!Files.isExecutable(home.resolve("bin/kc.sh"))) {
            throw new IllegalStateException("Keycloak is not unpacked at " + home.toAbsolutePath()
                    + "; run the tests through Maven (./mvnw verify), which fetches and unpacks it");
        }
        try {
            Path importDir = Files.createDirectories(home.resolve("data/import"));
            Files.copy(realm, importDir.resolve("iin-realm.json"), StandardCopyOption.REPLACE_EXISTING);
            Files.copy(productionRealm, importDir.resolve("iin-production-realm.json"),
                    StandardCopyOption.REPLACE_EXISTING);
            ProcessBuilder builder = new ProcessBuilder(home.resolve("bin/kc.sh").toString(), "start-dev",
                    "--http-port=" + PORT, "--import-realm", "--db=dev-mem", "--hostname=" + BASE_URL,
                    "--cache=local")
                    .redirectErrorStream(true)
                    .redirectOutput(home.getParent().resolve("keycloak.log").toFile());
            builder.environment().put("KC_BOOTSTRAP_ADMIN_USERNAME", "admin");
            builder.environment().put("KC_BOOTSTRAP_ADMIN_PASSWORD", "admin");
            builder.environment().put("JAVA_OPTS_KC_HEAP", "-Xms64m -Xmx512m");
            builder.environment().putAll(productionRealmEnvironment());
            return builder.start();
        } catch (IOException e) {
            throw new IllegalStateException("Cannot start Keycloak from " + home, e);
        }
    }

    private void awaitRealm() {
        long deadline = System.nanoTime() + Duration.ofSeconds(STARTUP_SECONDS).toNanos();
        while (System.nanoTime() < deadline) {
            if (realmAnswers(REALM_URL)) {
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

    private static boolean realmAnswers(String realmUrl) {
        try {
            HttpResponse<Void> response = HttpClient.newHttpClient().send(
                    HttpRequest.newBuilder(URI.create(realmUrl + "/.well-known/openid-configuration"))
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
