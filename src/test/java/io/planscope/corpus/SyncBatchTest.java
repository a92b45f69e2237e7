package io.planscope.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.planscope.source.SourceDocument;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A batched bulk import forces its documents together, and a crash before that is healed on the next open. */
class SyncBatchTest {
  @TempDir Path dir;

  private Path root() {
    return dir.resolve("store");
  }

  private static List<StoredDocument> addAll(DocumentStore store, String... places) {
    List<StoredDocument> stored = new ArrayList<>();
    for (String place : places) {
      SourceDocument doc = TestPlans.txt(place + ".txt", TestPlans.planText(place, 2));
      stored.add(store.addParsed(doc, TestPlans.parse(doc).plans()).document());
    }
    return stored;
  }

  @Test
  void aBatchForcesItsDocumentsWhenItEndsNotOneByOne() {
    DocumentStore store = DocumentStore.open(root());
    addAll(store, "临安"); // the documents directory and a first shard exist, as in a store in use
    long before = AtomicFiles.fsyncCount();
    List<StoredDocument> docs;
    try (DocumentStore.SyncHandle batch = store.batchSyncs()) {
      assertTrue(Files.exists(root().resolve(SyncBatch.MARKER)), "the marker is on disk before any unforced write");
      long atStart = AtomicFiles.fsyncCount();
      docs = addAll(store, "西湖", "上城", "拱墅", "滨江", "萧山", "余杭", "富阳", "桐庐");
      long during = AtomicFiles.fsyncCount() - atStart;
      // a new shard directory is still created durably (at most one per document here); nothing else is forced
      assertTrue(during <= docs.size(), "fsyncs while importing 8 documents in a batch: " + during);
    }
    long used = AtomicFiles.fsyncCount() - before;
    // forced at the end: 4 files a document (original, document.json, its directory, its plan), each directory
    // named once, the marker's file and directory and the root when it goes
    assertTrue(used > 4 * docs.size() && used <= 6 * docs.size() + 4, "fsyncs of the batch: " + used);
    assertFalse(Files.exists(root().resolve(SyncBatch.MARKER)), "the marker goes once everything is forced");
    DocumentStore reopened = DocumentStore.open(root());
    for (StoredDocument d : docs) assertTrue(reopened.isParsed(d.id()), d.filename());
    assertEquals(9, reopened.planIds().size());
  }

  @Test
  void aCrashBeforeTheBatchEndsIsHealedOnOpen() throws Exception {
    DocumentStore store = DocumentStore.open(root());
    StoredDocument before = addAll(store, "建德").get(0); // durable before the batch: never touched
    store.batchSyncs(); // never closed: the process dies mid-import
    List<StoredDocument> docs = addAll(store, "淳安", "桐庐", "富阳");
    Path tornOriginal = documentDir(docs.get(0).id()).resolve(DocumentFiles.ORIGINAL_GZ);
    Files.write(tornOriginal, new byte[0]); // renamed into place, but its content never reached the disk
    Path tornPlan = root().resolve("plans").resolve(docs.get(1).planIds().get(0) + ".json");
    Files.writeString(tornPlan, "{\"id\":\"p"); // cut short

    DocumentStore healed = DocumentStore.open(root());
    assertTrue(healed.document(docs.get(0).id()).isEmpty(), "a torn original's document is removed");
    assertEquals(List.of(docs.get(1).id()), healed.unparsed(), "a document whose plan file tore is parsed again");
    assertTrue(healed.isParsed(docs.get(2).id()), "a whole document stays");
    assertTrue(healed.isParsed(before.id()));
    assertEquals(healed.expectPlan(docs.get(2).planIds().get(0)).id(), docs.get(2).planIds().get(0));
    assertFalse(Files.exists(tornPlan), "the torn plan file is removed");
    assertFalse(Files.exists(root().resolve(SyncBatch.MARKER)));
    assertEquals(List.of(docs.get(1).id()), DocumentStore.open(root()).unparsed(), "healing is done once");
  }

  private Path documentDir(String id) {
    return root().resolve("documents").resolve(id.substring(0, 2)).resolve(id);
  }
}
