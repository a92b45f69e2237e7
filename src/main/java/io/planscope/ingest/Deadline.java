package io.planscope.ingest;

import java.time.Duration;

/** The time a parse must end by; stages call {@link #check} in their loops so a runaway parse stops itself. */
record Deadline(long endNanos, Duration limit, String filename) {
  static Deadline after(Duration limit, String filename) {
    return new Deadline(System.nanoTime() + limit.toNanos(), limit, filename);
  }

  /** Throws TIMEOUT once the time is up. */
  void check() {
    if (System.nanoTime() - endNanos > 0) throw timeout(limit, filename);
  }

  static IngestException timeout(Duration limit, String filename) {
    return new IngestException(
        IngestException.Reason.TIMEOUT,
        "Parsing '" + filename + "' took longer than " + limit.toMillis() + " ms; is it a real plan page?");
  }
}
