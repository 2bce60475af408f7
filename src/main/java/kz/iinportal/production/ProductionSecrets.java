package kz.iinportal.production;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import javax.sql.DataSource;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;

import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;
import org.jboss.logging.Logger;

import io.quarkus.runtime.LaunchMode;
import io.quarkus.runtime.StartupEvent;

/**
 * The packaged portal refuses to start while a secret is missing or one this repository publishes
 * ({@link DemoSecrets}), and while it holds the schema owner's rights: anyone who has read the repository could
 * otherwise sign tokens for the portal's client, read the session cookies or log in to the database. The startup
 * fails (non-zero exit) with every problem in one message, each naming the environment variable that fixes it.
 * Dev mode and tests run with the demo values and are not checked.
 *
 * <p>
 * There is no CSRF key to check: the CSRF token is an unsigned double-submit cookie, which instances need not share
 * (docs/decisions.md, "No demo secret in production").
 */
@ApplicationScoped
public class ProductionSecrets {

    private static final Logger LOG = Logger.getLogger(ProductionSecrets.class);

    /**
     * Quarkus derives the cookie key from this secret with SHA-256; shorter ones are padded guesses. 32 characters of a
     * random string are 192 bits or more.
     */
    static final int MIN_ENCRYPTION_SECRET_LENGTH = 32;

    @Inject
    ProductionSettings settings;

    @Inject
    DataSource dataSource;

    /** First of all startup observers: nothing else should start working with a configuration that will be refused. */
    void onStart(@Observes @Priority(Interceptor.Priority.PLATFORM_BEFORE) StartupEvent event) {
        if (LaunchMode.current() != LaunchMode.NORMAL) {
            return;
        }
        Config config = ConfigProvider.getConfig();
        List<String> problems = problems(settings.migrateAndExit(),
                name -> config.getOptionalValue(name, String.class));
        if (!settings.migrateAndExit() && connectedWithOwnerRights()) {
            problems.add("IIN_DB_USER names a role with the schema owner's rights (or a superuser): the portal "
                    + "must run as the data role, which cannot change the schema or the audit log");
        }
        if (!problems.isEmpty()) {
            String message = problems.stream().map(problem -> " - " + problem)
                    .collect(Collectors.joining("\n", "The portal refuses to start in production:\n", ""));
            LOG.error(message);
            throw new IllegalStateException(message);
        }
    }

    /**
     * What is wrong with the settings the portal would run with; empty when it may start.
     *
     * @param migrating started by bin/migrate: only the owner's password matters, the portal's own secrets are not used
     * @param setting a setting's value by name (configuration properties and environment variables alike)
     */
    static List<String> problems(boolean migrating, Function<String, Optional<String>> setting) {
        List<String> problems = new ArrayList<>();
        if (migrating) {
            secret(setting.apply("quarkus.flyway.password"), "IIN_DB_OWNER_PASSWORD", "the schema owner's password")
                    .ifPresent(problems::add);
            return problems;
        }
        Optional<String> clientSecret = setting.apply("quarkus.oidc.credentials.secret");
        secret(clientSecret, "IIN_OIDC_CLIENT_SECRET", "the client secret the identity provider issued to the portal")
                .ifPresent(problems::add);
        Optional<String> encryptionSecret = setting.apply("quarkus.oidc.token-state-manager.encryption-secret");
        Optional<String> encryptionProblem = secret(encryptionSecret, "IIN_TOKEN_ENCRYPTION_SECRET",
                "a random string of at least " + MIN_ENCRYPTION_SECRET_LENGTH
                        + " characters, the same for every instance");
        if (encryptionProblem.isPresent()) {
            problems.add(encryptionProblem.get());
        } else if (encryptionSecret.get().length() < MIN_ENCRYPTION_SECRET_LENGTH) {
            problems.add("IIN_TOKEN_ENCRYPTION_SECRET is shorter than " + MIN_ENCRYPTION_SECRET_LENGTH + " characters");
        } else if (encryptionSecret.equals(clientSecret)) {
            problems.add("IIN_TOKEN_ENCRYPTION_SECRET is the client secret: give the session cookies a key of their "
                    + "own, so that rotating one does not expose the other");
        }
        secret(setting.apply("quarkus.datasource.password"), "IIN_DB_PASSWORD", "the password of the data role")
                .ifPresent(problems::add);
        // The certificates, QR tokens and audit checkpoints are signed with the portal's key: without it the portal
        // could only issue documents anyone can forge.
        Optional<String> keystore = setting.apply("iin.signing.keystore");
        if (keystore.isEmpty() || keystore.get().isBlank()) {
            problems.add("IIN_SIGNING_KEYSTORE is not set: set it to the PKCS#12 file holding the portal's signing "
                    + "key (docs/operations.md, \"Signing key\")");
        }
        secret(setting.apply("iin.signing.keystore-password"), "IIN_SIGNING_KEYSTORE_PASSWORD",
                "the signing keystore's password").ifPresent(problems::add);
        // The checkpoints anchor the audit chains outside the database (audit.Checkpoints): without a directory of
        // their own the schema owner could rewrite the audit unseen.
        Optional<String> checkpoints = setting.apply("iin.audit.checkpoint-dir");
        if (checkpoints.isEmpty() || checkpoints.get().isBlank()) {
            problems.add("IIN_AUDIT_CHECKPOINT_DIR is not set: set it to a directory outside the database that the "
                    + "portal may write, a volume of its own (docs/operations.md, \"Audit checkpoints\")");
        }
        // The owner's password in the portal's environment would let a flaw in the portal change the schema or
        // rewrite the audit log: migrating is bin/migrate's business alone.
        if (setting.apply("IIN_DB_OWNER_PASSWORD").isPresent()) {
            problems.add("IIN_DB_OWNER_PASSWORD is set: only bin/migrate may have the schema owner's password, "
                    + "remove it from the portal's environment");
        }
        if (setting.apply("quarkus.flyway.password").isPresent()) {
            problems.add("QUARKUS_FLYWAY_PASSWORD (quarkus.flyway.password) is set: the portal does not migrate in "
                    + "production, remove it and run bin/migrate");
        }
        if (setting.apply("quarkus.flyway.migrate-at-start").map(Boolean::parseBoolean).orElse(false)) {
            problems.add("QUARKUS_FLYWAY_MIGRATE_AT_START is true: the portal does not migrate in production, "
                    + "run bin/migrate before starting it");
        }
        return problems;
    }

    private static Optional<String> secret(Optional<String> value, String variable, String what) {
        if (value.isEmpty() || value.get().isBlank()) {
            return Optional.of(variable + " is not set: set it to " + what);
        }
        if (DemoSecrets.isDemo(value.get())) {
            return Optional.of(variable + " is a demo value published in this repository: set it to " + what);
        }
        return Optional.empty();
    }

    /**
     * Whether the portal's connection may do what the owner of the migrations may (owns them, is a member of the
     * owner's role, or is a superuser). The owner is whoever owns Flyway's history table.
     */
    private boolean connectedWithOwnerRights() {
        String query = """
                SELECT coalesce((SELECT pg_has_role(current_user, tableowner, 'USAGE') FROM pg_tables
                                  WHERE schemaname = current_schema() AND tablename = 'flyway_schema_history'), false)
                    OR (SELECT rolsuper FROM pg_roles WHERE rolname = current_user)
                """;
        try (Connection connection = dataSource.getConnection();
                Statement statement = connection.createStatement();
                ResultSet result = statement.executeQuery(query)) {
            return result.next() && result.getBoolean(1);
        } catch (SQLException e) {
            throw new IllegalStateException("Could not check the database role's rights", e);
        }
    }
}
