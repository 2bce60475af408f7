package kz.iinportal.application;

import static kz.iinportal.web.FormValues.orEmpty;

import java.util.Map;

import kz.iinportal.web.FormErrors;

/** The IIN to correct and the reason for the correction, as typed; the IIN must pass its check digit. */
record CorrectionForm(String currentIin, CorrectionReason reason, Map<String, String> answers) {

    /** The answers as stored, for the step's page. */
    static CorrectionForm of(Application app) {
        return new CorrectionForm(app.currentIin, app.correctionReason,
                answers(orEmpty(app.currentIin), orEmpty(app.correctionReason)));
    }

    static CorrectionForm read(String currentIin, String correctionReason, FormErrors errors) {
        String iin = ApplicantData.iin(currentIin, errors);
        CorrectionReason reason = ApplicantData.choice(CorrectionReason.class, correctionReason, "correctionReason",
                errors);
        return new CorrectionForm(iin, reason, answers(orEmpty(currentIin), orEmpty(correctionReason)));
    }

    void applyTo(Application draft) {
        draft.currentIin = currentIin;
        draft.correctionReason = reason;
    }

    private static Map<String, String> answers(String currentIin, String reason) {
        return Map.of("currentIin", currentIin, "correctionReason", reason);
    }
}
