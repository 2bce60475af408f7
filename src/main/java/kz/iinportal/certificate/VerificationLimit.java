package kz.iinportal.certificate;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import io.quarkus.scheduler.Scheduled;
import kz.iinportal.web.PortalConfig;

/**
 * The verification page's rate limit: per client address, {@code requests} lookups at once, coming back evenly over
 * {@code period} (a token bucket). The buckets live in PostgreSQL, so every portal instance behind the balancer
 * draws on the same allowance; a bucket is one row holding the moment it was (or will be) empty, and a lookup takes
 * a token with one upsert, which PostgreSQL applies atomically per row however many instances race for it.
 */
@ApplicationScoped
public class VerificationLimit {

    private static final int MAX_CLIENT_LENGTH = 64;

    private final int requests;
    private final long microsPerToken;

    @Inject
    EntityManager em;

    @Inject
    public VerificationLimit(PortalConfig config) {
        PortalConfig.Verify verify = config.verify();
        if (verify.requests() < 1 || verify.period().isNegative() || verify.period().isZero()) {
            throw new IllegalArgumentException("iin.verify.rate-limit needs requests ≥ 1 and a period");
        }
        requests = verify.requests();
        microsPerToken = Math.max(1, verify.period().toNanos() / 1000 / requests);
    }

    /**
     * Takes one lookup from the client's allowance, in a transaction of its own (the row lock lasts one statement's
     * commit, not the page): empty when allowed, else how long until the next lookup is.
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public Optional<Duration> take(String clientAddress) {
        String client = clientAddress == null ? "unknown" : clientAddress;
        if (client.length() > MAX_CLIENT_LENGTH) {
            client = client.substring(0, MAX_CLIENT_LENGTH);
        }
        // A token lost in a crash is harmless, so the commit does not wait for the disk: the lookup is not slowed by
        // a WAL flush of its own.
        em.createNativeQuery("SET LOCAL synchronous_commit TO OFF").executeUpdate();
        // A new client starts with a full bucket less this lookup; a known one is first topped up to at most full.
        @SuppressWarnings("unchecked")
        List<Object> taken = em.createNativeQuery("""
                INSERT INTO verification_allowance AS a (client, empty_at)
                VALUES (:client, now() - (:size - 1) * :token * interval '1 microsecond')
                ON CONFLICT (client) DO UPDATE
                    SET empty_at = GREATEST(a.empty_at, now() - :size * :token * interval '1 microsecond')
                        + :token * interval '1 microsecond'
                    WHERE a.empty_at + :token * interval '1 microsecond' <= now()
                RETURNING 1""")
                .setParameter("client", client).setParameter("size", requests).setParameter("token", microsPerToken)
                .getResultList();
        if (!taken.isEmpty()) {
            return Optional.empty();
        }
        Number waitMicros = (Number) em.createNativeQuery("""
                SELECT CAST(EXTRACT(EPOCH FROM (empty_at + :token * interval '1 microsecond' - now())) * 1000000
                    AS BIGINT)
                FROM verification_allowance WHERE client = :client""")
                .setParameter("client", client).setParameter("token", microsPerToken).getSingleResult();
        return Optional.of(Duration.ofNanos(Math.max(1, waitMicros.longValue()) * 1000));
    }

    /**
     * Forgets the clients whose bucket is full again: their row says nothing a missing row would not. Every instance
     * may run it; deleting twice is harmless.
     */
    @Scheduled(every = "${iin.verify.rate-limit.period:PT1M}", delayed = "1m",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP, identity = "verification-allowance-cleanup")
    void scheduledCleanup() {
        forgetFullBuckets();
    }

    /** Returns how many rows went. */
    @Transactional
    int forgetFullBuckets() {
        return em
                .createNativeQuery(
                        """
                DELETE FROM verification_allowance WHERE empty_at <= now() - :size * :token * interval '1 microsecond'""")
                .setParameter("size", requests).setParameter("token", microsPerToken).executeUpdate();
    }
}
