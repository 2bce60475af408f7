package kz.iinportal.notice;

/** A notice waits (PENDING, perhaps after failed attempts) until the mail server has accepted it (SENT). */
public enum NoticeState {
    PENDING,
    SENT
}
