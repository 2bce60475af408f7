package kz.iinportal.web;

import java.time.Duration;
import java.util.Map;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import io.smallrye.config.WithName;

/** Settings of the portal itself (framework settings stay under quarkus.*). */
@ConfigMapping(prefix = "iin")
public interface PortalConfig {

    /**
     * The ID-token claim that carries the login name, the key of the staff table. Keycloak puts it in
     * {@code preferred_username}; Quarkus' built-in dev OIDC server puts the plain user name in {@code sub}.
     */
    @WithDefault("preferred_username")
    String loginClaim();

    /** The portal's address as the public reaches it: links that leave the portal (a certificate's QR code). */
    @WithDefault("http://localhost:8080")
    String publicUrl();

    /**
     * Open drafts one filer may have at once: enough for a family, too few to fill the database. (Tests sign many
     * drafts to the same demo logins and set it high; DraftsTest checks the limit with a low one.)
     */
    @WithName("drafts.max-open")
    @WithDefault("20")
    int maxOpenDrafts();

    /**
     * Names of the demo users, by login, for Quarkus' dev OIDC server: it has no setting for a user's name and names
     * everyone after their login ("Applicant"). Set for dev mode and tests only (the names of the Keycloak realm);
     * empty in production, where the identity provider's {@code name} claim is the name.
     */
    @WithName("dev-oidc.names")
    Map<String, String> devOidcNames();

    /** The public certificate verification page. */
    Verify verify();

    /** Duplicate candidates on the review page (review.SamePerson, matching.Likeness). */
    Matching matching();

    interface Matching {
        /**
         * The score (0–100) from which a register person or an earlier application is shown as a candidate. At 75 a
         * person with the same names born another day of the same year (73) is not shown (common names have many
         * such namesakes), one born the same day of a year one digit off (88) is.
         */
        @WithDefault("75")
        int candidateThreshold();

        /**
         * The score from which a candidate is strong: it blocks formation like the same document does, and may be
         * named for ground 3 once the operator confirms it. At 90: same names and birth date, a one-letter slip or a
         * transliteration with the same birth date, or the same names with day and month swapped or a day apart.
         */
        @WithDefault("90")
        int strongThreshold();
    }

    interface Verify {
        /** Lookups one client may make at once; they come back at this many per {@link #period()}. */
        @WithName("rate-limit.requests")
        @WithDefault("20")
        int requests();

        @WithName("rate-limit.period")
        @WithDefault("PT1M")
        Duration period();
    }
}
