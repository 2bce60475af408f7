package kz.iinportal.certificate;

import java.time.Duration;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import kz.iinportal.web.PortalConfig;

/** The verification page's rate limit, one allowance per client address, with the limits from the configuration. */
@ApplicationScoped
public class VerificationLimit {

    private final RateLimiter limiter;

    @Inject
    public VerificationLimit(PortalConfig config) {
        PortalConfig.Verify verify = config.verify();
        limiter = new RateLimiter(verify.requests(), verify.period(), verify.clients(), System::nanoTime);
    }

    /** Empty when the client may look up one more certificate now, else how long it has to wait. */
    public Optional<Duration> take(String clientAddress) {
        return limiter.take(clientAddress == null ? "unknown" : clientAddress);
    }
}
