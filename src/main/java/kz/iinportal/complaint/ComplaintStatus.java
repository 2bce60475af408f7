package kz.iinportal.complaint;

import io.quarkus.qute.TemplateEnum;

/**
 * A complaint's life: filed OPEN, then answered once by a head of the body, UPHELD (the case goes back to review by
 * another operator) or REJECTED (the refusal stands, the answer gives the reasons). An answer is never changed.
 */
@TemplateEnum
public enum ComplaintStatus {
    OPEN,
    UPHELD,
    REJECTED;

    /** The outcomes a head may answer with. */
    public boolean isAnswer() {
        return this != OPEN;
    }
}
