package io.planscope.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.planscope.corpus.DocumentStore;
import io.planscope.corpus.TestPlans;
import io.planscope.index.Fields;
import io.planscope.index.PlanIndex;
import io.planscope.plan.Plan;
import io.planscope.source.SourceDocument;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An import indexes and answers with the plans it just parsed and stored, instead of reading each back from disk;
 * those plans are exactly what the store gives after a restart, and a plan whose file another import replaced
 * meanwhile is read again rather than indexed stale.
 */
class PassedPlansTest {
  @TempDir Path data;

  private static final String SIMPLIFIED = "西湖区教育局2024年工作计划\n加强学校体育工作，发展学生个性。\n";
  private static final String TRADITIONAL = "西湖區教育局2024年工作計劃\n加強學校體育工作，發展學生個性。\n";

  @Test
  void anImportIndexesThePlansItStoredWithoutReadingThemBack() throws Exception {
    try (Workspace ws = Workspace.open(DataDir.at(data), TestPlans::parse)) {
      long reads = ws.store().planReads();
      ImportOutcome o = ws.importer().importDocument(
          TestPlans.txt("a.txt", TestPlans.planText("西湖", 3) + "\n=====\n" + TestPlans.planText("上城", 2)));
      assertEquals(ImportOutcome.Status.IMPORTED, o.status());
      assertEquals(reads, ws.store().planReads(), "no plan file read back by the import");
      assertEquals(o.planIds(), o.plans().stream().map(Plan::id).toList());
      ws.refresh();
      assertEquals(new Workspace.Stats(2, 5), ws.stats());

      ImportOutcome again = ws.importer().importDocument(TestPlans.txt("a.txt", TestPlans.planText("西湖", 3)
          + "\n=====\n" + TestPlans.planText("上城", 2)));
      assertEquals(ImportOutcome.Status.DUPLICATE, again.status());
      assertEquals(o.plans(), again.plans());
      assertEquals(reads + 2, ws.store().planReads(), "a duplicate reads each of its plans once");
    }
  }

  /** Real ingestion, a traditional mirror and its simplified page both ways round, and a page of four plans. */
  @Test
  void thePlansAnImportAnswersWithAreWhatTheStoreLoadsAfterARestart() throws Exception {
    Path demo = DataDir.demoCorpus();
    List<String> files = List.of("sz-nanshan-2024-xiabannian-fanti.html", "sz-nanshan-2024-xiabannian.html",
        "farm-jiaoyuju-jihua-4pian.html", "hz-xihu-2024-gongzuojihua.html", "cs-2023-xiabannian.txt",
        "sz-nanshan-2024-xiabannian-fanti.html");
    List<ImportOutcome> outcomes = new java.util.ArrayList<>();
    try (Workspace ws = Workspace.open(DataDir.at(data))) {
      for (int i = 0; i < files.size(); i++) {
        // The last file is the first one's bytes under another name and source: a duplicate.
        byte[] bytes = Files.readAllBytes(demo.resolve(files.get(i)));
        outcomes.add(ws.importer().importDocument(
            new SourceDocument(bytes, i + "-" + files.get(i), "upload:" + i, null, Instant.EPOCH)));
      }
    }
    assertEquals(ImportOutcome.Status.DUPLICATE, outcomes.get(outcomes.size() - 1).status());
    DocumentStore restarted = DocumentStore.open(DataDir.at(data).store());
    for (ImportOutcome o : outcomes.subList(1, outcomes.size())) { // the first one's plan was replaced since
      assertFalse(o.plans().isEmpty(), o.filename());
      assertEquals(o.planIds().stream().map(restarted::expectPlan).toList(), o.plans(), o.filename());
    }
    assertTrue(DocumentStore.isTraditional(outcomes.get(0).plans().get(0)), "the mirror as parsed");
    assertFalse(DocumentStore.isTraditional(outcomes.get(5).plans().get(0)), "the simplified page it kept");
  }

  /** The index an import builds from the plans it was handed is the one a restart rebuilds from the store alone. */
  @Test
  void aRestartRebuildsTheSameIndexFromTheStore() throws Exception {
    Path demo = DataDir.demoCorpus();
    Map<String, String> imported;
    try (Workspace ws = Workspace.open(DataDir.at(data))) {
      long reads = ws.store().planReads();
      for (String f : List.of("sz-nanshan-2024-xiabannian-fanti.html", "sz-nanshan-2024-xiabannian.html",
          "farm-jiaoyuju-jihua-4pian.html", "hz-xihu-2024-gongzuojihua.html")) {
        ws.importer().importDocument(new SourceDocument(Files.readAllBytes(demo.resolve(f)), f, "upload:" + f, null,
            Instant.EPOCH));
      }
      assertEquals(reads, ws.store().planReads(), "the imports read no plan file back");
      ws.refresh();
      imported = indexed(ws.index());
    }
    long plans = imported.values().stream().map(d -> d.substring(0, d.indexOf('|'))).distinct().count();
    assertEquals(6, plans, "the mirror and its simplified page are one plan; four in one page; one more");
    deleteTree(DataDir.at(data).index()); // the index lost: only the store is left
    try (Workspace ws = Workspace.open(DataDir.at(data))) {
      assertTrue(ws.store().planReads() >= plans, "rebuilt by reading the plans from the store");
      ws.refresh();
      assertEquals(imported, indexed(ws.index()));
    }
  }

  /** Every indexed measure's stored fields, by measure id (the plan id first). */
  private static Map<String, String> indexed(PlanIndex index) throws Exception {
    return index.withSearcher(searcher -> {
      Map<String, String> byId = new TreeMap<>();
      for (ScoreDoc hit : searcher.search(new MatchAllDocsQuery(), 100_000).scoreDocs) {
        Document d = searcher.storedFields().document(hit.doc);
        StringBuilder fields = new StringBuilder(d.get(Fields.PLAN_ID)).append('|');
        d.getFields().stream().map(f -> f.name() + "=" + f.stringValue()).sorted().forEach(fields::append);
        byId.put(d.get(Fields.MEASURE_ID), fields.toString());
      }
      return byId;
    });
  }

  private static void deleteTree(Path dir) throws java.io.IOException {
    try (Stream<Path> paths = Files.walk(dir)) {
      for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) Files.delete(p);
    }
  }

  @Test
  void aPlanWhoseFileWasReplacedSinceItWasStoredIsReadAgainNotIndexedStale() throws Exception {
    DocumentStore store = DocumentStore.open(data.resolve("store"));
    try (PlanIndex index = PlanIndex.inMemory()) {
      IndexSync sync = new IndexSync(store, index, null);
      SourceDocument t = TestPlans.txt("t.txt", TRADITIONAL);
      SourceDocument s = TestPlans.txt("s.txt", SIMPLIFIED);
      DocumentStore.Added traditional = store.addParsed(t, TestPlans.parse(t).plans());
      DocumentStore.Added simplified = store.addParsed(s, TestPlans.parse(s).plans()); // replaces the mirror's file
      assertTrue(store.planRevision() > traditional.plans().revision());
      // Two imports racing: the mirror's sync runs after the simplified page was stored, and before its own sync.
      sync.sync(traditional.document().planIds(), traditional.plans());
      sync.sync(simplified.document().planIds(), simplified.plans());
      index.refresh();
      String planId = traditional.document().planIds().get(0);
      String indexed = index.withSearcher(searcher -> searcher.storedFields()
          .document(searcher.search(new TermQuery(new Term(Fields.PLAN_ID, planId)), 1).scoreDocs[0].doc)
          .get(Fields.TEXT));
      assertTrue(indexed.contains("加强"), "the simplified wording the store holds: " + indexed);
    }
  }
}
