package io.planscope.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.planscope.corpus.DocumentStore;
import io.planscope.corpus.StoredDocument;
import io.planscope.corpus.StoreException;
import io.planscope.corpus.TestPlans;
import io.planscope.index.Fields;
import io.planscope.index.PlanIndex;
import io.planscope.source.IngestException;
import io.planscope.source.SourceDocument;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.TermQuery;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WorkspaceTest {
  @TempDir Path data;

  private Workspace open() throws Exception {
    return Workspace.open(DataDir.at(data), TestPlans::parse);
  }

  private static Workspace.Stats stats(Workspace ws) throws Exception {
    ws.refresh();
    return ws.stats();
  }

  @Test
  void importsStoresAndIndexesThenReportsDuplicate() throws Exception {
    try (Workspace ws = open()) {
      SourceDocument doc = TestPlans.txt("a.txt", TestPlans.planText("西湖", 3) + "\n=====\n" + TestPlans.planText("上城", 2));
      ImportOutcome first = ws.importer().importDocument(doc);
      assertEquals(ImportOutcome.Status.IMPORTED, first.status());
      assertEquals(2, first.planIds().size());
      assertEquals(new Workspace.Stats(2, 5), stats(ws));
      ImportOutcome again = ws.importer().importDocument(doc);
      assertEquals(ImportOutcome.Status.DUPLICATE, again.status());
      assertEquals(first.planIds(), again.planIds());
      assertEquals(first.documentId(), again.documentId());
      assertEquals(new Workspace.Stats(2, 5), stats(ws));
    }
  }

  private static final String SIMPLIFIED = "西湖区教育局2024年工作计划\n加强学校体育工作，发展学生个性。\n";
  private static final String TRADITIONAL = "西湖區教育局2024年工作計劃\n加強學校體育工作，發展學生個性。\n";

  @Test
  void traditionalMirrorIsOnePlanWithTwoSources() throws Exception {
    try (Workspace ws = open()) {
      ImportOutcome a = ws.importer().importDocument(TestPlans.txt("s.txt", SIMPLIFIED));
      ImportOutcome b = ws.importer().importDocument(TestPlans.txt("t.txt", TRADITIONAL));
      assertEquals(ImportOutcome.Status.IMPORTED, b.status());
      assertEquals(a.planIds(), b.planIds());
      assertEquals(2, ws.store().sources(a.planIds().get(0)).size());
      assertEquals(1, stats(ws).plans());
      long withBoth = ws.index().withSearcher(s -> (long) s.count(new TermQuery(new Term(Fields.PLAN_ID, a.planIds().get(0)))));
      assertEquals(1, withBoth);
    }
  }

  @Test
  void aSimplifiedPageReplacesTheTraditionalMirrorImportedBeforeIt() throws Exception {
    try (Workspace ws = open()) {
      ImportOutcome t = ws.importer().importDocument(TestPlans.txt("t.txt", TRADITIONAL));
      String planId = t.planIds().get(0);
      assertTrue(ws.store().expectPlan(planId).measures().get(0).text().contains("加強"));
      ws.importer().importDocument(TestPlans.txt("s.txt", SIMPLIFIED));
      assertTrue(ws.store().expectPlan(planId).measures().get(0).text().contains("加强"), "simplified wording shown");
      ws.refresh();
      String indexed = ws.index().withSearcher(s -> s.storedFields()
          .document(s.search(new TermQuery(new Term(Fields.PLAN_ID, planId)), 1).scoreDocs[0].doc).get(Fields.TEXT));
      assertTrue(indexed.contains("加强"), indexed);
      ws.importer().importDocument(TestPlans.txt("t2.txt", TRADITIONAL + "\n")); // another mirror: no change back
      assertTrue(ws.store().expectPlan(planId).measures().get(0).text().contains("加强"));
      assertEquals(3, ws.store().sources(planId).size());
    }
  }

  @Test
  void documentWithoutPlanFailsWithReasonAndIsNotKept() throws Exception {
    try (Workspace ws = open()) {
      ImportOutcome o = ws.importer().importDocument(TestPlans.txt("empty.txt", "   \n"));
      assertEquals(ImportOutcome.Status.FAILED, o.status());
      assertEquals(IngestException.Reason.NO_PLAN, o.failure());
      assertTrue(o.reason().contains("'empty.txt'"), o.reason());
      assertTrue(ws.store().isEmpty());
    }
  }

  @Test
  void openingIndexesWhatTheStoreHoldsButTheIndexDoesNot() throws Exception {
    // As after kill -9: one document stored and parsed but never indexed, one stored but never parsed.
    DocumentStore store = DocumentStore.open(DataDir.at(data).store());
    SourceDocument parsed = TestPlans.txt("a.txt", TestPlans.planText("桐庐", 2));
    StoredDocument a = store.put(parsed);
    store.putPlans(a.id(), TestPlans.parse(parsed).plans());
    store.put(TestPlans.txt("b.txt", TestPlans.planText("建德", 3)));
    try (Workspace ws = open()) {
      assertEquals(new Workspace.Stats(2, 5), stats(ws));
      assertTrue(ws.store().unparsed().isEmpty());
    }
  }

  @Test
  void aBulkImportCutShortIsHealedOnTheNextOpenAndTheIndexFollows() throws Exception {
    ImportOutcome tornPlan;
    ImportOutcome tornOriginal;
    try (Workspace ws = open()) {
      ws.bulkImport(); // never closed: the process dies before the import ends
      ws.importer().importDocument(TestPlans.txt("a.txt", TestPlans.planText("淳安", 2)));
      ws.commit(); // forces the batch so far, then commits the index
      tornPlan = ws.importer().importDocument(TestPlans.txt("b.txt", TestPlans.planText("临安", 3)));
      tornOriginal = ws.importer().importDocument(TestPlans.txt("c.txt", TestPlans.planText("建德", 1)));
    }
    Path store = DataDir.at(data).store();
    // what a crash can leave of files renamed into place before their content reached the disk
    java.nio.file.Files.write(store.resolve("plans").resolve(tornPlan.planIds().get(0) + ".json"), new byte[0]);
    String c = tornOriginal.documentId();
    java.nio.file.Files.write(store.resolve("documents").resolve(c.substring(0, 2)).resolve(c).resolve("original.gz"),
        new byte[0]);
    try (Workspace ws = open()) {
      assertEquals(new Workspace.Stats(2, 5), stats(ws), "b parsed again from its original; c gone");
      assertTrue(ws.store().document(c).isEmpty());
      assertTrue(ws.store().unparsed().isEmpty());
      assertEquals(tornPlan.planIds(), ws.store().document(tornPlan.documentId()).orElseThrow().planIds());
    }
  }

  @Test
  void openingRemovesFromTheIndexWhatTheStoreNoLongerHolds() throws Exception {
    String gone;
    try (Workspace ws = open()) {
      ws.importer().importDocument(TestPlans.txt("a.txt", TestPlans.planText("淳安", 2)));
      gone = ws.importer().importDocument(TestPlans.txt("b.txt", TestPlans.planText("临安", 1))).documentId();
    }
    DocumentStore.open(DataDir.at(data).store()).deleteDocument(gone);
    try (Workspace ws = open()) {
      assertEquals(new Workspace.Stats(1, 2), stats(ws));
    }
  }

  @Test
  void reindexRebuildsTheSameIndexFromTheStore() throws Exception {
    try (Workspace ws = open()) {
      for (int i = 0; i < 5; i++) ws.importer().importDocument(TestPlans.txt(i + ".txt", TestPlans.planText("区" + i, i + 1)));
      Workspace.Stats before = stats(ws);
      List<String> idsBefore = measureIds(ws);
      assertEquals(5, ws.reindex());
      assertEquals(before, stats(ws));
      assertEquals(idsBefore, measureIds(ws));
    }
  }

  private static List<String> measureIds(Workspace ws) throws Exception {
    return ws.index().withSearcher(s -> {
      var hits = s.search(new org.apache.lucene.search.MatchAllDocsQuery(), 1000).scoreDocs;
      var stored = s.storedFields();
      java.util.List<String> ids = new java.util.ArrayList<>();
      for (var h : hits) ids.add(stored.document(h.doc).get(Fields.MEASURE_ID));
      return ids.stream().sorted().toList();
    });
  }

  @Test
  void deletesRemovePlansFromStoreAndIndex() throws Exception {
    try (Workspace ws = open()) {
      ImportOutcome a = ws.importer().importDocument(TestPlans.txt("a.txt", TestPlans.planText("富阳", 2) + "\n=====\n" + TestPlans.planText("萧山", 1)));
      ws.deletePlan(a.planIds().get(0));
      assertEquals(new Workspace.Stats(1, 1), stats(ws));
      ws.deleteDocument(a.documentId());
      assertEquals(new Workspace.Stats(0, 0), stats(ws));
      assertTrue(ws.store().isEmpty());
    }
  }

  @Test
  void zipIsImportedEntryByEntry() throws Exception {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
      zip.putNextEntry(new ZipEntry("dir/a.txt"));
      zip.write(TestPlans.planText("宁波", 2).getBytes(StandardCharsets.UTF_8));
      zip.putNextEntry(new ZipEntry("b.txt"));
      zip.write(TestPlans.planText("温州", 1).getBytes(StandardCharsets.UTF_8));
      zip.putNextEntry(new ZipEntry("c.bin"));
      zip.write(new byte[] {1, 2, 3});
    }
    try (Workspace ws = open()) {
      List<ImportOutcome> outcomes = ws.importer().importFile(
          new SourceDocument(bytes.toByteArray(), "plans.zip", "upload:plans.zip", null, Instant.now()));
      assertEquals(List.of(ImportOutcome.Status.IMPORTED, ImportOutcome.Status.IMPORTED, ImportOutcome.Status.FAILED),
          outcomes.stream().map(ImportOutcome::status).toList());
      assertEquals("a.txt", outcomes.get(0).filename());
      assertEquals("upload:plans.zip!/dir/a.txt", ws.store().expectDocument(outcomes.get(0).documentId()).sources().get(0).uri());
      assertNull(outcomes.get(0).reason());
      assertEquals(new Workspace.Stats(2, 3), stats(ws));
    }
  }

  @Test
  void closeCommitsSoTheNextOpenNeedsNoCatchUp() throws Exception {
    try (Workspace ws = open()) {
      ws.importer().importDocument(TestPlans.txt("a.txt", TestPlans.planText("鄞州", 2)));
    }
    try (Workspace ws = open()) {
      assertEquals(new Workspace.Stats(1, 2), stats(ws));
    }
  }
  @Test
  void aSessionThatOnlyReadsWritesNothingWhenItCloses() throws Exception {
    try (Workspace ws = open()) {
      ws.importer().importDocument(TestPlans.txt("a.txt", TestPlans.planText("慈溪", 2)));
    }
    // the marker lists every plan (megabytes at a whole country's size): a rewrite shows in its time
    Path marker = DataDir.at(data).index().resolve("planscope-indexed.bin");
    java.nio.file.attribute.FileTime old = java.nio.file.attribute.FileTime.fromMillis(1_000_000L);
    java.nio.file.Files.setLastModifiedTime(marker, old);
    String saved = markedStamp();
    try (Workspace ws = open()) {
      assertEquals(new Workspace.Stats(1, 2), stats(ws)); // a search, a CLI query: reads only
    }
    assertEquals(old, java.nio.file.Files.getLastModifiedTime(marker), "the index marker was not written again");
    assertEquals(saved, markedStamp());
    assertEquals(saved, DocumentStore.open(DataDir.at(data).store()).catalogueStamp().orElseThrow());
    try (Workspace ws = open()) {
      ws.importer().importDocument(TestPlans.txt("b.txt", TestPlans.planText("余姚", 3)));
    }
    String after = markedStamp();
    assertFalse(saved.equals(after), "a session that stored something saves the catalogue and the marker");
    assertEquals(after, DocumentStore.open(DataDir.at(data).store()).catalogueStamp().orElseThrow());
    try (Workspace ws = open()) {
      assertEquals(new Workspace.Stats(2, 5), stats(ws));
    }
  }

  private String markedStamp() throws Exception {
    return IndexMarker.read(DataDir.at(data).index()).orElseThrow().catalogue();
  }

  @Test
  void aCleanShutdownLetsTheNextOpenTrustTheIndexButAnyStoreChangeIsStillCaughtUp() throws Exception {
    try (Workspace ws = open()) {
      ws.importer().importDocument(TestPlans.txt("a.txt", TestPlans.planText("江北", 2)));
    }
    DocumentStore store = DocumentStore.open(DataDir.at(data).store());
    String stamp = store.catalogueStamp().orElseThrow();
    assertEquals(stamp, IndexMarker.read(DataDir.at(data).index()).orElseThrow().catalogue());
    // The store changes behind the index's back (as if the process died after storing, before committing):
    SourceDocument extra = TestPlans.txt("b.txt", TestPlans.planText("镇海", 3));
    store.putPlans(store.put(extra).id(), TestPlans.parse(extra).plans());
    assertTrue(store.catalogueStamp().isEmpty(), "the snapshot is gone with the change");
    try (Workspace ws = open()) {
      assertEquals(new Workspace.Stats(2, 5), stats(ws), "the new plan was caught up");
    }
    try (Workspace ws = open()) {
      assertEquals(new Workspace.Stats(2, 5), stats(ws));
    }
  }

  @Test
  void anIndexWrittenWithAnotherLayoutIsRebuiltFromTheStore() throws Exception {
    try (Workspace ws = open()) {
      ws.importer().importDocument(TestPlans.txt("a.txt", TestPlans.planText("奉化", 2)));
      ws.importer().importDocument(TestPlans.txt("b.txt", TestPlans.planText("余姚", 3)));
    }
    Path indexDir = DataDir.at(data).index();
    IndexMarker current = IndexMarker.read(indexDir).orElseThrow();
    assertEquals(IndexSync.SCHEMA, current.version());
    new IndexMarker(1, current.catalogue(), current.plans()).write(indexDir);
    DocumentStore store = DocumentStore.open(DataDir.at(data).store());
    try (PlanIndex index = PlanIndex.open(DataDir.at(data).index())) {
      assertEquals(2, new IndexSync(store, index, DataDir.at(data).index()).catchUp(), "both plans re-indexed");
    }
    try (Workspace ws = open()) {
      assertEquals(new Workspace.Stats(2, 5), stats(ws));
    }
  }

  @Test
  void aJsonMarkerFromAnEarlierVersionIsTrustedAndReplacedByTheBinaryOne() throws Exception {
    try (Workspace ws = open()) {
      ws.importer().importDocument(TestPlans.txt("a.txt", TestPlans.planText("慈溪", 2)));
    }
    Path indexDir = DataDir.at(data).index();
    IndexMarker written = IndexMarker.read(indexDir).orElseThrow();
    java.nio.file.Files.write(indexDir.resolve(IndexMarker.LEGACY_FILE),
        com.fasterxml.jackson.databind.json.JsonMapper.builder().build().writeValueAsBytes(written));
    java.nio.file.Files.delete(indexDir.resolve(IndexMarker.FILE));
    assertEquals(written, IndexMarker.read(indexDir).orElseThrow(), "the JSON form reads back the same");
    DocumentStore store = DocumentStore.open(DataDir.at(data).store());
    try (PlanIndex index = PlanIndex.open(indexDir)) {
      IndexSync sync = new IndexSync(store, index, indexDir);
      assertEquals(0, sync.catchUp(), "nothing re-indexed");
      sync.commit();
    }
    assertTrue(java.nio.file.Files.exists(indexDir.resolve(IndexMarker.FILE)));
    assertFalse(java.nio.file.Files.exists(indexDir.resolve(IndexMarker.LEGACY_FILE)), "the JSON one is gone");
  }

  @Test
  void concurrentImportThenCloseLeavesNothingToCatchUp() throws Exception {
    // Reported as a race: after a 2-thread import and a clean close, the next open parsed a stored document.
    Path in = java.nio.file.Files.createDirectories(data.resolve("in"));
    for (int i = 0; i < 24; i++) {
      int k = i % 16; // i >= 16: the plan of file i - 16 again, in other bytes (like a mirror)
      String text = TestPlans.planText("并发" + k, 1 + k % 3);
      java.nio.file.Files.writeString(in.resolve(i + ".txt"), i >= 16 ? text + "\n".repeat(i) : text);
    }
    java.nio.file.Files.writeString(in.resolve("dup.txt"), TestPlans.planText("并发3", 1)); // same bytes as 3.txt
    java.nio.file.Files.writeString(in.resolve("empty.txt"), "");
    ImportRun.Report report;
    try (Workspace ws = open()) {
      report = new ImportRun(ws.importer(), ImportRun.Progress.none(), 2).importPaths(List.of(in));
    }
    assertEquals(24, report.count(ImportOutcome.Status.IMPORTED), report.summary());
    assertEquals(1, report.count(ImportOutcome.Status.DUPLICATE), report.summary());
    assertEquals(1, report.count(ImportOutcome.Status.FAILED), report.summary());
    DocumentStore store = DocumentStore.open(DataDir.at(data).store());
    assertEquals(List.of(), store.unparsed(), "stored but not parsed at close");
    assertEquals(16, store.planIds().size());
    try (PlanIndex index = PlanIndex.open(DataDir.at(data).index())) {
      assertEquals(0, new IndexSync(store, index, DataDir.at(data).index()).catchUp(), "index behind the store");
    }
  }

  @Test
  void secondOpenOfTheSameDataDirSaysItIsInUse() throws Exception {
    try (Workspace ws = open()) {
      DataDirInUseException e = org.junit.jupiter.api.Assertions.assertThrows(DataDirInUseException.class, this::open);
      assertTrue(e.getMessage().contains(data.toString()), e.getMessage());
      assertTrue(e.getMessage().contains("in use by another PlanScope process"), e.getMessage());
    }
  }

  @Test
  void whileAnotherWorkspaceHoldsTheDataDirReadersGetItsLastCommitReadOnly() throws Exception {
    try (Workspace writer = open()) {
      ImportOutcome a = writer.importer().importDocument(TestPlans.txt("a.txt", TestPlans.planText("慈溪", 2)));
      writer.commit();
      writer.importer().importDocument(TestPlans.txt("b.txt", TestPlans.planText("象山", 3))); // not committed yet
      List<String> notes = new java.util.ArrayList<>();
      try (Workspace reader = Workspace.openForReading(DataDir.at(data), notes::add)) {
        assertTrue(reader.readOnly());
        assertEquals(1, notes.size(), notes.toString());
        assertEquals(new Workspace.Stats(1, 2), stats(reader), "the last commit");
        assertEquals(2, reader.store().planIds().size(), "the store shows every stored plan");
        assertEquals(a.planIds(), reader.store().document(a.documentId()).orElseThrow().planIds());
        StoreException refused = org.junit.jupiter.api.Assertions.assertThrows(StoreException.class,
            () -> reader.store().add(TestPlans.txt("c.txt", TestPlans.planText("宁海", 1))));
        assertEquals(StoreException.Reason.READ_ONLY, refused.reason());
        org.junit.jupiter.api.Assertions.assertThrows(IllegalStateException.class, () -> reader.index().commit());
      }
      writer.importer().importDocument(TestPlans.txt("d.txt", TestPlans.planText("奉贤", 1)));
      assertEquals(3, writer.store().planIds().size(), "the writer is unaffected");
    }
    try (Workspace ws = open()) {
      assertEquals(new Workspace.Stats(3, 6), stats(ws));
    }
  }
}
