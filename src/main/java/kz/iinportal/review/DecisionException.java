package kz.iinportal.review;

/** A decision the rules forbid or that came too late; {@link Reason} says which, for a message to the operator. */
public class DecisionException extends RuntimeException {

    public enum Reason {
        /** The case is not in review by this operator (not assigned to them, or already decided). */
        NOT_ASSIGNED_TO_YOU,
        /** Someone changed the case since the operator opened it (another decision won). */
        CHANGED_MEANWHILE,
        /** Formation refused by the system: an ACTIVE IIN is registered for the same identity document. */
        ACTIVE_IIN_FOR_DOCUMENT,
        /** A refusal needs a comment to the applicant. */
        COMMENT_REQUIRED,
        /**
         * {@link kz.iinportal.application.RefusalGround#IIN_ALREADY_REGISTERED} needs the previously registered IIN,
         * chosen from the register.
         */
        IIN_REQUIRED,
        /**
         * {@link kz.iinportal.application.RefusalGround#IIN_ALREADY_REGISTERED} does not apply to an IIN that has been
         * corrected (the exception in the rules).
         */
        IIN_WAS_CORRECTED,
        IIN_NOT_THE_APPLICANTS,
        /** The IIN to correct is not (or no longer) an ACTIVE IIN of the register. */
        IIN_NOT_CORRECTABLE
    }

    private final Reason reason;

    public DecisionException(Reason reason) {
        super(reason.name());
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
