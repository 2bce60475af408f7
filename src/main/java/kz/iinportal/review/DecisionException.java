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
         * {@link kz.iinportal.application.RefusalGround#IIN_ALREADY_REGISTERED} names one of the case's own ACTIVE
         * IINs: the same identity document, or a strong match the operator confirmed. The message is the same for any
         * other IIN, registered or not, so the form tells nothing about the register.
         */
        IIN_NOT_AMONG_CANDIDATES,
        /**
         * Formation while an ACTIVE IIN of a strong match is in the register: refuse on ground 3 if it is the
         * applicant's, or tell them apart ("not the same person").
         */
        STRONG_CANDIDATE,
        /** The IIN named for correction is not the applicant's (another document, no confirmed strong match). */
        NAMED_IIN_NOT_THE_APPLICANTS,
        /** A verdict on a register person needs the operator's reason. */
        VERDICT_REASON_REQUIRED,
        /** Same person or not was neither chosen. */
        VERDICT_REQUIRED,
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
