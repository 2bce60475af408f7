package kz.iinportal.application;

/** The three legal grounds for refusing the service (MIA order No. 258, as amended). */
public enum RefusalGround {
    /** The documents submitted, or their contents, are unreliable. */
    UNRELIABLE_DOCUMENTS,
    /** The applicant's data and information needed for the service do not meet the rules' requirements. */
    REQUIREMENTS_NOT_MET,
    /** A previously registered IIN of the applicant is found (unless that IIN has been corrected). */
    IIN_ALREADY_REGISTERED
}
