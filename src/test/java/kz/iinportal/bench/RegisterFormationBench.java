package kz.iinportal.bench;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import kz.iinportal.iin.DocumentType;
import kz.iinportal.iin.PersonData;
import kz.iinportal.iin.Register;
import kz.iinportal.iin.Sex;

/**
 * Benchmark, not a test: run by bin/bench (its name keeps it out of the normal test run). Forms IINs through the
 * real register and PostgreSQL with 16 concurrent workers, on one hot birth date/sex prefix and spread over random
 * dates, then counts duplicate numbers in the register. Prints figures; asserts nothing about speed.
 */
@QuarkusTest
class RegisterFormationBench {

    static final int WORKERS = 16;
    /** A prefix has 9,999 serials, so the hot run stays below that. */
    static final int HOT_FORMATIONS = Integer.getInteger("bench.hot", 8_000);
    static final int SPREAD_FORMATIONS = Integer.getInteger("bench.spread", 24_000);

    @Inject
    Register register;

    @Inject
    EntityManager em;

    @Test
    void formations() throws Exception {
        // Warm-up on other prefixes so the JIT and the connection pool are ready.
        run(2_000, r -> LocalDate.of(1850, 1, 1).plusDays(r.nextInt(3650)), r -> Sex.MALE);

        double hot = run(HOT_FORMATIONS, r -> LocalDate.of(1999, 9, 9), r -> Sex.FEMALE);
        double spread = run(SPREAD_FORMATIONS, r -> LocalDate.of(1900, 1, 1).plusDays(r.nextInt(200 * 365)),
                r -> r.nextBoolean() ? Sex.MALE : Sex.FEMALE);
        Number duplicates = QuarkusTransaction.requiringNew().call(() -> (Number) em.createNativeQuery(
                "SELECT count(*) FROM (SELECT iin FROM iin_record GROUP BY iin HAVING count(*) > 1) d")
                .getSingleResult());
        Number records = QuarkusTransaction.requiringNew().call(() -> (Number) em.createNativeQuery(
                "SELECT count(*) FROM iin_record").getSingleResult());

        System.out.printf("%nregister.workers=%d%n", WORKERS);
        System.out.printf("register.formations_per_second.hot_prefix=%.0f (%d formations, one date and sex)%n", hot,
                HOT_FORMATIONS);
        System.out.printf("register.formations_per_second.spread=%.0f (%d formations, random dates)%n", spread,
                SPREAD_FORMATIONS);
        System.out.printf("register.records=%d%n", records.longValue());
        System.out.printf("register.duplicates=%d%n%n", duplicates.longValue());
    }

    private double run(int total, Function<Random, LocalDate> dates, Function<Random, Sex> sexes) throws Exception {
        AtomicInteger remaining = new AtomicInteger(total);
        AtomicInteger sequence = new AtomicInteger();
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(WORKERS);
        List<Future<?>> futures = new ArrayList<>();
        for (int w = 0; w < WORKERS; w++) {
            Random random = new Random(w * 31L + System.nanoTime());
            futures.add(pool.submit(() -> {
                start.await();
                while (remaining.getAndDecrement() > 0) {
                    int n = sequence.incrementAndGet();
                    PersonData data = new PersonData("BENCH", "PERSON " + n, null, null, dates.apply(random),
                            sexes.apply(random), "DE", new PersonData.Document(DocumentType.PASSPORT, "B" + n,
                                    "DE", LocalDate.of(2020, 1, 1), LocalDate.of(2030, 1, 1)));
                    register.form(data, "bench", null);
                }
                return null;
            }));
        }
        long began = System.nanoTime();
        start.countDown();
        for (Future<?> future : futures) {
            future.get();
        }
        double seconds = (System.nanoTime() - began) / 1e9;
        pool.shutdown();
        return total / seconds;
    }
}
