package kz.iinportal.application;

import static kz.iinportal.web.FormValues.orEmpty;

import java.time.LocalDate;
import java.util.Map;

import kz.iinportal.web.FormErrors;
import kz.iinportal.web.Kazakhstan;

/**
 * The representative's authority as typed, checked field by field: the kind of document, its number, the day it was
 * issued (not in the future) and the day it ends (not already passed), and who receives the notices.
 */
record AuthorityForm(AuthorityKind kind, String number, LocalDate issued, LocalDate validUntil,
        NoticeRecipients recipients, Map<String, String> answers) {

    /** The answers as stored, for the step's page. */
    static AuthorityForm of(Application app) {
        return new AuthorityForm(app.authorityKind, app.authorityNumber, app.authorityDate, app.authorityValidUntil,
                app.noticeRecipients, answers(orEmpty(app.authorityKind), orEmpty(app.authorityNumber),
                        orEmpty(app.authorityDate), orEmpty(app.authorityValidUntil), orEmpty(app.noticeRecipients)));
    }

    static AuthorityForm read(String authorityKind, String authorityNumber, String authorityDate,
            String authorityValidUntil, String noticeRecipients, FormErrors errors) {
        AuthorityKind kind = ApplicantData.choice(AuthorityKind.class, authorityKind, "authorityKind", errors);
        String number = ApplicantData.text(authorityNumber, "authorityNumber", 40, true, errors);
        LocalDate issued = ApplicantData.date(authorityDate, "authorityDate", errors);
        LocalDate validUntil = ApplicantData.date(authorityValidUntil, "authorityValidUntil", errors);
        if (issued != null && issued.isAfter(Kazakhstan.today())) {
            errors.add("authorityDate", "apply.error.authorityDate.future");
        }
        if (validUntil != null && validUntil.isBefore(Kazakhstan.today())) {
            errors.add("authorityValidUntil", "apply.error.authorityValidUntil.expired");
        }
        NoticeRecipients recipients = ApplicantData.choice(NoticeRecipients.class, noticeRecipients,
                "noticeRecipients", errors);
        return new AuthorityForm(kind, number, issued, validUntil, recipients, answers(orEmpty(authorityKind),
                orEmpty(authorityNumber), orEmpty(authorityDate), orEmpty(authorityValidUntil),
                orEmpty(noticeRecipients)));
    }

    void applyTo(Application draft) {
        draft.authorityKind = kind;
        draft.authorityNumber = number;
        draft.authorityDate = issued;
        draft.authorityValidUntil = validUntil;
        draft.noticeRecipients = recipients;
    }

    private static Map<String, String> answers(String kind, String number, String issued, String validUntil,
            String recipients) {
        return Map.of("authorityKind", kind, "authorityNumber", number, "authorityDate", issued,
                "authorityValidUntil", validUntil, "noticeRecipients", recipients);
    }
}
