package kz.iinportal.complaint;

import java.util.Map;

import kz.iinportal.web.FormErrors;
import kz.iinportal.web.FormValues;

/**
 * A head's answer as sent: upheld or rejected, and the reasons, required either way — the filer reads them with the
 * outcome, and a rejection without reasons would leave them nothing to take further.
 */
record AnswerForm(ComplaintStatus outcome, String reasons, Map<String, String> typed) {

    static AnswerForm empty() {
        return new AnswerForm(null, null, Map.of("outcome", "", "reasons", ""));
    }

    static AnswerForm read(String outcome, String reasons, FormErrors errors) {
        ComplaintStatus chosen = FormValues.named(ComplaintStatus.class, outcome);
        if (chosen == null || !chosen.isAnswer()) {
            errors.add("outcome", "complaint.error.outcome.required");
            chosen = null;
        }
        String text = FormValues.trim(reasons);
        if (text == null) {
            errors.add("reasons", "complaint.error.reasons.required");
        } else if (text.length() > Complaint.MAX_ANSWER) {
            errors.add("reasons", "complaint.error.reasons.tooLong", Complaint.MAX_ANSWER, text.length());
        }
        return new AnswerForm(chosen, text,
                Map.of("outcome", FormValues.orEmpty(outcome), "reasons", FormValues.orEmpty(reasons)));
    }

    void applyTo(Complaint complaint) {
        complaint.status = outcome;
        complaint.answer = reasons;
    }
}
