package kz.iinportal.review;

import java.util.Map;

import kz.iinportal.application.RefusalGround;
import kz.iinportal.web.FormValues;

/**
 * The refusal form as the operator sent it: the ground (one of the three legal grounds, or null when none was
 * chosen), the comment to the applicant and, for {@link RefusalGround#IIN_ALREADY_REGISTERED}, the IIN chosen from
 * the register.
 */
record RefusalForm(RefusalGround ground, String comment, String registeredIin, Map<String, String> typed) {

    /** The comment goes to the applicant in a notice and on their case page. */
    static final int MAX_COMMENT = 2000;

    static RefusalForm read(String ground, String comment, String registeredIin) {
        RefusalGround chosen = FormValues.named(RefusalGround.class, ground);
        // What the operator typed comes back with any error, so nothing has to be entered twice.
        return new RefusalForm(chosen, comment, registeredIin,
                Map.of("ground", FormValues.orEmpty(ground), "comment", FormValues.orEmpty(comment), "registeredIin",
                        FormValues.orEmpty(registeredIin)));
    }
}
