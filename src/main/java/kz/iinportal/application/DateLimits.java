package kz.iinportal.application;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import io.smallrye.config.WithName;

/**
 * How far back and ahead the dates of a filing can plausibly lie. Each is policy, not a law of nature: a date beyond
 * them is refused as a typing mistake (1800 for 1990, 9999 for "no end"), with a message that names the limit.
 */
@ConfigMapping(prefix = "iin.dates")
public interface DateLimits {

    /** The oldest a living person can be, in years: the oldest people on record were 122. */
    @WithName("oldest-person-years")
    @WithDefault("130")
    int oldestPersonYears();

    /**
     * The longest an identity document is valid, in years from its date of issue. Passports are issued for at most 10
     * years and most other identity documents for less; the limit leaves room for the few that run longer.
     */
    @WithName("identity-document-max-years")
    @WithDefault("30")
    int identityDocumentMaxYears();

    /**
     * The longest a representative's authority is valid, in years from its date: a minor's representative until the
     * principal comes of age (18 years), a power of attorney for the term it names, a guardian of a person without
     * capacity for as long as a court decides.
     */
    @WithName("authority-max-years")
    @WithDefault("30")
    int authorityMaxYears();
}
