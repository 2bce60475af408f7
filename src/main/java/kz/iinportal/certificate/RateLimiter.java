package kz.iinportal.certificate;

import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;

/**
 * A token bucket per client: {@code requests} at once, refilled evenly over {@code period}. Clients idle long enough
 * to be full again are forgotten; when more than {@code clients} are remembered anyway, newcomers share one bucket,
 * so a flood of addresses costs bounded memory and still gets limited.
 */
public final class RateLimiter {

    static final String OVERFLOW = "";

    private final int requests;
    private final long nanosPerToken;
    private final int clients;
    private final LongSupplier clock;
    private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();

    public RateLimiter(int requests, Duration period, int clients, LongSupplier nanoClock) {
        if (requests < 1 || period.isNegative() || period.isZero() || clients < 1) {
            throw new IllegalArgumentException("A rate limit needs requests ≥ 1, a period and clients ≥ 1");
        }
        this.requests = requests;
        this.nanosPerToken = Math.max(1, period.toNanos() / requests);
        this.clients = clients;
        this.clock = nanoClock;
    }

    /** Takes one request from the client's allowance: empty when allowed, else how long until the next one is. */
    public Optional<Duration> take(String client) {
        long now = clock.getAsLong();
        if (!buckets.containsKey(client) && buckets.size() >= clients) {
            forgetIdle(now);
            if (buckets.size() >= clients) {
                client = OVERFLOW;
            }
        }
        Bucket bucket = buckets.computeIfAbsent(client, c -> new Bucket(now - requests * nanosPerToken));
        long wait = bucket.take(now, requests, nanosPerToken);
        return wait == 0 ? Optional.empty() : Optional.of(Duration.ofNanos(wait));
    }

    int remembered() {
        return buckets.size();
    }

    private void forgetIdle(long now) {
        buckets.entrySet()
                .removeIf(e -> !e.getKey().equals(OVERFLOW) && e.getValue().isFull(now, requests, nanosPerToken));
    }

    /**
     * The bucket as one number: the moment it was (or will be) empty. Tokens = (now − emptyAt) / nanosPerToken,
     * capped at the bucket's size; taking one moves emptyAt forward by one token's time.
     */
    private static final class Bucket {
        private long emptyAt;

        Bucket(long emptyAt) {
            this.emptyAt = emptyAt;
        }

        synchronized long take(long now, int size, long nanosPerToken) {
            long earliest = now - size * nanosPerToken;
            if (emptyAt < earliest) {
                emptyAt = earliest;
            }
            if (now - emptyAt < nanosPerToken) {
                return nanosPerToken - (now - emptyAt);
            }
            emptyAt += nanosPerToken;
            return 0;
        }

        synchronized boolean isFull(long now, int size, long nanosPerToken) {
            return now - emptyAt >= size * nanosPerToken;
        }
    }
}
