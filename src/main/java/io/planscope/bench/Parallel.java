package io.planscope.bench;

import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

/** Runs work over a list on T threads, items handed out one by one; returns the wall time in nanoseconds. */
final class Parallel {
  private Parallel() {}

  static <T> long run(List<T> items, int threads, Consumer<T> work) {
    long t0 = System.nanoTime();
    AtomicInteger next = new AtomicInteger();
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      List<Future<?>> futures = new java.util.ArrayList<>();
      for (int t = 0; t < threads; t++) {
        futures.add(pool.submit(() -> {
          for (int i = next.getAndIncrement(); i < items.size(); i = next.getAndIncrement()) work.accept(items.get(i));
        }));
      }
      for (Future<?> f : futures) f.get();
    } catch (Exception e) {
      throw new IllegalStateException("benchmark worker failed: " + e.getMessage(), e);
    } finally {
      pool.shutdown();
    }
    return System.nanoTime() - t0;
  }
}
