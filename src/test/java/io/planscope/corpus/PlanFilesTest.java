package io.planscope.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.planscope.plan.Plan;
import io.planscope.source.SourceDocument;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Plan files are stored compressed, and the plain JSON files of older stores still read. */
class PlanFilesTest {
  @TempDir Path dir;

  @Test
  void planFilesAreCompressedAndPlainOnesFromOlderStoresStillRead() throws Exception {
    Path root = dir.resolve("store");
    DocumentStore store = DocumentStore.open(root);
    SourceDocument doc = TestPlans.txt("a.txt", TestPlans.planText("余杭区良渚街道", 12));
    Plan plan = store.addParsed(doc, TestPlans.parse(doc).plans()).plans().plans().get(0);
    Path file = root.resolve("plans").resolve(plan.id() + ".json");
    byte[] stored = Files.readAllBytes(file);
    byte[] plain = DocumentStore.JSON.writeValueAsBytes(plan);
    assertEquals((byte) 0x1f, stored[0], "gzip");
    assertTrue(stored.length < plain.length / 2, "compressed " + stored.length + " of " + plain.length + " bytes");
    assertEquals(plan, DocumentStore.open(root).expectPlan(plan.id()));

    Files.write(file, plain); // as a store written before compression holds it
    assertEquals(plan, DocumentStore.open(root).expectPlan(plan.id()));
  }

  @Test
  void aPlanListedTwiceIsWrittenOnceAndLeavesNoTempFile() throws Exception {
    Path root = dir.resolve("store");
    SourceDocument doc = TestPlans.txt("a.txt", TestPlans.planText("余杭区良渚街道", 3));
    Plan plan = TestPlans.parse(doc).plans().get(0);
    Plan retitled = plan.withPublished("2099-03-01");
    Files.createDirectories(root.resolve("plans"));
    PlanFiles files = new PlanFiles(root, id -> false, new SyncBatch(root));
    files.writeAll(java.util.List.of(plan, retitled));
    try (var left = Files.list(root.resolve("plans"))) {
      assertEquals(java.util.List.of(root.resolve("plans").resolve(plan.id() + ".json")), left.toList());
    }
    assertEquals(retitled, PlanFiles.decode(Files.readAllBytes(root.resolve("plans").resolve(plan.id() + ".json"))));
  }
}
