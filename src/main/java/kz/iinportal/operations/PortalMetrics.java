package kz.iinportal.operations;

import java.util.concurrent.atomic.AtomicLong;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.Startup;
import io.quarkus.scheduler.Scheduled;

/**
 * What operations watch (docs/operations.md, "What to watch"), on /q/metrics of the management port. The gauges are
 * counted in the database every {@code iin-metrics.every} and read from memory on a scrape: a scrape never waits for
 * PostgreSQL, and a database that is away leaves the last values (the readiness check reports the outage). Every
 * instance counts the same database, so a dashboard takes the maximum over instances, not the sum.
 */
@Startup
@ApplicationScoped
public class PortalMetrics {

    /** Cases waiting for a decision (sent, assigned or not). */
    public static final String QUEUE = "iin.queue.length";
    /** Undecided cases past their due time. */
    public static final String OVERDUE = "iin.cases.overdue";
    /** Notices not yet accepted by the mail server. */
    public static final String NOTICE_BACKLOG = "iin.notices.backlog";
    /** Notices waiting although their first attempt failed: the mail server refuses or is away. */
    public static final String NOTICES_RETRYING = "iin.notices.retrying";
    /** Send attempts the mail server did not accept. */
    public static final String FAILED_SENDS = "iin.notices.send.failures";
    /** Certificate lookups answered 429 by the rate limit. */
    public static final String VERIFY_LIMITED = "iin.verify.rate.limited";

    private final AtomicLong queue = new AtomicLong();
    private final AtomicLong overdue = new AtomicLong();
    private final AtomicLong backlog = new AtomicLong();
    private final AtomicLong retrying = new AtomicLong();

    @Inject
    MeterRegistry registry;

    @Inject
    EntityManager em;

    private Counter failedSends;
    private Counter verifyLimited;

    @PostConstruct
    void register() {
        Gauge.builder(QUEUE, queue, AtomicLong::get).description("Cases sent and not yet decided")
                .register(registry);
        Gauge.builder(OVERDUE, overdue, AtomicLong::get).description("Undecided cases past their due time")
                .register(registry);
        Gauge.builder(NOTICE_BACKLOG, backlog, AtomicLong::get).description("Notices not yet sent")
                .register(registry);
        Gauge.builder(NOTICES_RETRYING, retrying, AtomicLong::get)
                .description("Notices not yet sent whose earlier attempts failed").register(registry);
        failedSends = Counter.builder(FAILED_SENDS).description("Notice send attempts that failed")
                .register(registry);
        verifyLimited = Counter.builder(VERIFY_LIMITED).description("Certificate lookups refused by the rate limit")
                .register(registry);
    }

    @Scheduled(every = "${iin-metrics.every:30s}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            identity = "operations-metrics")
    void scheduled() {
        refresh();
    }

    /** Counts again now. */
    public void refresh() {
        QuarkusTransaction.requiringNew().run(() -> {
            Object[] cases = (Object[]) em.createNativeQuery("""
                    SELECT count(*), count(*) FILTER (WHERE due_at < now())
                    FROM application WHERE status IN ('SUBMITTED', 'IN_REVIEW')""").getSingleResult();
            Object[] notices = (Object[]) em.createNativeQuery("""
                    SELECT count(*), count(*) FILTER (WHERE attempts > 0)
                    FROM notice WHERE state = 'PENDING'""").getSingleResult();
            queue.set(((Number) cases[0]).longValue());
            overdue.set(((Number) cases[1]).longValue());
            backlog.set(((Number) notices[0]).longValue());
            retrying.set(((Number) notices[1]).longValue());
        });
    }

    public void sendFailed() {
        failedSends.increment();
    }

    public void lookupRefused() {
        verifyLimited.increment();
    }
}
