package kz.iinportal.production;

import jakarta.inject.Inject;

import org.jboss.logging.Logger;

import io.quarkus.runtime.Quarkus;
import io.quarkus.runtime.QuarkusApplication;
import io.quarkus.runtime.annotations.QuarkusMain;

/**
 * Serves until stopped, as Quarkus would without this class; started by bin/migrate, it exits as soon as Flyway has
 * migrated at start (and Hibernate validated the result), before the portal serves anyone.
 */
@QuarkusMain
public class PortalMain implements QuarkusApplication {

    private static final Logger LOG = Logger.getLogger(PortalMain.class);

    @Inject
    ProductionSettings settings;

    @Override
    public int run(String... args) {
        if (settings.migrateAndExit()) {
            LOG.info("The schema is migrated; exiting (iin-production.migrate-and-exit)");
            return 0;
        }
        Quarkus.waitForExit();
        return 0;
    }
}
