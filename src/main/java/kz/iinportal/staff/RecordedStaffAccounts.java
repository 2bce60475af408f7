package kz.iinportal.staff;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Typed;

/**
 * No identity provider to manage (Quarkus' dev OIDC server in dev mode and tests has no admin API): the accounts are
 * only recorded here, so tests can see what the portal asked for, and can make the next call fail as Keycloak would.
 */
@ApplicationScoped
@Typed(RecordedStaffAccounts.class) // chosen by StaffAccountsProvider, never injected as StaffAccounts itself
public class RecordedStaffAccounts implements StaffAccounts {

    /** Login → whether the account is enabled. */
    private final Map<String, Boolean> accounts = new ConcurrentHashMap<>();
    private volatile StaffAccountException.Reason nextFailure;

    @Override
    public Created create(NewAccount account) throws StaffAccountException {
        failIfAsked();
        if (accounts.putIfAbsent(account.login(), true) != null) {
            throw new StaffAccountException(StaffAccountException.Reason.ALREADY_EXISTS, account.login(), null);
        }
        return Created.NOT_CONNECTED;
    }

    @Override
    public void remove(String login) {
        accounts.remove(login);
    }

    @Override
    public void disable(String login) throws StaffAccountException {
        failIfAsked();
        accounts.computeIfPresent(login, (l, enabled) -> false);
    }

    @Override
    public void enable(String login) throws StaffAccountException {
        failIfAsked();
        accounts.put(login, true);
    }

    /** Whether an account is recorded and enabled: null when none was recorded. */
    public Boolean enabled(String login) {
        return accounts.get(login);
    }

    /** The next call fails with this reason, as Keycloak's would (down, or the login taken there). */
    public void failNext(StaffAccountException.Reason reason) {
        nextFailure = reason;
    }

    private void failIfAsked() throws StaffAccountException {
        StaffAccountException.Reason reason = nextFailure;
        if (reason != null) {
            nextFailure = null;
            throw new StaffAccountException(reason, "as the test asked", null);
        }
    }
}
