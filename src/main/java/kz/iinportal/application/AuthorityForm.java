package kz.iinportal.application;

import static kz.iinportal.web.FormValues.orEmpty;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

import kz.iinportal.web.DateInput;
import kz.iinportal.web.FormErrors;
import kz.iinportal.web.Kazakhstan;

/**
 * The representative's authority as typed, checked field by field: the kind of document, its number, the day it was
 * issued (not in the future) and the day it ends (not already passed, after the day it was issued and not further from
 * it than an authority lasts), and who receives the notices.
 */
record AuthorityForm(AuthorityKind kind, String number, LocalDate issued, LocalDate validUntil,
        NoticeRecipients recipients, Map<String, String> answers) {

    /** The answers as stored, for the step's page. */
    static AuthorityForm of(Application app) {
        return new AuthorityForm(app.authorityKind, app.authorityNumber, app.authorityDate, app.authorityValidUntil,
                app.noticeRecipients, answers(orEmpty(app.authorityKind), orEmpty(app.authorityNumber),
                        DateInput.of(app.authorityDate), DateInput.of(app.authorityValidUntil),
                        orEmpty(app.noticeRecipients)));
    }

    static AuthorityForm read(String authorityKind, String authorityNumber, DateInput authorityDate,
            DateInput authorityValidUntil, String noticeRecipients, DateLimits limits, FormErrors errors) {
        AuthorityKind kind = ApplicantData.choice(AuthorityKind.class, authorityKind, "authorityKind", errors);
        String number = ApplicantData.text(authorityNumber, "authorityNumber", 40, true, errors);
        LocalDate issued = ApplicantData.date(authorityDate, "authorityDate", "apply.authority.date", errors);
        LocalDate validUntil = ApplicantData.date(authorityValidUntil, "authorityValidUntil",
                "apply.authority.validUntilName", errors);
        LocalDate today = Kazakhstan.today();
        int maxYears = limits.authorityMaxYears();
        boolean issueFine = false;
        if (issued != null && issued.isAfter(today)) {
            errors.add("authorityDate", "apply.error.authorityDate.future");
        } else if (issued != null && issued.isBefore(today.minusYears(maxYears))) {
            errors.add("authorityDate", "apply.error.authorityDate.tooOld", maxYears);
        } else {
            issueFine = issued != null;
        }
        if (issued != null && validUntil != null && !issued.isBefore(validUntil)) {
            errors.add("authorityValidUntil", "apply.error.authorityValidUntil.beforeDate");
        } else if (validUntil != null && validUntil.isBefore(today)) {
            errors.add("authorityValidUntil", "apply.error.authorityValidUntil.expired");
        } else if (issueFine && validUntil != null && validUntil.isAfter(issued.plusYears(maxYears))) {
            errors.add("authorityValidUntil", "apply.error.authorityValidUntil.tooLong", maxYears);
        } else if (validUntil != null && validUntil.isAfter(today.plusYears(maxYears))) {
            errors.add("authorityValidUntil", "apply.error.authorityValidUntil.tooFar", maxYears);
        }
        NoticeRecipients recipients = ApplicantData.choice(NoticeRecipients.class, noticeRecipients,
                "noticeRecipients", errors);
        return new AuthorityForm(kind, number, issued, validUntil, recipients, answers(orEmpty(authorityKind),
                orEmpty(authorityNumber), authorityDate, authorityValidUntil, orEmpty(noticeRecipients)));
    }

    void applyTo(Application draft) {
        draft.authorityKind = kind;
        draft.authorityNumber = number;
        draft.authorityDate = issued;
        draft.authorityValidUntil = validUntil;
        draft.noticeRecipients = recipients;
    }

    private static Map<String, String> answers(String kind, String number, DateInput issued, DateInput validUntil,
            String recipients) {
        Map<String, String> answers = new HashMap<>(Map.of("authorityKind", kind, "authorityNumber", number,
                "noticeRecipients", recipients));
        issued.putAnswers("authorityDate", answers);
        validUntil.putAnswers("authorityValidUntil", answers);
        return answers;
    }
}
