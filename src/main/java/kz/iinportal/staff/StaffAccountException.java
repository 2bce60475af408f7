package kz.iinportal.staff;

/** The identity provider refused or could not be reached; the reason picks the message shown on the form. */
public class StaffAccountException extends Exception {

    private static final long serialVersionUID = 1L;

    public enum Reason {
        /** An account with this login or e-mail address exists already (maybe an applicant's). */
        ALREADY_EXISTS,
        /** The provider has no account with this login. */
        NOT_FOUND,
        /** The provider could not be reached or answered with an error. */
        UNAVAILABLE;

        public String messageKey() {
            return "staff.account.error." + name();
        }
    }

    private final Reason reason;

    public StaffAccountException(Reason reason, String message, Throwable cause) {
        super(message, cause);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
