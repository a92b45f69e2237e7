package io.planscope.bench;

import java.util.Arrays;

/** Latencies of one query class: count, p50/p95/p99 and mean in milliseconds. */
public record Latency(String query, int count, double p50, double p95, double p99, double mean) {
  static Latency of(String query, long[] nanos) {
    long[] s = nanos.clone();
    Arrays.sort(s);
    double mean = Arrays.stream(s).average().orElse(0) / 1e6;
    return new Latency(query, s.length, pct(s, 50), pct(s, 95), pct(s, 99), mean);
  }

  /** Nearest-rank percentile in ms. */
  static double pct(long[] sorted, int p) {
    if (sorted.length == 0) return 0;
    return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p / 100.0 * sorted.length) - 1)] / 1e6;
  }
}
