package kz.iinportal.application;

/** Who receives the notices of a case a representative filed. */
public enum NoticeRecipients {
    REPRESENTATIVE,
    PRINCIPAL,
    BOTH
}
