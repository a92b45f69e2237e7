package io.planscope.ingest;

import io.planscope.source.IngestException;
import java.time.Duration;

/**
 * The time a parse must end by; stages call {@link #check} in every loop that grows with the input, so a runaway
 * parse stops itself. A parse that was cancelled (its thread interrupted) stops at the next check too.
 */
record Deadline(long endNanos, Duration limit, String filename) {
  /** For stages called outside a parse (tests, tools): a century away, never reached. */
  static final Deadline NONE = after(Duration.ofDays(36_500), "(no deadline)");

  static Deadline after(Duration limit, String filename) {
    return new Deadline(System.nanoTime() + limit.toNanos(), limit, filename);
  }

  /** Throws TIMEOUT once the time is up or the parsing thread was interrupted (the caller gave up on it). */
  void check() {
    if (System.nanoTime() - endNanos > 0 || Thread.currentThread().isInterrupted()) throw timeout(limit, filename);
  }

  /** Checks every 1024th call of a loop, for loops over chars or text runs where a clock read each time shows. */
  void check(int i) {
    if ((i & 1023) == 0) check();
  }

  static IngestException timeout(Duration limit, String filename) {
    return new IngestException(
        IngestException.Reason.TIMEOUT,
        "Parsing '" + filename + "' took longer than " + limit.toMillis() + " ms; is it a real plan page?");
  }
}
