package io.planscope.ingest;

import io.planscope.source.IngestException;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * The threads parses run on: one per core (at least two) and a bounded queue, so a burst of uploads and crawled pages
 * waits its turn instead of starting a thread each, and a full queue is refused at once ({@code BUSY}, HTTP 503)
 * rather than piling up work that would time out anyway. Shared by every {@link Ingestor} in the process.
 */
final class ParsePool {
  static final int THREADS = Math.max(2, Runtime.getRuntime().availableProcessors());
  static final int QUEUE = 16 * THREADS;

  private static final ThreadPoolExecutor POOL = pool();

  private ParsePool() {}

  private static ThreadPoolExecutor pool() {
    ThreadPoolExecutor pool =
        new ThreadPoolExecutor(THREADS, THREADS, 30, TimeUnit.SECONDS, new ArrayBlockingQueue<>(QUEUE), r -> {
          Thread t = new Thread(r, "planscope-parse");
          t.setDaemon(true);
          return t;
        });
    pool.allowCoreThreadTimeOut(true); // an idle server keeps no parse threads (nor what they last held)
    return pool;
  }

  /** How many parses are running or waiting now. */
  static int load() {
    return POOL.getActiveCount() + POOL.getQueue().size();
  }

  /** Queues a parse; throws BUSY naming the file when the queue is full. */
  static <T> Future<T> submit(Supplier<T> parse, String filename) {
    try {
      return POOL.submit(parse::get);
    } catch (RejectedExecutionException e) {
      throw new IngestException(
          IngestException.Reason.BUSY,
          "'" + filename + "' was not parsed: " + (THREADS + QUEUE) + " parses are already running or waiting; "
              + "try again in a few seconds",
          e);
    }
  }
}
