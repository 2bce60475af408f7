package kz.iinportal.complaint;

/** A complaint that cannot be filed or answered as asked; nothing changed. {@link #reason()} says why. */
public class ComplaintRefused extends RuntimeException {

    public enum Reason {
        /** Only a refused case can be complained about (it may have been decided again after an earlier complaint). */
        NOT_REFUSED,
        /** The case has a complaint that is not answered yet: one at a time. */
        ALREADY_OPEN,
        /** The term for complaining in the portal ({@link ComplaintSettings#filingPeriod()}) has passed. */
        TERM_OVER,
        /** The complaint was answered already (by this head in another tab, or by another head). */
        ALREADY_ANSWERED;

        public String messageKey() {
            return "complaint.refused." + name();
        }
    }

    private final Reason reason;

    public ComplaintRefused(Reason reason) {
        super(reason.name(), null, false, false);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
