package kz.iinportal.documents;

/** An upload that was refused; {@link #problem()} says why, for a message next to the file field. */
public class UploadRejected extends RuntimeException {

    private final UploadProblem problem;

    public UploadRejected(UploadProblem problem) {
        super("Upload rejected: " + problem);
        this.problem = problem;
    }

    public UploadProblem problem() {
        return problem;
    }

    /** The key of the user-facing message, {@code upload.error.<PROBLEM>}. */
    public String messageKey() {
        return problem.messageKey();
    }
}
