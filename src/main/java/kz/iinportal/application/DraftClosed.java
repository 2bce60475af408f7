package kz.iinportal.application;

/**
 * The draft was submitted, withdrawn or deleted meanwhile (another tab, a second click, Back and resend): the change
 * was not made, and the filer is shown the application as it now is instead of an error.
 */
public class DraftClosed extends RuntimeException {

    private final long applicationId;

    public DraftClosed(long applicationId) {
        super(null, null, false, false);
        this.applicationId = applicationId;
    }

    public long applicationId() {
        return applicationId;
    }
}
