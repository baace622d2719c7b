package dev.cascade.okr.store;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

/**
 * Runs writers at the same moment, for the optimistic-concurrency races of the store tests and of the HTTP tests that
 * race requests against the dev host.
 */
public final class Races {

    private Races() {
    }

    /**
     * Starts every writer on its own thread and, once all of them are waiting, releases them together by one latch;
     * returns their answers in order.
     */
    @SafeVarargs
    public static <T> List<T> together(Callable<T>... writers) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(writers.length);
        try {
            CountDownLatch ready = new CountDownLatch(writers.length);
            CountDownLatch start = new CountDownLatch(1);
            List<Future<T>> futures = new ArrayList<>();
            for (Callable<T> writer : writers) {
                futures.add(pool.submit(() -> {
                    ready.countDown();
                    start.await();
                    return writer.call();
                }));
            }
            ready.await();
            start.countDown();
            List<T> answers = new ArrayList<>();
            for (Future<T> future : futures) {
                answers.add(future.get(60, TimeUnit.SECONDS));
            }
            return answers;
        } finally {
            pool.shutdownNow();
        }
    }
}
