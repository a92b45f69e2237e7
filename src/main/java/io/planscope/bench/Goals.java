package io.planscope.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Issue 22's goals, each set against what one run measured, so a run says by itself where it stands. The goals are
 * stated for 100,000 real-length plans on the 2-core machine of BENCHMARKS.md (every class under 100 ms for the
 * whole-country run); at other sizes the table reads as a reference, and it says which size it ran at.
 */
final class Goals {
  /** The goals' corpus size: below it they are easier to meet, above it (300k) only the 100 ms line applies. */
  static final int PLANS = 100_000;

  /** One goal: what was measured, the value and the limit it may reach (null: not measured in this run, and why). */
  record Goal(String what, Double measured, double limit, String unit, String note) {
    Boolean met() {
      return measured == null ? null : measured <= limit;
    }
  }

  /** Sizes on disk, counted as the file system allocates them (4 KB blocks, directories included). */
  record Disk(double totalMb, double originalsMb, double indexMb) {
    /** The goal's limit: twice the original pages plus the index. */
    double limitMb() {
      return 2 * originalsMb + indexMb;
    }

    static Disk of(Path root, Path index) throws IOException {
      long[] total = {0};
      long[] originals = {0};
      try (Stream<Path> s = Files.walk(root)) {
        s.forEach(p -> {
          long size = p.toFile().length();
          total[0] += Files.isDirectory(p) ? BLOCK : blocks(size);
          String name = p.getFileName().toString();
          if (name.equals("original")) originals[0] += size;
          if (name.equals("original.gz")) originals[0] += gzipTrailerSize(p);
        });
      }
      return new Disk(total[0] / 1e6, originals[0] / 1e6, IngestBench.size(index) / 1e6);
    }

    private static final long BLOCK = 4096;

    /** The uncompressed size a gzip file records in its last four bytes (little-endian, modulo 4 GB). */
    private static long gzipTrailerSize(Path gz) {
      try (var f = new java.io.RandomAccessFile(gz.toFile(), "r")) {
        f.seek(f.length() - 4);
        byte[] b = new byte[4];
        f.readFully(b);
        return (b[0] & 0xFFL) | (b[1] & 0xFFL) << 8 | (b[2] & 0xFFL) << 16 | (b[3] & 0xFFL) << 24;
      } catch (IOException e) {
        throw new java.io.UncheckedIOException("cannot read " + gz, e);
      }
    }

    private static long blocks(long size) {
      return (size + BLOCK - 1) / BLOCK * BLOCK;
    }
  }

  /** What the run measured that the goals need; {@code importS}/{@code peerImportS} are null when not measured. */
  /** {@code maxHeapMb} in MiB (the unit of -Xmx), the other sizes in decimal MB. */
  record Measured(Map<String, Latency> latency, double startupS, double maxHeapMb, double heapAfterWarmupMb,
      Disk disk, Double importS, Double peerImportS) {}

  private Goals() {}

  static List<Goal> of(Measured m) {
    List<Goal> goals = new ArrayList<>();
    goals.add(p95(m, "words", "two plain words + all facets, p95", 40));
    goals.add(new Goal("two plain words + all facets, p99", m.latency().get("words").p99(), 100, "ms", ""));
    goals.add(p95(m, "facets", "exact phrase + all facets, p95", 25));
    goals.add(p95(m, "similar", "similar measures, top 10, p95", 30));
    goals.add(p95(m, "draft", "precedents of a pasted draft, p95", 30));
    Latency slowest = m.latency().values().stream().filter(l -> !l.query().equals(QueryBench.WORDS_TOP))
        .max(java.util.Comparator.comparingDouble(Latency::p95)).orElseThrow();
    goals.add(new Goal("every class p95 (the 300k goal)", slowest.p95(), 100, "ms", "slowest: " + slowest.query()));
    goals.add(new Goal("start to first answer", m.startupS(), 3, "s", ""));
    // MiB: -Xmx1g is 1,024 MiB (1,073.7 decimal MB), which is what "1 GB of heap" means here
    goals.add(new Goal("the whole workload in a 1 GB heap: the JVM's max heap", m.maxHeapMb(), 1024, "MiB",
        String.format("heap after warm-up %.0f MB; run with PLANSCOPE_JAVA_OPTS=-Xmx1g", m.heapAfterWarmupMb())));
    goals.add(new Goal("data directory ≤ 2 × original pages + index", m.disk().totalMb(), m.disk().limitMb(), "MB",
        String.format("originals %.0f MB, index %.0f MB", m.disk().originalsMb(), m.disk().indexMb())));
    goals.add(m.importS() == null || m.peerImportS() == null
        ? new Goal("import ÷ PostgreSQL's split + load + index", null, 1, "×",
            "needs the ingest and --peer postgres in one run (no --data)")
        : new Goal("import ÷ PostgreSQL's split + load + index", m.importS() / m.peerImportS(), 1, "×",
            String.format("%.1f s ÷ %.1f s", m.importS(), m.peerImportS())));
    return goals;
  }

  private static Goal p95(Measured m, String kind, String what, double limit) {
    return new Goal(what, m.latency().get(kind).p95(), limit, "ms", "");
  }

  static void print(List<Goal> goals, long plans, PrintStream out) {
    out.printf("%nGOALS (issue 22, set for %,d real-length plans; this run: %,d plans)%n", PLANS, plans);
    for (Goal g : goals) {
      String value = g.measured() == null ? "—" : String.format("%,.1f", g.measured());
      String verdict = g.met() == null ? "not measured" : g.met() ? "met" : "MISSED";
      out.printf("  %-58s %10s %-2s (goal ≤ %,.0f) %-12s %s%n", g.what(), value, g.unit(), g.limit(), verdict,
          g.note());
    }
  }
}
