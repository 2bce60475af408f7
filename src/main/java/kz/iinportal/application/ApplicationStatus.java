package kz.iinportal.application;

import java.util.EnumSet;
import java.util.Set;

import io.quarkus.qute.TemplateEnum;

/**
 * An application's life; {@link #canBecome} is the only way between statuses. Templates compare with the constants
 * ({@code app.status == ApplicationStatus:IN_REVIEW}), so a renamed status fails the build, not a page.
 */
@TemplateEnum
public enum ApplicationStatus {
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
            case SUBMITTED -> EnumSet.of(IN_REVIEW, WITHDRAWN, IIN_FORMED, IIN_CORRECTED, REFUSED);
            case IN_REVIEW -> EnumSet.of(SUBMITTED, IIN_FORMED, IIN_CORRECTED, REFUSED, WITHDRAWN);
            case IIN_FORMED, IIN_CORRECTED, REFUSED, WITHDRAWN -> EnumSet.noneOf(ApplicationStatus.class);
        };
    }

    /** Submitted and not yet decided: the filer may still withdraw. */
    public boolean isPending() {
        return this == SUBMITTED || this == IN_REVIEW;
    }

    public boolean isDecided() {
        return this == IIN_FORMED || this == IIN_CORRECTED || this == REFUSED;
    }
}
