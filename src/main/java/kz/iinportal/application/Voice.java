package kz.iinportal.application;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import kz.iinportal.web.BundleText;

/**
 * Whom the pages, messages and notices of an application speak to. A bundle's plain key speaks to the applicant
 * filling in for themselves ("Your personal details"); the same key with {@code .forOther} speaks to someone entering
 * another person's data ("The applicant's personal details"), and with {@code .forRepresentative} or
 * {@code .forCentre} where a legal representative and front-office staff must read different things (the declaration,
 * the e-mail address).
 * {@link #key} picks the text of the voice, so no template or controller chooses between wordings: the voice of an
 * application follows from its channel and filer ({@link Application#voice()}), that of a notice from its recipient.
 */
public enum Voice {
    /** The applicant, online, for themselves. */
    SELF(),
    /** A legal representative filing on behalf of the applicant. */
    REPRESENTATIVE("forRepresentative", "forOther"),
    /** Front-office staff keying in a walk-in applicant's application at a public service centre. */
    CENTRE("forCentre", "forOther");

    /** Every suffix a voiced key may have, most specific first. */
    public static final List<String> SUFFIXES = List.of("forRepresentative", "forCentre", "forOther");

    private final List<String> suffixes;
    private final Map<String, String> resolved = new ConcurrentHashMap<>();

    Voice(String... suffixes) {
        this.suffixes = List.of(suffixes);
    }

    /** Front-office staff speak for the applicant before them; online, the filer decides. */
    public static Voice of(Channel channel, Filer filer) {
        if (channel == Channel.SERVICE_CENTRE) {
            return CENTRE;
        }
        return filer == Filer.REPRESENTATIVE ? REPRESENTATIVE : SELF;
    }

    /**
     * The key of this voice's text for {@code base}: the first of its suffixed keys the bundles have, else the base
     * itself (the words the applicant reads, and any key that needs no other voice). The bundles all have the same
     * keys (MessageBundlesTest), so the English one answers for all three.
     */
    public String key(String base) {
        return resolved.computeIfAbsent(base, b -> suffixes.stream().map(s -> b + "." + s)
                .filter(BundleText::has).findFirst().orElse(b));
    }
}
