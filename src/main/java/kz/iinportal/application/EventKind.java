package kz.iinportal.application;

import kz.iinportal.web.Labelled;

/**
 * What happened in a case's timeline (and audit log). Stored by name in {@code application_event.kind}, the column
 * the audit chain hashes, so a constant must never be renamed: old events would no longer read as their kind.
 */
public enum EventKind implements Labelled {
    /** A draft was started ({@link Drafts}). */
    CREATED,
    /** A draft was deleted by its filer ({@link Drafts}). */
    DELETED,
    /** The draft became a case ({@link Submission}). */
    SUBMITTED,
    /** The filer withdrew the pending case ({@link Submission}). */
    WITHDRAWN,
    /** An operator took the case into review ({@code review.Assignments}). */
    ASSIGNED,
    /** The operator gave the case back to the queue ({@code review.Assignments}). */
    RELEASED,
    /** A supervisor gave the case to another operator ({@code supervisor.Reassignments}). */
    REASSIGNED,
    /**
     * The assignee was deactivated or moved to another body: the case went back to the queue
     * ({@code supervisor.StaffChanges}).
     */
    UNASSIGNED,
    /** An operator opened the case's personal data ({@code review.CaseReview}). */
    VIEWED,
    /** An operator opened a document of the case ({@code review.CaseReview}). */
    DOCUMENT_OPENED,
    /** The filer downloaded a document of the case ({@link Applications}). */
    DOCUMENT_DOWNLOADED,
    /** Someone downloaded the case's certificate ({@code certificate.Certificates}). */
    CERTIFICATE_DOWNLOADED,
    /** Decided: IIN formed ({@code review.Decisions}). */
    IIN_FORMED,
    /** Decided: IIN corrected ({@code review.Decisions}). */
    IIN_CORRECTED,
    /** Decided: refused on a {@link RefusalGround} ({@code review.Decisions}). */
    REFUSED,
    /** The operator confirmed that a register person is the applicant, with a reason ({@code review.Verdicts}). */
    SAME_PERSON_CONFIRMED,
    /** The operator told a register person and the applicant apart, with a reason ({@code review.Verdicts}). */
    NOT_SAME_PERSON,
    /** The filer complained about the refusal to the head of the body ({@code complaint.Complaints}). */
    COMPLAINT_FILED,
    /** A head of the body upheld the complaint: the case is back in the queue ({@code complaint.Complaints}). */
    COMPLAINT_UPHELD,
    /** A head of the body rejected the complaint with reasons: the refusal stands ({@code complaint.Complaints}). */
    COMPLAINT_REJECTED;

    /**
     * Whether the filer's own timeline shows it. The operator's verdicts on register persons are about other people
     * (which namesakes the register holds is nobody's business but the operator's), so they stay in the audit only.
     */
    public boolean shownToFiler() {
        return this != SAME_PERSON_CONFIRMED && this != NOT_SAME_PERSON;
    }

    /** The event of a decision that ends in {@code status}. */
    public static EventKind decided(ApplicationStatus status) {
        return switch (status) {
            case IIN_FORMED -> IIN_FORMED;
            case IIN_CORRECTED -> IIN_CORRECTED;
            case REFUSED -> REFUSED;
            default -> throw new IllegalArgumentException(status + " is not a decision");
        };
    }

    @Override
    public String labelPrefix() {
        return "event.";
    }
}
