package fr.vigie.parallel;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * A bounded, ordered pipeline: the items a source pushes are worked on by several threads at once, and their
 * results handed to a sink on the calling thread in the order the items came, so that what the sink writes is what
 * one thread would have written. At most a few items per thread are in flight: memory stays bounded whatever the
 * number of items. The first failure, of the source, a work or the sink, cancels the rest and is thrown as is.
 */
public final class OrderedWork {
    private OrderedWork() {
    }

    /**
     * Runs {@code source}, which pushes items into the consumer it is given, {@code work} on {@code threads} threads,
     * and {@code sink} on the calling thread, item by item in source order.
     */
    public static <I, O> void run(String name, int threads, Consumer<Consumer<I>> source, Function<I, O> work,
            Consumer<O> sink) {
        AtomicInteger number = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(threads, task -> {
            Thread thread = new Thread(task, name + "-" + number.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
        int inFlight = 2 * threads;
        Deque<Future<O>> pending = new ArrayDeque<>();
        try {
            source.accept(item -> {
                pending.add(pool.submit(() -> work.apply(item)));
                if (pending.size() > inFlight) {
                    sink.accept(await(pending.poll()));
                }
            });
            while (!pending.isEmpty()) {
                sink.accept(await(pending.poll()));
            }
        } finally {
            pending.forEach(f -> f.cancel(true));
            pool.shutdownNow();
        }
    }

    private static <O> O await(Future<O> future) {
        try {
            return future.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CancellationException("interrupted while waiting for " + future);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (cause instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException(cause);
        }
    }
}
