package kz.iinportal.web;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * How long a signed-in person may do nothing before the session ends, as the identity provider has it, and when the
 * page warns them (WCAG 2.2.1, the GOV.UK / HMRC timeout pattern). The portal cannot ask the provider when a session
 * ends, so these must match the realm (deploy/keycloak/*.json: {@code ssoSessionIdleTimeout},
 * {@code accessTokenLifespan}); a test compares them.
 */
@ConfigMapping(prefix = "iin.session")
public interface SessionTimeout {

    /** The provider's idle timeout: without a token refresh for this long, the session ends. */
    @WithDefault("PT30M")
    Duration idleTimeout();

    /**
     * The access token's life. The portal refreshes the tokens (which restarts the provider's idle clock) only when
     * the access token has run out, so the last refresh can be up to this long before the last page.
     */
    @WithDefault("PT5M")
    Duration tokenLifespan();

    /** How long before the end the warning comes. */
    @WithDefault("PT2M")
    Duration warning();

    /** Seconds after a page loads when the page signs the person out: the earliest the session can end. */
    default long endsAfterSeconds() {
        return idleTimeout().minus(tokenLifespan()).toSeconds();
    }

    default long warnsAfterSeconds() {
        return Math.max(0, endsAfterSeconds() - warning().toSeconds());
    }
}
