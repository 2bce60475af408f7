package kz.iinportal.notice;

import kz.iinportal.web.Labelled;

/** A notice waits (PENDING, perhaps after failed attempts) until the mail server has accepted it (SENT). */
public enum NoticeState implements Labelled {
    PENDING,
    SENT;

    @Override
    public String labelPrefix() {
        return "notices.state.";
    }
}
