package kz.iinportal.application;

import kz.iinportal.web.Labelled;

/** What is wrong with the IIN the applicant asks to correct. */
public enum CorrectionReason implements Labelled {
    BIRTH_DATE,
    SEX,
    NAME,
    DUPLICATE,
    OTHER;

    @Override
    public String labelPrefix() {
        return "correctionReason.";
    }
}
