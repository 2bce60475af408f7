package kz.iinportal.application;

import static kz.iinportal.web.FormValues.orEmpty;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

import kz.iinportal.iin.DocumentType;
import kz.iinportal.web.DateInput;
import kz.iinportal.web.FormErrors;
import kz.iinportal.web.Kazakhstan;

/**
 * The identity document as typed: type, number (letters and digits, stored in capitals), issuing country, date of
 * issue (not in the future, not before the holder's birth, not longer ago than a document is valid) and date of expiry
 * (after the date of issue, not already passed, not further from the date of issue than a document is valid).
 */
record DocumentForm(DocumentType type, String number, String country, LocalDate issued, LocalDate expires,
        Map<String, String> answers) {

    /** The answers as stored, for the step's page. */
    static DocumentForm of(Application app) {
        return new DocumentForm(app.documentType, app.documentNumber, app.documentCountry, app.documentIssueDate,
                app.documentExpiryDate, answers(orEmpty(app.documentType), orEmpty(app.documentNumber),
                        orEmpty(app.documentCountry), DateInput.of(app.documentIssueDate),
                        DateInput.of(app.documentExpiryDate)));
    }

    /** Reads the step; {@code birthDate} is the draft's saved date of birth, if any. */
    static DocumentForm read(String documentType, String documentNumber, String documentCountry,
            DateInput documentIssueDate, DateInput documentExpiryDate, LocalDate birthDate, DateLimits limits,
            FormErrors errors) {
        DocumentType type = ApplicantData.choice(DocumentType.class, documentType, "documentType", errors);
        String number = ApplicantData.trim(documentNumber);
        if (number == null) {
            errors.add("documentNumber", "apply.error.documentNumber.required");
        } else if (!ApplicantData.DOCUMENT_NUMBER.matcher(number).matches()) {
            errors.add("documentNumber", "apply.error.documentNumber.format");
        }
        String country = ApplicantData.country(documentCountry, "documentCountry", errors);
        LocalDate issued = ApplicantData.date(documentIssueDate, "documentIssueDate", "apply.document.issueDate",
                errors);
        LocalDate expires = ApplicantData.date(documentExpiryDate, "documentExpiryDate", "apply.document.expiryDate",
                errors);
        LocalDate today = Kazakhstan.today();
        int maxYears = limits.identityDocumentMaxYears();
        boolean issueFine = false;
        if (issued != null && issued.isAfter(today)) {
            errors.add("documentIssueDate", "apply.error.documentIssueDate.future");
        } else if (issued != null && birthDate != null && issued.isBefore(birthDate)) {
            errors.add("documentIssueDate", "apply.error.documentIssueDate.beforeBirth");
        } else if (issued != null && issued.isBefore(today.minusYears(maxYears))) {
            errors.add("documentIssueDate", "apply.error.documentIssueDate.tooOld", maxYears);
        } else {
            issueFine = issued != null;
        }
        if (issued != null && expires != null && !issued.isBefore(expires)) {
            errors.add("documentExpiryDate", "apply.error.documentExpiryDate.beforeIssue");
        } else if (expires != null && expires.isBefore(today)) {
            errors.add("documentExpiryDate", "apply.error.documentExpiryDate.expired");
        } else if (issueFine && expires != null && expires.isAfter(issued.plusYears(maxYears))) {
            errors.add("documentExpiryDate", "apply.error.documentExpiryDate.tooLong", maxYears);
        } else if (expires != null && expires.isAfter(today.plusYears(maxYears))) {
            errors.add("documentExpiryDate", "apply.error.documentExpiryDate.tooFar", maxYears);
        }
        return new DocumentForm(type, number, country, issued, expires, answers(orEmpty(documentType),
                orEmpty(documentNumber), orEmpty(documentCountry), documentIssueDate, documentExpiryDate));
    }

    void applyTo(Application draft) {
        draft.documentType = type;
        draft.documentNumber = number.toUpperCase(Locale.ROOT);
        draft.documentCountry = country;
        draft.documentIssueDate = issued;
        draft.documentExpiryDate = expires;
    }

    private static Map<String, String> answers(String type, String number, String country, DateInput issued,
            DateInput expires) {
        Map<String, String> answers = new HashMap<>(Map.of("documentType", type, "documentNumber", number,
                "documentCountry", country));
        issued.putAnswers("documentIssueDate", answers);
        expires.putAnswers("documentExpiryDate", answers);
        return answers;
    }
}
