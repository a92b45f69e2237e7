package io.planscope.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.planscope.corpus.DocumentStore;
import io.planscope.corpus.StoredDocument;
import io.planscope.ingest.Ingestor;
import io.planscope.source.ParserVersion;
import io.planscope.plan.Plan;
import io.planscope.search.Hit;
import io.planscope.search.SearchRequest;
import io.planscope.search.Searcher;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Re-parsing brings a data directory imported with older rules ({@link OlderRules}) to the state of a fresh import
 * with today's: same documents, plans, measures and metadata, same search results, unchanged plans under the same
 * ids and changed ones under their old ids.
 */
class ReparseTest {
  private static Ingestor ingestor;
  @TempDir Path tmp;

  @BeforeAll
  static void loadIngestion() {
    ingestor = new Ingestor();
  }

  private Path fixtures() throws IOException {
    Path in = Files.createDirectories(tmp.resolve("in"));
    try (Stream<Path> files = Files.list(Path.of("src/test/resources/reparse"))) {
      for (Path f : files.toList()) Files.copy(f, in.resolve(f.getFileName()));
    }
    return in;
  }

  private DataDir imported(String name, Importer.Parser parser, Path in) throws IOException {
    DataDir dir = DataDir.at(tmp.resolve(name));
    try (Workspace ws = Workspace.open(dir, parser)) {
      ImportRun.Report report = new ImportRun(ws.importer(), ImportRun.Progress.none(), 1).importPaths(List.of(in));
      assertEquals(0, report.failures().size(), report.failures().toString());
    }
    return dir;
  }

  @Test
  void reparseReachesTheStateOfAFreshImportKeepingIds() throws Exception {
    Path in = fixtures();
    DataDir old = imported("old", new OlderRules(ingestor), in);
    DataDir fresh = imported("fresh", OlderRules.today(ingestor), in);
    Map<String, byte[]> originals = originals(old);
    ReparseReport report;
    try (Workspace ws = Workspace.open(old, OlderRules.today(ingestor))) {
      assertTrue(ws.store().documents().stream().allMatch(StoredDocument::outdated));
      report = ws.reparse(false, new Reparser.Listener() {});
    }
    assertEquals(6, report.documents());
    assertEquals(1, report.count(ReparseReport.Kind.ADDED), report.toString()); // 高中部 split off
    assertEquals(1, report.count(ReparseReport.Kind.REMOVED), report.toString()); // the 相关文章 list
    assertEquals(1, report.retitled(), report.toString()); // the site suffix
    assertEquals(3, report.measureCountsChanged(), report.toString()); // lanxi, the glued plan, the mirror
    assertEquals(2, report.count(ReparseReport.Kind.UNCHANGED), report.toString()); // steady, 开化
    assertOriginalsUntouched(originals, old);

    try (Workspace a = Workspace.open(old, OlderRules.today(ingestor));
        Workspace b = Workspace.open(fresh, OlderRules.today(ingestor))) {
      Map<String, String> ids = idsAfterReparse(a.store(), b.store());
      assertSameStore(a.store(), b.store(), ids);
      assertSameSearches(a, b, ids);
      String steady = planTitled(b.store(), "常山县教育局2024年德育工作计划").id();
      assertEquals(steady, ids.get(steady), "an unchanged plan keeps its id");
      String lanxi = planTitled(b.store(), "兰溪市教育局2024年工作要点").id();
      assertEquals(OlderRules.id(lanxi), ids.get(lanxi), "a changed plan keeps its old id");
      List<String> measures = a.store().expectPlan(ids.get(lanxi)).measures().stream().map(m -> m.id()).toList();
      assertEquals(8, measures.size(), "eight items; the opening paragraph is the preamble");
      assertEquals(ids.get(lanxi) + "-m8", measures.get(7), "the editor line (m9) is gone, the others keep their ids");
      String mirror = planTitled(b.store(), "龙游县教育局2023年安全工作计划").id();
      assertEquals(2, a.store().sources(ids.get(mirror)).size(), "the mirror stays merged: one plan, two sources");
    }
  }

  @Test
  void reparseAgainChangesNothingAndADryRunWritesNothing() throws Exception {
    DataDir old = imported("old", new OlderRules(ingestor), fixtures());
    Map<String, byte[]> before = files(old.store());
    try (Workspace ws = Workspace.open(old, OlderRules.today(ingestor))) {
      ReparseReport dry = ws.reparse(true, new Reparser.Listener() {});
      assertTrue(dry.dryRun());
      assertEquals(1, dry.count(ReparseReport.Kind.ADDED));
    }
    assertSameFiles(before, files(old.store()));
    try (Workspace ws = Workspace.open(old, OlderRules.today(ingestor))) {
      ws.reparse(false, new Reparser.Listener() {});
      ReparseReport again = ws.reparse(false, new Reparser.Listener() {});
      assertEquals(again.changes().size(), again.count(ReparseReport.Kind.UNCHANGED), again.toString());
    }
  }

  /** A publish date given with the import is kept with the document: a re-parse with newer rules keeps it. */
  @Test
  void aPublishDateGivenByHandSurvivesAReparse() throws Exception {
    Path in = Files.createDirectories(tmp.resolve("dated"));
    Path file = Files.copy(Path.of("src/test/resources/reparse/steady.txt"), in.resolve("steady.txt"));
    DataDir dir = DataDir.at(tmp.resolve("dated-data"));
    try (Workspace ws = Workspace.open(dir, new OlderRules(ingestor))) {
      new ImportRun(ws.importer(), ImportRun.Progress.none(), 1).publishedOn("2024-02-26").importPaths(List.of(file));
      assertEquals("2024-02-26", ws.store().plans().findFirst().orElseThrow().published());
    }
    try (Workspace ws = Workspace.open(dir, OlderRules.today(ingestor))) {
      ReparseReport report = ws.reparse(false, new Reparser.Listener() {});
      assertEquals(1, report.documents(), report.toString());
      assertEquals(ParserVersion.CURRENT, ws.store().documents().get(0).parserVersion(), "parsed by today's rules");
      assertEquals("2024-02-26", ws.store().documents().get(0).published());
      assertEquals("2024-02-26", ws.store().plans().findFirst().orElseThrow().published());
    }
  }

  /**
   * A list page the older rules took for a plan holds none by today's: its plans go, as a fresh import would have
   * none, but the original stays stored (byte for byte) and the other documents keep theirs.
   */
  @Test
  void aPageTodaysRulesFindNoPlanInLosesItsPlansButKeepsItsOriginal() throws Exception {
    Path in = Files.createDirectories(tmp.resolve("gone"));
    Files.writeString(in.resolve("gone.txt"), "相关链接\n县教育局召开新学期工作会议\n县教育局开展校园安全检查\n");
    Files.copy(Path.of("src/test/resources/reparse/steady.txt"), in.resolve("steady.txt"));
    DataDir old = imported("old", new OlderRules(ingestor), in);
    try (Workspace ws = Workspace.open(old, OlderRules.today(ingestor))) {
      StoredDocument gone = ws.store().documents().stream().filter(d -> d.filename().equals("gone.txt")).findFirst()
          .orElseThrow();
      List<String> goneBefore = gone.planIds();
      assertTrue(!goneBefore.isEmpty(), "the older rules found a plan in the list page");
      byte[] original = ws.store().original(gone.id());
      ReparseReport report = ws.reparse(false, new Reparser.Listener() {});
      assertEquals(0, report.failures().size(), report.failures().toString());
      StoredDocument after = ws.store().expectDocument(gone.id());
      assertEquals(List.of(), after.planIds());
      assertEquals(ParserVersion.CURRENT, after.parserVersion(), "parsed by today's rules: not tried again");
      assertTrue(java.util.Arrays.equals(original, ws.store().original(gone.id())), "the original is kept");
      for (String id : goneBefore) assertTrue(ws.store().plan(id).isEmpty(), id);
      assertEquals(1, ws.store().planIds().size(), "the steady plan stays");
    }
  }

  @Test
  void aPlanDeletedByHandStaysDeleted() throws Exception {
    DataDir old = imported("old", new OlderRules(ingestor), fixtures());
    String steady;
    try (Workspace ws = Workspace.open(old, OlderRules.today(ingestor))) {
      steady = planTitled(ws.store(), "常山县教育局2024年德育工作计划").id();
      ws.deletePlan(steady);
    }
    try (Workspace ws = Workspace.open(old, OlderRules.today(ingestor))) { // the catalogue remembers it too
      ReparseReport report = ws.reparse(false, new Reparser.Listener() {});
      assertTrue(report.changes().stream().noneMatch(c -> c.planId().equals(steady)), report.toString());
      assertTrue(ws.store().plan(steady).isEmpty());
      ws.refresh();
      assertEquals(0, new Searcher(ws.index()).search(SearchRequest.of("劳动实践基地")).total());
    }
  }

  @Test
  void aCopyImportedAfterTheReparseJoinsThePlanThatKeptItsId() throws Exception {
    Path in = fixtures();
    Path mirror = in.resolve("mirror-t.txt");
    Path later = Files.createDirectories(tmp.resolve("later")).resolve("mirror-t.txt");
    Files.move(mirror, later);
    DataDir old = imported("old", new OlderRules(ingestor), in);
    try (Workspace ws = Workspace.open(old, OlderRules.today(ingestor))) {
      ws.reparse(false, new Reparser.Listener() {});
      ImportOutcome copy = new ImportRun(ws.importer(), ImportRun.Progress.none()).importPaths(List.of(later))
          .outcomes().get(0);
      String kept = planTitled(ws.store(), "龙游县教育局2023年安全工作计划").id();
      assertEquals(List.of(kept), copy.planIds());
      assertEquals(2, ws.store().sources(kept).size());
    }
  }

  @Test
  void serveReparsesOutdatedDocumentsInTheBackgroundWhileSearching() throws Exception {
    DataDir old = imported("old", new OlderRules(ingestor), fixtures());
    java.io.ByteArrayOutputStream log = new java.io.ByteArrayOutputStream();
    try (Workspace ws = Workspace.open(old, OlderRules.today(ingestor))) {
      assertTrue(ws.reparseInBackground(new java.io.PrintStream(log, true, StandardCharsets.UTF_8)));
      assertTrue(new Searcher(ws.index()).search(SearchRequest.of("课后服务")).total() > 0, "searches answer");
      ws.awaitReparse(120_000);
      Reparser.Progress p = ws.reparseProgress().orElseThrow();
      assertEquals("done", p.state());
      assertEquals(6, p.done());
      assertEquals(1, p.added());
      ws.refresh();
      assertTrue(ws.store().documents().stream().noneMatch(StoredDocument::outdated));
      assertEquals(1, new Searcher(ws.index()).search(SearchRequest.of("高三复习计划")).plans(), "the split plan");
      assertFalse(ws.reparseInBackground(new java.io.PrintStream(log, true, StandardCharsets.UTF_8)), "nothing left");
      assertHealthReports(ws);
    }
    String lines = log.toString(StandardCharsets.UTF_8);
    assertTrue(lines.contains("6 document(s) parsed by older rules"), lines);
    assertTrue(lines.contains("planscope: reparse 6/6 documents"), lines);
  }

  private static void assertHealthReports(Workspace ws) throws Exception {
    io.javalin.Javalin app = io.planscope.web.WebServer.create(ws).start("127.0.0.1", 0);
    try {
      var response = java.net.http.HttpClient.newHttpClient().send(java.net.http.HttpRequest.newBuilder(
          java.net.URI.create("http://127.0.0.1:" + app.port() + "/api/health")).build(),
          java.net.http.HttpResponse.BodyHandlers.ofString());
      var reparse = io.planscope.json.Json.MAPPER.readTree(response.body()).get("reparse");
      assertEquals("done", reparse.get("state").asText(), response.body());
      assertEquals(6, reparse.get("documents").asInt(), response.body());
    } finally {
      app.stop();
    }
  }

  @Test
  void aReparseStoppedHalfwayLeavesAConsistentStoreAndTheNextStartFinishesIt() throws Exception {
    Path in = fixtures();
    DataDir old = imported("old", new OlderRules(ingestor), in);
    DataDir fresh = imported("fresh", OlderRules.today(ingestor), in);
    java.io.PrintStream quiet = new java.io.PrintStream(java.io.OutputStream.nullOutputStream());
    Importer.Parser slow = doc -> {
      try {
        Thread.sleep(150);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      return OlderRules.today(ingestor).parse(doc);
    };
    try (Workspace ws = Workspace.open(old, slow)) {
      ws.reparseInBackground(quiet);
      Thread.sleep(400);
    } // closing stops it after the group in hand
    try (Workspace ws = Workspace.open(old, OlderRules.today(ingestor))) {
      assertTrue(ws.store().documents().stream().anyMatch(StoredDocument::outdated), "stopped halfway");
      for (StoredDocument d : ws.store().documents()) {
        for (String id : d.planIds()) assertTrue(ws.store().plan(id).isPresent(), d.filename() + " lists " + id);
      }
      ws.reparseInBackground(quiet);
      ws.awaitReparse(120_000);
    }
    try (Workspace a = Workspace.open(old, OlderRules.today(ingestor));
        Workspace b = Workspace.open(fresh, OlderRules.today(ingestor))) {
      Map<String, String> ids = idsAfterReparse(a.store(), b.store());
      assertSameStore(a.store(), b.store(), ids);
      assertSameSearches(a, b, ids);
    }
  }

  // ---- comparing ----

  /** Today's id (in the fresh import) → the id after the re-parse: the same, or the old id it kept. */
  private static Map<String, String> idsAfterReparse(DocumentStore reparsed, DocumentStore fresh) {
    Map<String, String> ids = new TreeMap<>();
    for (String id : fresh.planIds()) ids.put(id, reparsed.aliases().keptId(id).orElse(id));
    return ids;
  }

  private static void assertSameStore(DocumentStore reparsed, DocumentStore fresh, Map<String, String> ids) {
    assertEquals(new java.util.TreeSet<>(ids.values()), new java.util.TreeSet<>(reparsed.planIds()));
    for (String id : fresh.planIds()) {
      assertEquals(inReadingOrder(fresh.expectPlan(id).withId(ids.get(id))),
          inReadingOrder(reparsed.expectPlan(ids.get(id))), "plan " + id);
      assertEquals(fresh.documentsOf(id), reparsed.documentsOf(ids.get(id)), "documents of " + id);
    }
    assertEquals(fresh.documents().size(), reparsed.documents().size());
    for (StoredDocument f : fresh.documents()) {
      StoredDocument r = reparsed.expectDocument(f.id());
      assertEquals(f.planIds().stream().map(ids::get).toList(), r.planIds());
      assertEquals(ParserVersion.CURRENT, r.parserVersion());
      assertEquals(f.filename(), r.filename());
    }
  }

  /** The plan with its measures numbered in reading order: a kept plan keeps its measures' old numbers. */
  private static Plan inReadingOrder(Plan plan) {
    Map<String, String> numbers = new java.util.HashMap<>();
    for (int i = 0; i < plan.measures().size(); i++) numbers.put(plan.measures().get(i).id(), plan.id() + "-m" + (i + 1));
    return plan.withMeasureIds(numbers::get);
  }

  private static void assertSameSearches(Workspace reparsed, Workspace fresh, Map<String, String> ids)
      throws IOException {
    reparsed.refresh();
    fresh.refresh();
    for (String q : List.of("课后服务", "\"安全责任\"", "教研", "高三复习", "打印本页", "相关文章", "region:兰溪 教师")) {
      assertEquals(hits(fresh, q, ids), hits(reparsed, q, Map.of()), q);
    }
    assertEquals(fresh.stats(), reparsed.stats());
  }

  /**
   * Each hit as "planId text", plan ids mapped, sorted (scores may differ with deleted documents); every hit's
   * measure id names that measure in the store.
   */
  private static List<String> hits(Workspace ws, String q, Map<String, String> ids) {
    List<String> out = new ArrayList<>();
    for (Hit h : new Searcher(ws.index()).search(SearchRequest.of(q).withPage(1, 200)).hits()) {
      assertEquals(h.text(), ws.store().expectPlan(h.planId()).expectMeasure(h.measureId()).text());
      out.add(ids.getOrDefault(h.planId(), h.planId()) + " " + h.text());
    }
    return out.stream().sorted().toList();
  }

  private static Plan planTitled(DocumentStore store, String title) {
    return store.plans().filter(p -> title.equals(p.title())).findFirst().orElseThrow(() -> new AssertionError(title));
  }

  // ---- originals and files ----

  private static Map<String, byte[]> originals(DataDir dir) throws IOException {
    DocumentStore store = DocumentStore.openReadOnly(dir.store());
    Map<String, byte[]> bytes = new TreeMap<>();
    for (StoredDocument d : store.documents()) bytes.put(d.id(), store.original(d.id()));
    return bytes;
  }

  private static void assertOriginalsUntouched(Map<String, byte[]> before, DataDir dir) throws IOException {
    Map<String, byte[]> after = originals(dir);
    assertEquals(before.keySet(), after.keySet());
    before.forEach((id, bytes) -> assertTrue(java.util.Arrays.equals(bytes, after.get(id)), "original " + id));
    before.forEach((id, bytes) -> assertEquals(id, DocumentStore.documentId(after.get(id))));
  }

  private static Map<String, byte[]> files(Path root) throws IOException {
    Map<String, byte[]> files = new TreeMap<>();
    try (Stream<Path> walk = Files.walk(root)) {
      for (Path f : walk.filter(Files::isRegularFile).toList()) files.put(root.relativize(f).toString(), Files.readAllBytes(f));
    }
    return files;
  }

  private static void assertSameFiles(Map<String, byte[]> before, Map<String, byte[]> after) {
    assertEquals(before.keySet(), after.keySet());
    before.forEach((name, bytes) -> assertTrue(java.util.Arrays.equals(bytes, after.get(name)), name + " changed"));
  }
}
