package kz.iinportal.review;

import java.util.Map;

import kz.iinportal.application.RefusalGround;

/**
 * The refusal form as the operator sent it: the ground (one of the three legal grounds, or null when none was
 * chosen), the comment to the applicant and, for {@link RefusalGround#IIN_ALREADY_REGISTERED}, the IIN chosen from
 * the register.
 */
record RefusalForm(RefusalGround ground, String comment, String registeredIin, Map<String, String> typed) {

    /** The comment goes to the applicant in a notice and on their case page. */
    static final int MAX_COMMENT = 2000;

    static RefusalForm read(String ground, String comment, String registeredIin) {
        RefusalGround chosen = null;
        for (RefusalGround g : RefusalGround.values()) {
            if (g.name().equals(ground)) {
                chosen = g;
            }
        }
        // What the operator typed comes back with any error, so nothing has to be entered twice.
        return new RefusalForm(chosen, comment, registeredIin,
                Map.of("ground", nz(ground), "comment", nz(comment), "registeredIin", nz(registeredIin)));
    }

    private static String nz(String value) {
        return value == null ? "" : value;
    }
}
