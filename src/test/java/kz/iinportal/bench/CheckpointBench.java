package kz.iinportal.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.agroal.api.AgroalDataSource;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import kz.iinportal.application.Application;
import kz.iinportal.application.EventKind;
import kz.iinportal.audit.Checkpoints;
import kz.iinportal.testsupport.TestCases;

/**
 * Benchmark, not a test: run by bin/bench-checkpoint (its name keeps it out of the normal test run). Times one signed
 * checkpoint (read both heads, sign, append and fsync, under the advisory lock) over {@code bench.runs} runs, then an
 * audit insert alone and while checkpoints are written back to back, and samples the locks the checkpoint holds on
 * the chains' heads. Prints figures; asserts nothing.
 */
@QuarkusTest
class CheckpointBench {

    static final int RUNS = Integer.getInteger("bench.runs", 100);
    static final int INSERTS = Integer.getInteger("bench.inserts", 300);

    @Inject
    Checkpoints checkpoints;

    @Inject
    AgroalDataSource dataSource;

    @Test
    void checkpointCostAndTheInsertPath() throws Exception {
        long caseId = QuarkusTransaction.requiringNew().call(() -> {
            Application a = TestCases.application("ASTANA");
            a.createdBy = "bench";
            a.persist();
            return a.id;
        });
        for (int i = 0; i < 2_000; i++) {
            insert(caseId);
        }
        Path file = Files.createTempDirectory(Path.of("target"), "bench-checkpoints-").resolve("audit.jsonl");
        for (int i = 0; i < 30; i++) {
            checkpoints.writeNow(file);
        }
        List<Long> cost = new ArrayList<>();
        for (int i = 0; i < RUNS; i++) {
            long started = System.nanoTime();
            checkpoints.writeNow(file);
            cost.add(System.nanoTime() - started);
        }
        print("checkpoint.write", cost);
        System.out.printf("checkpoint.line_bytes=%d%n", Files.size(file) / Files.readAllLines(file).size());

        List<Long> alone = new ArrayList<>();
        for (int i = 0; i < INSERTS; i++) {
            long started = System.nanoTime();
            insert(caseId);
            alone.add(System.nanoTime() - started);
        }
        AtomicBoolean running = new AtomicBoolean(true);
        AtomicInteger written = new AtomicInteger();
        AtomicInteger strongLocks = new AtomicInteger();
        Thread writer = new Thread(() -> {
            while (running.get()) {
                checkpoints.writeNow(file);
                written.incrementAndGet();
            }
        });
        Thread sampler = new Thread(() -> {
            try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
                while (running.get()) {
                    try (ResultSet rs = s.executeQuery("""
                            SELECT count(*) FROM pg_locks l JOIN pg_locks a ON a.pid = l.pid
                            WHERE a.locktype = 'advisory' AND a.granted AND l.locktype = 'relation'
                              AND l.relation IN ('audit_chain_head'::regclass, 'admin_chain_head'::regclass)
                              AND l.mode <> 'AccessShareLock'""")) {
                        rs.next();
                        strongLocks.addAndGet(rs.getInt(1));
                    }
                }
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        writer.start();
        sampler.start();
        List<Long> during = new ArrayList<>();
        for (int i = 0; i < INSERTS; i++) {
            long started = System.nanoTime();
            insert(caseId);
            during.add(System.nanoTime() - started);
        }
        running.set(false);
        writer.join();
        sampler.join();
        print("insert.alone", alone);
        print("insert.during_checkpoints", during);
        System.out.printf("insert.checkpoints_written_meanwhile=%d%n", written.get());
        System.out.printf("insert.stronger_than_read_locks_on_heads_held_by_checkpoints=%d%n", strongLocks.get());
        System.out.printf("checkpoint.load_average=%s%n", Files.readString(Path.of("/proc/loadavg")).trim());
    }

    private static void insert(long caseId) {
        QuarkusTransaction.requiringNew().run(() -> {
            Application a = Application.findById(caseId);
            a.record("bench", "operator", EventKind.CREATED);
        });
    }

    private static void print(String name, List<Long> nanos) {
        List<Long> sorted = new ArrayList<>(nanos);
        Collections.sort(sorted);
        System.out.printf("%s runs=%d p50_ms=%.2f p95_ms=%.2f max_ms=%.2f%n", name, sorted.size(),
                sorted.get(sorted.size() / 2) / 1e6, sorted.get((int) (sorted.size() * 0.95)) / 1e6,
                sorted.get(sorted.size() - 1) / 1e6);
    }
}
