package io.planscope.corpus;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.planscope.source.ParserVersion;
import io.planscope.source.SourceDocument;
import io.planscope.plan.NotFoundException;
import io.planscope.plan.Plan;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DocumentStoreTest {
  @TempDir Path dir;

  private DocumentStore store() {
    return DocumentStore.open(dir.resolve("store"));
  }

  private static StoredDocument importTxt(DocumentStore store, SourceDocument doc) {
    StoredDocument stored = store.put(doc);
    store.putPlans(stored.id(), TestPlans.parse(doc).plans());
    return store.document(stored.id()).orElseThrow();
  }

  @Test
  void storesOriginalByteExactUnderItsContentAddress() {
    byte[] bytes = {(byte) 0xb9, (byte) 0xa4, 0x0d, 0x0a, 0x00, (byte) 0xff}; // GBK-ish bytes, CRLF, NUL
    DocumentStore store = store();
    StoredDocument doc = store.put(new SourceDocument(bytes, "页面.html", "https://x.gov.cn/a.html", "text/html; charset=gbk", Instant.EPOCH));
    assertEquals(DocumentStore.documentId(bytes), doc.id());
    assertEquals(16, doc.id().length());
    assertArrayEquals(bytes, store.original(doc.id()));
    assertEquals("text/html; charset=gbk", doc.contentType());
    assertEquals(6, doc.size());
    assertEquals(List.of(new PlanSource(doc.id(), "https://x.gov.cn/a.html", Instant.EPOCH)), doc.sources());
    assertArrayEquals(bytes, DocumentStore.open(dir.resolve("store")).original(doc.id()));
  }

  @Test
  void reimportingTheSameBytesChangesNothing() throws Exception {
    DocumentStore store = store();
    SourceDocument doc = TestPlans.txt("a.txt", TestPlans.planText("西湖", 3));
    DocumentStore.Added first = store.add(doc);
    store.putPlans(first.document().id(), TestPlans.parse(doc).plans());
    List<String> before = listing();
    DocumentStore.Added again = store.add(doc);
    assertFalse(again.created());
    assertEquals(store.document(first.document().id()).orElseThrow(), again.document());
    assertEquals(before, listing());
  }

  @Test
  void samePlanFromTwoDocumentsIsOnePlanWithTwoSources() {
    DocumentStore store = store();
    String text = TestPlans.planText("滨江", 2);
    StoredDocument a = importTxt(store, TestPlans.txt("a.txt", text));
    // A second site serving the same plan inside a different page (different bytes).
    StoredDocument b = importTxt(store, new SourceDocument(("\n" + text).getBytes(StandardCharsets.UTF_8), "b.txt",
        "https://mirror.example/b.txt", null, Instant.parse("2026-02-01T00:00:00Z")));
    assertEquals(a.planIds(), b.planIds());
    assertEquals(1, store.planIds().size());
    List<PlanSource> sources = store.sources(a.planIds().get(0));
    assertEquals(List.of("/imports/a.txt", "https://mirror.example/b.txt"), sources.stream().map(PlanSource::uri).toList());
  }

  @Test
  void plansRoundTripThroughJson() {
    DocumentStore store = store();
    SourceDocument doc = TestPlans.txt("a.txt", TestPlans.planText("上城", 4) + "\n=====\n" + TestPlans.planText("拱墅", 2));
    StoredDocument stored = importTxt(store, doc);
    List<Plan> parsed = TestPlans.parse(doc).plans();
    assertEquals(parsed.stream().map(Plan::id).toList(), stored.planIds());
    DocumentStore reopened = store();
    for (Plan p : parsed) assertEquals(p, reopened.expectPlan(p.id()));
    assertEquals(parsed.stream().map(Plan::id).sorted().toList(), reopened.plans().map(Plan::id).toList());
  }

  @Test
  void missingIdsThrowNotFoundQuotingTheId() {
    DocumentStore store = store();
    assertTrue(store.plan("p000000000000").isEmpty());
    NotFoundException e = assertThrows(NotFoundException.class, () -> store.expectPlan("p000000000000"));
    assertTrue(e.getMessage().contains("'p000000000000'"));
    assertThrows(NotFoundException.class, () -> store.original("../../etc/passwd"));
    assertTrue(store.document("0123456789abcdef").isEmpty());
  }

  @Test
  void deletingADocumentKeepsPlansStillFoundElsewhere() {
    DocumentStore store = store();
    String shared = TestPlans.planText("余杭", 2);
    StoredDocument a = importTxt(store, TestPlans.txt("a.txt", shared + "\n=====\n" + TestPlans.planText("临平", 1)));
    StoredDocument b = importTxt(store, TestPlans.txt("b.txt", shared));
    DocumentStore.Deleted deleted = store.deleteDocument(a.id());
    assertEquals(List.of(a.planIds().get(1)), deleted.removedPlans());
    assertEquals(List.of(a.planIds().get(0)), deleted.changedPlans());
    assertTrue(store.document(a.id()).isEmpty());
    assertEquals(b.planIds(), store.planIds());
    assertEquals(1, store.sources(b.planIds().get(0)).size());
    assertEquals(b.planIds(), store().planIds());
  }

  @Test
  void deletedPlanStaysDeletedAfterReimportAndReopen() {
    DocumentStore store = store();
    SourceDocument doc = TestPlans.txt("a.txt", TestPlans.planText("萧山", 2) + "\n=====\n" + TestPlans.planText("富阳", 1));
    StoredDocument a = importTxt(store, doc);
    String gone = a.planIds().get(0);
    assertEquals(List.of(a.id()), store.deletePlan(gone).documents());
    assertFalse(store.add(doc).created());
    assertTrue(store.plan(gone).isEmpty());
    assertEquals(List.of(a.planIds().get(1)), store().planIds());
    assertThrows(NotFoundException.class, () -> store.deletePlan(gone));
  }

  @Test
  void storedButUnparsedDocumentsAreListedForCatchUp() {
    DocumentStore store = store();
    StoredDocument doc = store.put(TestPlans.txt("a.txt", TestPlans.planText("桐庐", 1)));
    assertEquals(List.of(doc.id()), store().unparsed());
    assertFalse(store.isEmpty());
  }

  @Test
  void leftoversOfACrashAreClearedOnOpen() throws Exception {
    DocumentStore store = store();
    importTxt(store, TestPlans.txt("a.txt", TestPlans.planText("建德", 1)));
    Path root = dir.resolve("store");
    Files.createDirectories(root.resolve("tmp/half-prepared"));
    Files.writeString(root.resolve("tmp/half-prepared/original"), "half");
    Files.writeString(root.resolve("plans/p999999999999.json"), "{}"); // plan written, document update lost
    Files.writeString(root.resolve("plans/" + AtomicFiles.TEMP_PREFIX + "x"), "torn");
    DocumentStore reopened = store();
    assertEquals(1, reopened.planIds().size());
    try (Stream<Path> s = Files.list(root.resolve("tmp"))) {
      assertEquals(0, s.count());
    }
    try (Stream<Path> s = Files.list(root.resolve("plans"))) {
      assertEquals(1, s.count());
    }
  }

  @Test
  void readOnlyStoreServesReadsAndFailsWritesClearly() throws Exception {
    Optional<TestDisks> disk = TestDisks.readOnlyCapable(dir.resolve("disk"));
    assumeTrue(disk.isPresent(), "needs mount rights or a non-root user");
    try (TestDisks d = disk.get()) {
      Path root = d.dir().resolve("store");
      importTxt(DocumentStore.open(root), TestPlans.txt("a.txt", TestPlans.planText("淳安", 1)));
      List<String> before = listing(d.dir());
      d.makeReadOnly();
      DocumentStore readOnly = DocumentStore.open(root);
      assertEquals(1, readOnly.planIds().size());
      StoreException e = assertThrows(StoreException.class, () -> readOnly.put(TestPlans.txt("b.txt", "新文件")));
      assertEquals(StoreException.Reason.READ_ONLY, e.reason());
      assertTrue(e.getMessage().contains("b.txt"), e.getMessage());
      assertEquals(before, listing(d.dir()));
    }
  }

  @Test
  void fullDiskFailsWithDiskFullAndLeavesOnlyWholeDocuments() throws Exception {
    Optional<TestDisks> disk = TestDisks.tmpfs(dir.resolve("disk"), "300k");
    assumeTrue(disk.isPresent(), "needs mount rights for a small tmpfs");
    try (TestDisks d = disk.get()) {
      DocumentStore store = DocumentStore.open(d.dir().resolve("store"));
      StoreException e = null;
      int stored = 0;
      for (int i = 0; i < 200 && e == null; i++) {
        try {
          importTxt(store, TestPlans.txt("f" + i + ".txt", TestPlans.planText("满" + i, 60)));
          stored++;
        } catch (StoreException full) {
          e = full;
        }
      }
      assertTrue(e != null && stored > 0, "the disk never filled");
      assertEquals(StoreException.Reason.DISK_FULL, e.reason());
      DocumentStore reopened = DocumentStore.open(d.dir().resolve("store"));
      for (StoredDocument doc : reopened.documents()) {
        assertEquals(doc.id(), DocumentStore.documentId(reopened.original(doc.id())));
      }
      assertTrue(reopened.documents().size() >= stored);
      for (String planId : reopened.planIds()) assertTrue(reopened.plan(planId).isPresent(), planId);
    }
  }

  @Test
  void writesThatFailOnAFullDiskLeaveNoTemporaryFiles() throws Exception {
    Optional<TestDisks> disk = TestDisks.tmpfs(dir.resolve("disk"), "300k");
    assumeTrue(disk.isPresent(), "needs mount rights for a small tmpfs");
    try (TestDisks d = disk.get()) {
      Path root = d.dir().resolve("store");
      DocumentStore store = DocumentStore.open(root);
      int failures = 0;
      for (int i = 0; i < 300 && failures < 40; i++) {
        // Sizes vary so that the disk runs out in the original, in document.json or in a plan's file.
        SourceDocument doc = TestPlans.txt("t" + i + ".txt", TestPlans.planText("满" + i, 5 + (i * 37) % 90));
        try {
          store.addParsed(doc, TestPlans.parse(doc).plans());
        } catch (StoreException full) {
          assertEquals(StoreException.Reason.DISK_FULL, full.reason(), full.getMessage());
          failures++;
          assertEquals(List.of(), temporaries(root), "after " + doc.filename());
        }
      }
      assertTrue(failures > 0, "the disk never filled");
    }
  }

  /** What the store's write protocol names temporarily: ".tmp-…" files and anything inside tmp/. */
  private static List<String> temporaries(Path root) throws Exception {
    try (Stream<Path> walk = Files.walk(root)) {
      return walk.map(root::relativize)
          .filter(p -> p.getFileName().toString().startsWith(".tmp-") || (p.startsWith("tmp") && p.getNameCount() > 1))
          .map(Path::toString).sorted().toList();
    }
  }

  private List<String> listing() throws Exception {
    return listing(dir);
  }

  private static List<String> listing(Path dir) throws Exception {
    try (Stream<Path> walk = Files.walk(dir)) {
      return walk.filter(Files::isRegularFile)
          .map(p -> dir.relativize(p) + ":" + sizeAndTime(p))
          .sorted()
          .toList();
    }
  }

  private static String sizeAndTime(Path p) {
    try {
      return Files.size(p) + "@" + Files.getLastModifiedTime(p).toMillis();
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }
  @Test
  void addParsedStoresDocumentAndPlansWithFewFsyncs() {
    DocumentStore store = store();
    SourceDocument doc = TestPlans.txt("a.txt", TestPlans.planText("余杭", 2));
    long before = AtomicFiles.fsyncCount();
    DocumentStore.Added added = store.addParsed(doc, TestPlans.parse(doc).plans());
    long used = AtomicFiles.fsyncCount() - before;
    // original, document.json, its directory and the plan file (forced together), then the plans directory and the
    // document's shard; +1 for the documents directory when the shard is new. add + putPlans took 8-9, in turn.
    assertTrue(used == 6 || used == 7, "fsyncs for one document with one plan: " + used);
    assertTrue(added.created());
    assertTrue(store.isParsed(added.document().id()));
    String planId = TestPlans.planId(TestPlans.planText("余杭", 2));
    assertEquals(List.of(planId), added.document().planIds());
    before = AtomicFiles.fsyncCount();
    assertFalse(store.addParsed(doc, TestPlans.parse(doc).plans()).created());
    assertEquals(0, AtomicFiles.fsyncCount() - before, "the same bytes and source again write nothing");
    DocumentStore reopened = store();
    assertEquals(List.of(), reopened.unparsed());
    assertEquals(planId, reopened.expectPlan(planId).id());
    assertEquals(List.of(added.document().id()), reopened.documentsOf(planId));
  }

  @Test
  void theCatalogueSnapshotServesTheNextOpenAndGoesAwayBeforeAnyChange() throws Exception {
    DocumentStore store = store();
    StoredDocument a = importTxt(store, TestPlans.txt("a.txt", TestPlans.planText("西湖", 3)));
    StoredDocument b = importTxt(store, TestPlans.txt("b.txt", TestPlans.planText("上城", 2)));
    store.saveCatalogue();
    Path snapshot = dir.resolve("store").resolve(Catalogue.FILE);
    assertTrue(Files.exists(snapshot));

    DocumentStore reopened = store();
    assertEquals(store.documents(), reopened.documents());
    assertEquals(store.planIds(), reopened.planIds());
    assertEquals(store.sources(a.planIds().get(0)), reopened.sources(a.planIds().get(0)));
    assertTrue(Files.exists(snapshot), "reading does not drop it");

    reopened.add(new SourceDocument(TestPlans.planText("西湖", 3).getBytes(StandardCharsets.UTF_8), "mirror.txt",
        "https://mirror.example/a", null, Instant.EPOCH)); // a second source for a: a change
    assertFalse(Files.exists(snapshot), "dropped before the first change");
    DocumentStore third = store(); // scans: sees the new source
    assertEquals(2, third.document(a.id()).orElseThrow().sources().size());
    assertEquals(reopened.documents(), third.documents());

    third.saveCatalogue();
    third.deleteDocument(b.id());
    assertFalse(Files.exists(snapshot));
    assertEquals(List.of(a.id()), store().documents().stream().map(StoredDocument::id).toList());
  }

  @Test
  void aSnapshotThatDoesNotListTheDocumentsOnDiskIsIgnored() throws Exception {
    DocumentStore store = store();
    importTxt(store, TestPlans.txt("a.txt", TestPlans.planText("西湖", 3)));
    store.saveCatalogue();
    Path snapshot = dir.resolve("store").resolve(Catalogue.FILE);
    byte[] saved = Files.readAllBytes(snapshot);
    // Another program (an older version) adds a document without knowing the snapshot: restore the stale one.
    store.add(TestPlans.txt("b.txt", TestPlans.planText("上城", 2)));
    Files.write(snapshot, saved);
    assertEquals(2, store().documents().size(), "the stale snapshot is ignored, the documents scanned");
    Files.writeString(snapshot, "{not json");
    assertEquals(2, store().documents().size(), "an unreadable snapshot is ignored");
  }

  @Test
  void aSnapshotIsCheckedByShardTimesAndSurvivesACopyThatChangedThem() throws Exception {
    DocumentStore store = store();
    StoredDocument a = importTxt(store, TestPlans.txt("a.txt", TestPlans.planText("西湖", 3)));
    StoredDocument b = importTxt(store, TestPlans.txt("b.txt", TestPlans.planText("上城", 2)));
    String stamp = store.saveCatalogue();
    Path shardOfA = dir.resolve("store").resolve("documents").resolve(a.id().substring(0, 2));
    assertEquals(Optional.of(stamp), store().catalogueStamp(), "times unchanged: the snapshot is used");

    // A copy (cp -r without -p) gives every directory a new time but the same documents: still used.
    Files.setLastModifiedTime(shardOfA, java.nio.file.attribute.FileTime.fromMillis(1_000_000_123L));
    DocumentStore copied = store();
    assertEquals(Optional.of(stamp), copied.catalogueStamp(), "same ids: still valid");
    assertEquals(2, copied.documents().size());

    // An older version removes b's directory without knowing the snapshot: the snapshot is ignored, the disk read.
    Path shardOfB = dir.resolve("store").resolve("documents").resolve(b.id().substring(0, 2));
    AtomicFiles.deleteTree(shardOfB.resolve(b.id()));
    DocumentStore scanned = store();
    assertEquals(Optional.empty(), scanned.catalogueStamp());
    assertEquals(List.of(a.id()), scanned.documents().stream().map(StoredDocument::id).toList());
  }

  @Test
  void theParserVersionIsKeptInDocumentJsonAndTheCatalogueAndMissingMeansVersionOne() throws Exception {
    DocumentStore store = store();
    SourceDocument older = TestPlans.txt("a.txt", TestPlans.planText("西湖", 2));
    StoredDocument a = store.put(older);
    store.putPlans(a.id(), TestPlans.parse(older).plans(), 1);
    StoredDocument b = store.addParsed(TestPlans.txt("b.txt", TestPlans.planText("上城", 2)),
        TestPlans.parse(TestPlans.txt("b.txt", TestPlans.planText("上城", 2))).plans()).document();
    assertEquals(ParserVersion.CURRENT, b.parserVersion());
    assertTrue(store.expectDocument(a.id()).outdated());
    store.saveCatalogue();
    DocumentStore fromCatalogue = store();
    assertTrue(fromCatalogue.catalogueStamp().isPresent());
    assertEquals(1, fromCatalogue.expectDocument(a.id()).parserVersion());
    assertEquals(ParserVersion.CURRENT, fromCatalogue.expectDocument(b.id()).parserVersion());

    // A document.json written before versions were kept has no such field: version 1.
    Files.delete(dir.resolve("store").resolve(Catalogue.FILE));
    Path json = dir.resolve("store/documents").resolve(b.id().substring(0, 2)).resolve(b.id()).resolve("document.json");
    Files.writeString(json, Files.readString(json).replaceAll(",\\s*\"parserVersion\"\\s*:\\s*\\d+", ""));
    assertFalse(Files.readString(json).contains("parserVersion"));
    assertEquals(1, store().expectDocument(b.id()).parserVersion());
  }
}
