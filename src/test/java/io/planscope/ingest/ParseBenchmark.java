package io.planscope.ingest;

import io.planscope.app.DataDir;
import io.planscope.source.IngestException;
import io.planscope.source.SourceDocument;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Parse speed on one core, in MB of page bytes per second, over the seeds and the demo corpus (when present),
 * repeated. Speed is reported per second of this thread's CPU time as well as wall time: on a shared, loaded
 * machine wall time measures the neighbours. Not a unit test: run it by hand,
 * {@code java -cp target/classes:target/test-classes:$(cat cp.txt) io.planscope.ingest.ParseBenchmark [warm-up rounds] [measured rounds]}.
 */
public final class ParseBenchmark {
  private ParseBenchmark() {}

  public static void main(String[] args) throws IOException {
    int warmup = args.length > 0 ? Integer.parseInt(args[0]) : 30;
    int measured = args.length > 1 ? Integer.parseInt(args[1]) : 30;
    List<SourceDocument> docs = documents();
    long bytes = docs.stream().mapToLong(d -> d.bytes().length).sum();
    Ingestor ingestor = new Ingestor();
    run(ingestor, docs, warmup); // warm-up: rounds, not seconds, so the JIT gets there on a busy machine too
    java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
    long cpuStart = threads.getCurrentThreadCpuTime();
    long start = System.nanoTime();
    long rounds = run(ingestor, docs, measured);
    double elapsed = (System.nanoTime() - start) / 1e9;
    double cpu = (threads.getCurrentThreadCpuTime() - cpuStart) / 1e9;
    double mb = rounds * bytes / 1e6;
    System.out.printf(
        "%d documents, %.2f MB per round, %d rounds: %.1f MB/s per CPU second (%.1f s CPU), %.1f MB/s wall (%.1f s)%n",
        docs.size(), bytes / 1e6, rounds, mb / cpu, cpu, mb / elapsed, elapsed);
  }

  private static long run(Ingestor ingestor, List<SourceDocument> docs, int times) {
    long rounds = 0;
    while (rounds < times) {
      for (SourceDocument d : docs) {
        try {
          ingestor.parseHere(d);
        } catch (IngestException e) {
          // a demo page that yields no plan still costs its parse; it is timed like the others
        }
      }
      rounds++;
    }
    return rounds;
  }

  private static List<SourceDocument> documents() throws IOException {
    List<SourceDocument> docs = new ArrayList<>();
    List<Path> dirs = new ArrayList<>();
    Seeds.ifPresent().ifPresent(dirs::add);
    dirs.add(DataDir.demoCorpus());
    for (Path dir : dirs) {
      try (Stream<Path> files = Files.list(dir)) {
        for (Path p : files.sorted().toList()) {
          String n = p.getFileName().toString();
          if (!Files.isRegularFile(p) || n.endsWith(".tsv") || n.endsWith(".md")) continue;
          docs.add(new SourceDocument(Files.readAllBytes(p), n, p.toString(), null, Instant.EPOCH));
        }
      }
    }
    return docs;
  }
}
