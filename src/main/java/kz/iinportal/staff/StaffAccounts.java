package kz.iinportal.staff;

/**
 * The identity provider's side of a staff member: the account they sign in with. The portal keeps where they work
 * (the staff table); the provider keeps the password, the second factor and the realm role. Which implementation
 * runs is the setting {@code iin-staff-accounts.provider} ({@link StaffAccountsConfig}).
 * <p>
 * Every method is safe to call again after a failure: creating fails on an account that exists, disabling and
 * enabling leave an account already in that state as it is.
 */
public interface StaffAccounts {

    /** A new account as the supervisor entered it. */
    record NewAccount(String login, String fullName, String email, StaffRole role) {
    }

    /** What creating an account achieved beyond the account itself. */
    enum Created {
        /** The person was e-mailed a link to set their password and their authenticator app. */
        EMAIL_SENT,
        /** The account exists, but the provider could not send the e-mail (no mail server configured, say). */
        EMAIL_NOT_SENT,
        /** No identity provider is connected (dev mode, tests): nothing was created outside the portal. */
        NOT_CONNECTED
    }

    /**
     * Creates an enabled account with the role, which must set a password and configure a one-time-password app at
     * first sign-in, and e-mails the person a link to do so.
     */
    Created create(NewAccount account) throws StaffAccountException;

    /**
     * Removes an account {@link #create} made a moment ago, when the portal could not record the staff member after
     * all: nobody is left with an account the portal knows nothing of.
     */
    void remove(String login);

    /** Disables the account and ends all its sessions; an account the provider does not know is left as it is. */
    void disable(String login) throws StaffAccountException;

    /** Enables the account again. */
    void enable(String login) throws StaffAccountException;
}
