package kz.iinportal.notice;

/** The moments of a case the filer is told about; the names match the case status they announce. */
public enum NoticeKind {
    SUBMITTED,
    IN_REVIEW,
    IIN_FORMED,
    IIN_CORRECTED,
    REFUSED
}
