package io.planscope.crawl;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

/**
 * Keeps requests to one host apart: each host's next request waits until its delay has passed since the last one
 * started and since its response was read ({@link #finished}), so a slow answer is not followed at once by the next
 * request. The delay is the configured one, raised by robots.txt Crawl-delay.
 */
final class Politeness {
  private final Duration base;
  private final Map<String, Long> lastRequest = new HashMap<>();
  private final Map<String, Duration> delays = new HashMap<>();

  Politeness(Duration base) {
    this.base = base;
  }

  /** Raises one host's delay (Crawl-delay); never lowers it below the configured one. */
  synchronized void delay(String host, Duration d) {
    delays.put(host, d.compareTo(base) > 0 ? d : base);
  }

  synchronized Duration delayOf(String host) {
    return delays.getOrDefault(host, base);
  }

  /** Records that a response from the host has been read: the next request waits its delay from now. */
  synchronized void finished(String host) {
    lastRequest.merge(host, System.nanoTime(), Math::max);
  }

  /** Sleeps until a request to the host is polite, then records it as made now. */
  void await(String host) throws InterruptedException {
    long wait;
    synchronized (this) {
      Long last = lastRequest.get(host);
      long now = System.nanoTime();
      wait = last == null ? 0 : last + delayOf(host).toNanos() - now;
      lastRequest.put(host, now + Math.max(wait, 0));
    }
    if (wait > 0) Thread.sleep(Duration.ofNanos(wait));
  }
}
