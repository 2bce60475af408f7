package kz.iinportal.application;

import java.util.EnumSet;
import java.util.Set;

import io.quarkus.qute.TemplateEnum;
import kz.iinportal.web.Labelled;

/**
 * An application's life; {@link #canBecome} is the only way between statuses, and its table lists exactly the steps
 * the portal takes, each by one class:
 * <ul>
 * <li>{@link Drafts} creates and deletes drafts (no status change: a deleted draft is gone, its events stay);</li>
 * <li>{@link Submission} submits a draft (DRAFT → SUBMITTED) and withdraws a pending case (SUBMITTED or IN_REVIEW →
 * WITHDRAWN);</li>
 * <li>{@code review.Assignments} assigns a case to an operator (SUBMITTED → IN_REVIEW) and releases it back to the
 * queue (IN_REVIEW → SUBMITTED);</li>
 * <li>{@code supervisor.Reassignments} gives a case to another operator (SUBMITTED → IN_REVIEW; an IN_REVIEW case
 * keeps its status and only gets the event);</li>
 * <li>{@code review.Decisions} decides (IN_REVIEW → IIN_FORMED, IIN_CORRECTED or REFUSED), only by the assignee, so
 * a decision always follows an assignment;</li>
 * <li>{@code complaint.Complaints} sends a refused case back to the queue when a head of the body upholds the filer's
 * complaint (REFUSED → SUBMITTED). Back to the queue rather than straight to someone: the head answers the
 * complaint, the body's operators share the work as for any case, and {@code review.Assignments} and
 * {@code supervisor.Reassignments} refuse it to every operator whose refusal of it was set aside.</li>
 * </ul>
 * Templates compare with the constants ({@code app.status == ApplicationStatus:IN_REVIEW}), so a renamed status
 * fails the build, not a page.
 */
@TemplateEnum
public enum ApplicationStatus implements Labelled {
    DRAFT,
    SUBMITTED,
    IN_REVIEW,
    IIN_FORMED,
    IIN_CORRECTED,
    REFUSED,
    WITHDRAWN;

    public boolean canBecome(ApplicationStatus next) {
        return successors().contains(next);
    }

    private Set<ApplicationStatus> successors() {
        return switch (this) {
            case DRAFT -> EnumSet.of(SUBMITTED);
            case SUBMITTED -> EnumSet.of(IN_REVIEW, WITHDRAWN);
            case IN_REVIEW -> EnumSet.of(SUBMITTED, IIN_FORMED, IIN_CORRECTED, REFUSED, WITHDRAWN);
            case REFUSED -> EnumSet.of(SUBMITTED);
            case IIN_FORMED, IIN_CORRECTED, WITHDRAWN -> EnumSet.noneOf(ApplicationStatus.class);
        };
    }

    /** Submitted and not yet decided: the filer may still withdraw. */
    public boolean isPending() {
        return this == SUBMITTED || this == IN_REVIEW;
    }

    public boolean isDecided() {
        return this == IIN_FORMED || this == IIN_CORRECTED || this == REFUSED;
    }

    @Override
    public String labelPrefix() {
        return "status.";
    }
}
