package io.planscope.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GoalsTest {
  @TempDir Path dir;

  private static Map<String, Latency> latencies(double wordsP95, double similarP95) {
    Map<String, Latency> lat = new LinkedHashMap<>();
    for (String kind : Workload.KINDS) lat.put(kind, new Latency(kind, 20, 5, 10, 12, 6));
    lat.put("words", new Latency("words", 20, 20, wordsP95, 140, 25));
    lat.put("similar", new Latency("similar", 20, 15, similarP95, 31, 16));
    return lat;
  }

  private static Goals.Goal goal(List<Goals.Goal> goals, String prefix) {
    return goals.stream().filter(g -> g.what().startsWith(prefix)).findFirst().orElseThrow();
  }

  @Test
  void eachGoalIsJudgedAgainstItsLimitAndTheImportNeedsBothSides() {
    Goals.Disk disk = new Goals.Disk(700, 150, 320);
    List<Goals.Goal> goals = Goals.of(new Goals.Measured(latencies(35, 29), 2.4, 1024, 120, disk, null, 80.0));
    assertTrue(goal(goals, "two plain words + all facets, p95").met());
    assertFalse(goal(goals, "two plain words + all facets, p99").met(), "140 ms is over the 100 ms p99 line");
    assertTrue(goal(goals, "similar measures").met());
    assertTrue(goal(goals, "start to first answer").met());
    assertTrue(goal(goals, "the whole workload in a 1 GB heap").met());
    assertFalse(goal(goals, "data directory").met(), "700 MB is over 2 × 150 + 320 = 620 MB");
    assertNull(goal(goals, "import").met(), "no import in this run: not measured, not met");
    assertEquals("slowest: words", goal(goals, "every class").note());
  }

  @Test
  void theImportIsSetAgainstPostgresSplitLoadAndIndex() {
    Goals.Disk disk = new Goals.Disk(600, 150, 320);
    List<Goals.Goal> goals = Goals.of(new Goals.Measured(latencies(50, 40), 3.5, 6000, 120, disk, 90.0, 60.0));
    Goals.Goal imp = goal(goals, "import");
    assertEquals(1.5, imp.measured(), 1e-9);
    assertFalse(imp.met());
    assertFalse(goal(goals, "the whole workload in a 1 GB heap").met(), "a 6 GB max heap proves nothing");
    assertTrue(goal(goals, "data directory").met());
  }

  @Test
  void diskUseCountsBlocksDirectoriesAndOriginals() throws Exception {
    Path doc = Files.createDirectories(dir.resolve("corpus/store/documents/00/abc"));
    Files.write(doc.resolve("original"), new byte[10_000]); // an older store's uncompressed original
    Path gzDoc = Files.createDirectories(dir.resolve("corpus/store/documents/00/abd"));
    try (var gz = new java.util.zip.GZIPOutputStream(Files.newOutputStream(gzDoc.resolve("original.gz")))) {
      gz.write(new byte[30_000]); // counted as the 30 KB received, not the few bytes on disk
    }
    Files.write(doc.resolve("document.json"), new byte[300]);
    Path index = Files.createDirectories(dir.resolve("index"));
    Files.write(index.resolve("_0.cfs"), new byte[5_000]);
    Goals.Disk d = Goals.Disk.of(dir, index);
    assertEquals(0.040, d.originalsMb(), 1e-9);
    assertEquals(0.005, d.indexMb(), 1e-9);
    // 8 directories (root, corpus, store, documents, 00, abc, abd, index) + 12 KB + 4 KB + 4 KB (the gzip) + 8 KB
    assertEquals((8 * 4096 + 3 * 4096 + 4096 + 4096 + 2 * 4096) / 1e6, d.totalMb(), 1e-9);
  }
}
