package kz.iinportal.testsupport;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

/**
 * Races tasks against each other: each gets a thread of its own, all wait at one latch, and the latch opens once
 * every task is submitted, so they hit the portal as close to the same instant as threads can. The results come back
 * in the order of the tasks. A task that throws fails the race with its own exception (an assertion inside a task
 * reads as that assertion); one that hangs fails it after a minute rather than hanging the build.
 */
public final class Race {

    private static final long TIMEOUT_SECONDS = 60;

    private Race() {
    }

    @SafeVarargs
    public static <T> List<T> run(Callable<T>... tasks) throws Exception {
        return run(List.of(tasks));
    }

    public static <T> List<T> run(List<? extends Callable<T>> tasks) throws Exception {
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(tasks.size());
        try {
            List<Future<T>> running = new ArrayList<>();
            for (Callable<T> task : tasks) {
                running.add(pool.submit(() -> {
                    start.await();
                    return task.call();
                }));
            }
            start.countDown();
            List<T> results = new ArrayList<>();
            for (Future<T> result : running) {
                results.add(result.get(TIMEOUT_SECONDS, TimeUnit.SECONDS));
            }
            return results;
        } catch (ExecutionException e) {
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw e.getCause() instanceof Exception cause ? cause : e;
        } finally {
            pool.shutdownNow();
        }
    }
}
