package io.planscope.search;

import io.planscope.app.DataDir;
import io.planscope.index.PlanIndex;
import io.planscope.source.IngestException;
import io.planscope.ingest.Ingestor;
import io.planscope.ingest.Seeds;
import io.planscope.source.SourceDocument;
import io.planscope.plan.Plan;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/** The demo corpus and the seeds (when present), parsed by the real ingestion and indexed in memory. */
final class Corpus {
  final Map<String, Plan> plans = new LinkedHashMap<>();
  final PlanIndex index = PlanIndex.inMemory();

  private static Corpus shared;

  /** Parsed and indexed once per test JVM (parsing the demo takes a while); never closed: it lives in memory. */
  static synchronized Corpus load() throws IOException {
    if (shared == null) shared = build();
    return shared;
  }

  /**
   * The corpus's plans in a new in-memory index of about {@code segments} segments (a commit per batch), for the
   * tests of what differs with several segments; the caller closes it.
   */
  static PlanIndex inSegments(int segments) throws IOException {
    List<Plan> plans = List.copyOf(load().plans.values());
    PlanIndex index = PlanIndex.inMemory();
    int batch = Math.max(1, plans.size() / segments);
    for (int i = 0; i < plans.size(); i++) {
      index.add(plans.get(i), List.of("test"), null);
      if ((i + 1) % batch == 0) index.commit();
    }
    index.commit();
    index.refresh();
    return index;
  }

  private static Corpus build() throws IOException {
    Corpus c = new Corpus();
    List<Path> files = new ArrayList<>();
    Optional<Path> seeds = Seeds.ifPresent();
    if (seeds.isPresent()) files.addAll(list(seeds.get()));
    files.addAll(list(DataDir.demoCorpus()));
    Ingestor ingestor = new Ingestor();
    for (Path f : files) {
      try {
        SourceDocument doc = new SourceDocument(Files.readAllBytes(f), f.getFileName().toString(), f.toString(), null,
            Instant.EPOCH);
        for (Plan p : ingestor.parse(doc).plans()) {
          c.plans.put(p.id(), p);
          c.index.add(p, List.of(f.toString()), null);
        }
      } catch (IngestException e) {
        // not a plan page (the demo has a few on purpose)
      }
    }
    c.index.refresh();
    return c;
  }

  private static List<Path> list(Path dir) throws IOException {
    try (Stream<Path> s = Files.list(dir)) {
      return s.filter(p -> p.toString().matches(".*\\.(txt|html?|docx|pdf)$")).sorted().toList();
    }
  }
}
