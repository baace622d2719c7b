package dev.cascade.okr.store;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

/** Starts writers on their own threads at the same moment, for the tracking store's race tests. */
final class TrackingRace {

    private TrackingRace() {
    }

    /** Runs every writer on its own thread, released together by one latch; their results in the given order. */
    @SafeVarargs
    static <T> List<T> race(Callable<T>... writers) throws Exception {
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(writers.length);
        try {
            List<Future<T>> futures = new ArrayList<>();
            for (Callable<T> writer : writers) {
                futures.add(pool.submit(() -> {
                    start.await();
                    return writer.call();
                }));
            }
            start.countDown();
            List<T> results = new ArrayList<>();
            for (Future<T> future : futures) {
                results.add(future.get(60, TimeUnit.SECONDS));
            }
            return results;
        } finally {
            pool.shutdownNow();
        }
    }
}
