package kz.iinportal.staff;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;

import io.quarkus.runtime.LaunchMode;
import io.quarkus.runtime.StartupEvent;

/** Picks the {@link StaffAccounts} of the setting; production must manage real accounts and refuses to start without. */
@ApplicationScoped
public class StaffAccountsProvider {

    @Inject
    StaffAccountsConfig config;

    void check(@Observes StartupEvent start) {
        if (LaunchMode.current() == LaunchMode.NORMAL && config.provider() != StaffAccountsConfig.Provider.KEYCLOAK) {
            throw new IllegalStateException("IIN_STAFF_ACCOUNTS (iin-staff-accounts.provider) must be keycloak in "
                    + "production: with " + config.provider() + " supervisors would add staff who have no account");
        }
    }

    @Produces
    @ApplicationScoped
    StaffAccounts staffAccounts(KeycloakStaffAccounts keycloak, RecordedStaffAccounts recorded) {
        return config.provider() == StaffAccountsConfig.Provider.KEYCLOAK ? keycloak : recorded;
    }
}
