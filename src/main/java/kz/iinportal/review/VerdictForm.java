package kz.iinportal.review;

import java.util.Map;

import kz.iinportal.review.PersonVerdict.Verdict;
import kz.iinportal.web.FormErrors;
import kz.iinportal.web.FormValues;

/** The operator's answer to "is this register person the applicant?" as sent: the verdict and its reason. */
record VerdictForm(Verdict verdict, String reason, Map<String, String> typed) {

    static VerdictForm empty() {
        return new VerdictForm(null, null, Map.of("verdict", "", "reason", ""));
    }

    static VerdictForm read(String verdict, String reason, FormErrors errors) {
        Verdict chosen = FormValues.named(Verdict.class, verdict);
        if (chosen == null) {
            errors.add("verdict", "review.error.VERDICT_REQUIRED");
        }
        String text = FormValues.trim(reason);
        if (text == null || text.isEmpty()) {
            errors.add("reason", "review.error.VERDICT_REASON_REQUIRED");
        } else if (text.length() > PersonVerdict.MAX_REASON) {
            errors.add("reason", "review.compare.error.reasonTooLong");
        }
        return new VerdictForm(chosen, text,
                Map.of("verdict", FormValues.orEmpty(verdict), "reason", FormValues.orEmpty(reason)));
    }
}
