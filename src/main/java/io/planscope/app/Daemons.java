package io.planscope.app;

/** The threads a workspace runs beside the requests: daemons, so they never keep the JVM alive. */
final class Daemons {
  private Daemons() {}

  /** A daemon thread, not started. */
  static Thread daemon(Runnable r, String name) {
    Thread t = new Thread(r, name);
    t.setDaemon(true);
    return t;
  }

  /** A daemon thread at the lowest priority (re-parsing, re-indexing, warming up), not started: requests go first. */
  static Thread background(Runnable r, String name) {
    Thread t = daemon(r, name);
    t.setPriority(Thread.MIN_PRIORITY);
    return t;
  }
}
