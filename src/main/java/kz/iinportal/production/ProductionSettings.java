package kz.iinportal.production;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** How the packaged portal was started: serving people, or once to migrate the schema (bin/migrate). */
@ConfigMapping(prefix = "iin-production")
public interface ProductionSettings {

    /**
     * Set by the {@code migrate} profile ({@code bin/migrate}): Flyway migrates at start as the schema's owner, then
     * the process exits 0 without listening on any port. The portal itself never migrates in production, so it never
     * needs the owner's password.
     */
    @WithDefault("false")
    boolean migrateAndExit();

    /**
     * IIN_DB_PASSWORD, required here (no default) in production so that a portal started without it fails while
     * reading its configuration, naming the variable. Quarkus' own datasource password is optional: without it
     * Hibernate's schema validation would connect first and fail with PostgreSQL's "no password was provided", before
     * {@link ProductionSecrets} runs. Dev mode and tests: the demo password.
     */
    String dataRolePassword();
}
