package kz.iinportal.application;

import java.util.List;

/**
 * What the person step shows after "Fill in from the zone": that the answers were filled in, each answer the zone
 * replaced (cross-check), and what the zone could not fill (a code that is no country, a name cut at the line's end).
 */
public record MrzView(boolean filled, List<Difference> differences, List<String> notes) {

    /** The page without a zone read. */
    public static final MrzView NONE = new MrzView(false, List.of(), List.of());

    /** One answer that differed from the zone: the question, the answer as it was, and what the zone says. */
    public record Difference(String question, String answer, String zone) {
    }
}
