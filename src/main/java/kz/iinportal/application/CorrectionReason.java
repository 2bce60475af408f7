package kz.iinportal.application;

/** What is wrong with the IIN the applicant asks to correct. */
public enum CorrectionReason {
    BIRTH_DATE,
    SEX,
    NAME,
    DUPLICATE,
    OTHER
}
