package io.planscope.app;

import java.time.Instant;
import java.util.concurrent.CancellationException;

/**
 * A re-index of every stored plan on its own low-priority thread while the server answers searches
 * ({@code POST /api/reindex}): each plan's measures are replaced in place ({@link IndexSync#reindexInPlace}), so
 * searches see the whole index throughout. Stopping (the server shutting down) ends it after the current plan.
 */
public final class BackgroundReindex {
  /**
   * Where it is: {@code state} is {@code running}, {@code done}, {@code stopped} or {@code failed} (with
   * {@code error}); {@code done} of {@code total} plans; times in ISO-8601 UTC, {@code finished} null while running.
   */
  public record Progress(String state, int total, int done, String started, String finished, String error) {
    public boolean running() {
      return "running".equals(state);
    }
  }

  private static final System.Logger LOG = System.getLogger(BackgroundReindex.class.getName());
  private final IndexSync sync;
  private final Thread thread;
  private final String started = Instant.now().toString();
  private final int total;
  private volatile int done;
  private volatile String state = "running";
  private volatile String finished;
  private volatile String error;
  private volatile boolean stopped;

  private BackgroundReindex(IndexSync sync, int total) {
    this.sync = sync;
    this.total = total;
    this.thread = Daemons.background(this::run, "planscope-reindex");
  }

  static BackgroundReindex start(IndexSync sync, int total) {
    BackgroundReindex r = new BackgroundReindex(sync, total);
    r.thread.start();
    return r;
  }

  private void run() {
    try {
      sync.reindexInPlace(n -> {
        if (stopped) throw new CancellationException("stopped");
        done = n;
      });
      end("done", null);
      LOG.log(System.Logger.Level.INFO, "reindex: " + done + " plan(s) re-indexed");
    } catch (CancellationException e) {
      end("stopped", null);
    } catch (RuntimeException e) {
      end("failed", e.getMessage());
      LOG.log(System.Logger.Level.WARNING, "reindex failed after " + done + " plan(s): " + e.getMessage());
    }
  }

  private void end(String how, String why) {
    error = why;
    finished = Instant.now().toString();
    state = how;
  }

  public Progress progress() {
    return new Progress(state, total, done, started, finished, error);
  }

  /** Waits up to {@code millis} for it to end (tests; a server just keeps serving). */
  public void await(long millis) throws InterruptedException {
    thread.join(millis);
  }

  void stop() {
    stopped = true;
    try {
      thread.join(60_000);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
