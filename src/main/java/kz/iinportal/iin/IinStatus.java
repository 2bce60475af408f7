package kz.iinportal.iin;

import kz.iinportal.web.Labelled;

/** An IIN's life in the register. A CORRECTED or ANNULLED number is never handed out again. */
public enum IinStatus implements Labelled {
    ACTIVE,
    /** Replaced by a correction; {@link IinRecord#replacedBy} names the number that replaced it. */
    CORRECTED,
    ANNULLED;

    @Override
    public String labelPrefix() {
        return "review.dup.status.";
    }
}
