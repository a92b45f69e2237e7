package io.planscope.app;

import java.io.PrintStream;

/**
 * A re-parse running on its own low-priority thread while the server answers searches (see
 * {@link Workspace#reparseInBackground}). Progress lines go to a log: one per document that no longer parses, one
 * every {@value #LOG_EVERY} documents, and the summary. Stopping writes the groups of documents already parsed,
 * whole, so the store is never left half-written by it; the next start continues with what is still outdated.
 */
final class BackgroundReparse {
  private static final int LOG_EVERY = 100;
  private static final long STOP_WAIT_MS = 60_000;

  private final Reparser reparser;
  private final PrintStream log;
  private final Thread thread;

  private BackgroundReparse(Reparser reparser, PrintStream log) {
    this.reparser = reparser;
    this.log = log;
    this.thread = Daemons.background(this::run, "planscope-reparse");
  }

  /** Starts re-parsing the outdated documents (and those sharing their plans). */
  static BackgroundReparse start(Reparser reparser, PrintStream log) {
    BackgroundReparse b = new BackgroundReparse(reparser, log);
    b.thread.start();
    return b;
  }

  private void run() {
    try {
      ReparseReport report = reparser.run(io.planscope.corpus.StoredDocument::outdated, new Lines());
      log.println("planscope: reparse " + report.summary());
    } catch (RuntimeException e) {
      reparser.failed();
      log.println("planscope: reparse stopped: " + e.getMessage() + " (the next start continues it)");
    }
  }

  Reparser.Progress progress() {
    return reparser.progress();
  }

  /** Waits up to {@code millis} for the re-parse to end. */
  void await(long millis) throws InterruptedException {
    thread.join(millis);
  }

  /** Asks it to stop after writing what it has parsed, and waits for that (before the index closes). */
  void stop() {
    reparser.stop();
    try {
      thread.join(STOP_WAIT_MS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private final class Lines implements Reparser.Listener {
    @Override
    public void failed(ReparseReport.Failure f) {
      log.println("planscope: reparse: " + f.filename() + " no longer parses (old plans kept): " + f.reason());
    }

    @Override
    public void progress(int done, int total) {
      if (done == total || done / LOG_EVERY != (done - 1) / LOG_EVERY) {
        log.println("planscope: reparse " + done + "/" + total + " documents");
      }
    }
  }
}
