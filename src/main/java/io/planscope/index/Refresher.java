package io.planscope.index;

import java.io.IOException;

/**
 * Reopens the near-real-time searcher on a fixed, adjustable interval (when the writer has changes; a reopen without
 * changes costs nothing). A thread of its own, like Lucene's ControlledRealTimeReopenThread, whose interval is fixed
 * at construction; this one can be slowed down for bulk loads.
 */
final class Refresher implements AutoCloseable {
  /** One reopen: makes what was written since the last one searchable (when there is anything). */
  @FunctionalInterface
  interface Reopen {
    void run() throws IOException;
  }

  private final Reopen reopen;
  private final Thread thread;
  private final Object lock = new Object();
  private long intervalMs;
  private int slowdowns;
  private boolean closed;

  Refresher(Reopen reopen, long intervalMs) {
    this.reopen = reopen;
    this.intervalMs = intervalMs;
    this.thread = new Thread(this::run, "planscope-index-reopen");
    thread.setDaemon(true);
    thread.start();
  }

  /** Uses the longer interval until the matching {@link #speedUp}. */
  void slowDown(long slowIntervalMs) {
    synchronized (lock) {
      if (slowdowns++ == 0) intervalMs = slowIntervalMs;
    }
  }

  /** Undoes one {@link #slowDown}; the last one restores the normal interval and refreshes at once. */
  void speedUp(long normalIntervalMs) {
    synchronized (lock) {
      if (slowdowns > 0 && --slowdowns == 0) {
        intervalMs = normalIntervalMs;
        lock.notifyAll();
      }
    }
  }

  private void run() {
    while (true) {
      synchronized (lock) {
        if (closed) return;
        try {
          lock.wait(intervalMs);
        } catch (InterruptedException e) {
          return;
        }
        if (closed) return;
      }
      try {
        reopen.run();
      } catch (IOException | RuntimeException e) {
        // Searches keep the last good view; the next round retries (a failing disk also fails the commit, loudly).
        System.getLogger(Refresher.class.getName()).log(System.Logger.Level.WARNING, "index reopen failed: " + e);
      }
    }
  }

  @Override
  public void close() {
    synchronized (lock) {
      closed = true;
      lock.notifyAll();
    }
    try {
      thread.join(10_000);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
