package kz.iinportal.certificate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;

/** The token bucket on a hand-driven clock. */
class RateLimiterTest {

    final AtomicLong now = new AtomicLong(1_000_000_000_000L);

    @Test
    void aClientGetsItsBurstThenWaitsForTheNextToken() {
        RateLimiter limiter = new RateLimiter(5, Duration.ofMinutes(1), 100, now::get);
        for (int i = 0; i < 5; i++) {
            assertEquals(Optional.empty(), limiter.take("a"), "request " + (i + 1));
        }
        assertEquals(Optional.of(Duration.ofSeconds(12)), limiter.take("a"));
        now.addAndGet(Duration.ofSeconds(11).toNanos());
        assertEquals(Optional.of(Duration.ofSeconds(1)), limiter.take("a"));
        now.addAndGet(Duration.ofSeconds(1).toNanos());
        assertEquals(Optional.empty(), limiter.take("a"));
        assertTrue(limiter.take("a").isPresent());
    }

    @Test
    void clientsHaveTheirOwnAllowanceAndAnIdleClientRefillsOnlyToTheBurst() {
        RateLimiter limiter = new RateLimiter(2, Duration.ofMinutes(1), 100, now::get);
        limiter.take("a");
        limiter.take("a");
        assertTrue(limiter.take("a").isPresent());
        assertEquals(Optional.empty(), limiter.take("b"));

        now.addAndGet(Duration.ofDays(1).toNanos());
        assertEquals(Optional.empty(), limiter.take("a"));
        assertEquals(Optional.empty(), limiter.take("a"));
        assertTrue(limiter.take("a").isPresent(), "a day idle does not save up more than the burst");
    }

    @Test
    void beyondTheRememberedClientsNewcomersShareOneAllowanceAndIdleOnesAreForgotten() {
        RateLimiter limiter = new RateLimiter(1, Duration.ofMinutes(1), 3, now::get);
        limiter.take("a");
        limiter.take("b");
        limiter.take("c");
        assertEquals(Optional.empty(), limiter.take("d"), "first newcomer takes the shared allowance");
        assertTrue(limiter.take("e").isPresent(), "the next newcomer finds it used");
        assertTrue(limiter.remembered() <= 4);

        now.addAndGet(Duration.ofMinutes(2).toNanos());
        assertEquals(Optional.empty(), limiter.take("f"), "idle clients were forgotten, f has its own");
        assertTrue(limiter.remembered() <= 4);
    }

    @Test
    void aLimitMustAllowSomething() {
        assertThrows(IllegalArgumentException.class, () -> new RateLimiter(0, Duration.ofMinutes(1), 1, now::get));
        assertThrows(IllegalArgumentException.class, () -> new RateLimiter(1, Duration.ZERO, 1, now::get));
    }
}
