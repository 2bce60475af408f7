package kz.iinportal.application;

import kz.iinportal.web.Labelled;

/**
 * The three legal grounds for refusing the service (MIA order No. 258, as amended), each with its number in the
 * order, the number officials and applicants cite ("ground 3"); pages show it from here, never from the wording.
 */
public enum RefusalGround implements Labelled {
    /** The documents submitted, or their contents, are unreliable. */
    UNRELIABLE_DOCUMENTS(1),
    /** The applicant's data and information needed for the service do not meet the rules' requirements. */
    REQUIREMENTS_NOT_MET(2),
    /** A previously registered IIN of the applicant is found (unless that IIN has been corrected). */
    IIN_ALREADY_REGISTERED(3);

    /** The ground's number in the order. */
    public final int number;

    RefusalGround(int number) {
        this.number = number;
    }

    @Override
    public String labelPrefix() {
        return "refusalGround.";
    }
}
