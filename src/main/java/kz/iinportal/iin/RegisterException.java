package kz.iinportal.iin;

/** A register operation that the rules forbid; the {@link Reason} says which rule, for a message to the operator. */
public class RegisterException extends RuntimeException {

    public enum Reason {
        /** Every serial of this birth date and century/sex digit has been handed out. */
        SERIALS_EXHAUSTED,
        /** No such IIN in the register. */
        NOT_FOUND,
        /** The IIN was corrected or annulled already; only an ACTIVE IIN can be corrected. */
        NOT_ACTIVE
    }

    private final Reason reason;

    public RegisterException(Reason reason, String message) {
        super(message);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
