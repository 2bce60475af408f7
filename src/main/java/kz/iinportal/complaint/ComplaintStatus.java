package kz.iinportal.complaint;

import io.quarkus.qute.TemplateEnum;
import kz.iinportal.web.BundleText;
import kz.iinportal.web.Labelled;

/**
 * A complaint's life: filed OPEN, then answered once by a head of the body, UPHELD (the case goes back to review by
 * another operator) or REJECTED (the refusal stands, the answer gives the reasons). An answer is never changed.
 * Pages show the state as {@code {c.status.label}} and what an answer means for the case as
 * {@code {c.status.outcome}}.
 */
@TemplateEnum
public enum ComplaintStatus implements Labelled {
    OPEN,
    UPHELD,
    REJECTED;

    /** The outcomes a head may answer with. */
    public boolean isAnswer() {
        return this != OPEN;
    }

    @Override
    public String labelPrefix() {
        return "complaint.status.";
    }

    /** What the answer means for the case, in the page's language; empty while the complaint is open. */
    public String getOutcome() {
        return isAnswer() ? BundleText.get(BundleText.pageLanguage(), "complaint.outcome." + name()) : "";
    }
}
