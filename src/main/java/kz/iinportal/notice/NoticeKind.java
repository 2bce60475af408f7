package kz.iinportal.notice;

/**
 * The moments of a case the filer is told about; the first names match the case status they announce, the last two
 * a complaint's filing and its answer ({@code complaint.Complaints}).
 */
public enum NoticeKind {
    SUBMITTED,
    IN_REVIEW,
    IIN_FORMED,
    IIN_CORRECTED,
    REFUSED,
    COMPLAINT_FILED,
    COMPLAINT_ANSWERED
}
