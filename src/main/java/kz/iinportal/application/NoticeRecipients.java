package kz.iinportal.application;

import kz.iinportal.web.Labelled;

/** Who receives the notices of a case a representative filed. */
public enum NoticeRecipients implements Labelled {
    REPRESENTATIVE,
    PRINCIPAL,
    BOTH;

    @Override
    public String labelPrefix() {
        return "noticeRecipients.";
    }
}
