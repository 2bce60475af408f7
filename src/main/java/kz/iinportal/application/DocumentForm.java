package kz.iinportal.application;

import static kz.iinportal.web.FormValues.orEmpty;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;

import kz.iinportal.iin.DocumentType;
import kz.iinportal.web.FormErrors;
import kz.iinportal.web.Kazakhstan;

/**
 * The identity document as typed: type, number (letters and digits, stored in capitals), issuing country, issue
 * date (not in the future) and expiry date (after the issue date, not already passed).
 */
record DocumentForm(DocumentType type, String number, String country, LocalDate issued, LocalDate expires,
        Map<String, String> answers) {

    /** The answers as stored, for the step's page. */
    static DocumentForm of(Application app) {
        return new DocumentForm(app.documentType, app.documentNumber, app.documentCountry, app.documentIssueDate,
                app.documentExpiryDate, answers(orEmpty(app.documentType), orEmpty(app.documentNumber),
                        orEmpty(app.documentCountry), orEmpty(app.documentIssueDate),
                        orEmpty(app.documentExpiryDate)));
    }

    static DocumentForm read(String documentType, String documentNumber, String documentCountry,
            String documentIssueDate, String documentExpiryDate, FormErrors errors) {
        DocumentType type = ApplicantData.choice(DocumentType.class, documentType, "documentType", errors);
        String number = ApplicantData.trim(documentNumber);
        if (number == null) {
            errors.add("documentNumber", "apply.error.documentNumber.required");
        } else if (!ApplicantData.DOCUMENT_NUMBER.matcher(number).matches()) {
            errors.add("documentNumber", "apply.error.documentNumber.format");
        }
        String country = ApplicantData.country(documentCountry, "documentCountry", errors);
        LocalDate issued = ApplicantData.date(documentIssueDate, "documentIssueDate", errors);
        LocalDate expires = ApplicantData.date(documentExpiryDate, "documentExpiryDate", errors);
        LocalDate today = Kazakhstan.today();
        if (issued != null && issued.isAfter(today)) {
            errors.add("documentIssueDate", "apply.error.documentIssueDate.future");
        }
        if (issued != null && expires != null && !issued.isBefore(expires)) {
            errors.add("documentExpiryDate", "apply.error.documentExpiryDate.beforeIssue");
        } else if (expires != null && expires.isBefore(today)) {
            errors.add("documentExpiryDate", "apply.error.documentExpiryDate.expired");
        }
        return new DocumentForm(type, number, country, issued, expires, answers(orEmpty(documentType),
                orEmpty(documentNumber), orEmpty(documentCountry), orEmpty(documentIssueDate),
                orEmpty(documentExpiryDate)));
    }

    void applyTo(Application draft) {
        draft.documentType = type;
        draft.documentNumber = number.toUpperCase(Locale.ROOT);
        draft.documentCountry = country;
        draft.documentIssueDate = issued;
        draft.documentExpiryDate = expires;
    }

    private static Map<String, String> answers(String type, String number, String country, String issued,
            String expires) {
        return Map.of("documentType", type, "documentNumber", number, "documentCountry", country,
                "documentIssueDate", issued, "documentExpiryDate", expires);
    }
}
