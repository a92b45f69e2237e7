package io.planscope.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.planscope.app.DataDir;
import io.planscope.app.Workspace;
import io.planscope.corpus.DocumentStore;
import io.planscope.corpus.StoredDocument;
import io.planscope.index.Fields;
import io.planscope.plan.Plan;
import io.planscope.search.SearchRequest;
import io.planscope.search.SearchResult;
import io.planscope.search.Searcher;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.TermQuery;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * kill -9 in the middle of a bulk import: a child JVM runs {@code planscope import} (the real CLI and ingestion, the
 * test classpath) and is killed with {@code destroyForcibly()} after it acknowledged some documents. After a second
 * killed run and a restart, every acknowledged document must be stored, parsed and searchable, and the index must
 * hold exactly the store's plans and measures.
 */
class ImportCrashTest {
  private static final int FILES = 250;
  private static final String DIGITS = "甲乙丙丁戊己庚辛壬癸";
  private static final Pattern ACK = Pattern.compile("^import \\[\\d+/\\d+\\] (imported|duplicate)\\s+(\\S+): .*?([0-9a-f]{16})$");
  @TempDir Path tmp;

  @Test
  @Timeout(value = 10, unit = TimeUnit.MINUTES)
  void everyAcknowledgedDocumentSurvivesKillDashNine() throws Exception {
    Path files = Files.createDirectories(tmp.resolve("files"));
    for (int i = 0; i < FILES; i++) Files.writeString(files.resolve(String.format("plan-%03d.txt", i)), planText(i));
    Path data = tmp.resolve("data");
    Map<String, String> acked = new LinkedHashMap<>(); // document id -> file name
    assertFalse(runAndKill(files, data, 40, acked), "the first import finished before it could be killed");
    int afterFirst = acked.size();
    runAndKill(files, data, afterFirst + 40, acked);
    assertTrue(acked.size() >= afterFirst + 40);
    verify(data, acked);
  }

  /** Runs the CLI import in a child JVM; kills it once {@code killAt} documents are acknowledged. */
  private static boolean runAndKill(Path files, Path data, int killAt, Map<String, String> acked) throws Exception {
    Process child = new ProcessBuilder(
            javaBinary(), "-cp", System.getProperty("java.class.path"),
            "-Dplanscope.home=" + System.getProperty("planscope.home", "."),
            "io.planscope.cli.Main", "import", files.toString(), "--data", data.toString())
        .redirectErrorStream(true)
        .start();
    boolean finished = false;
    List<String> output = new ArrayList<>();
    try (BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
      for (String line = out.readLine(); line != null; line = out.readLine()) {
        output.add(line);
        Matcher m = ACK.matcher(line);
        if (m.find()) acked.put(m.group(3), m.group(2));
        if (line.startsWith("import: ")) finished = true;
        if (acked.size() >= killAt) {
          child.destroyForcibly(); // SIGKILL: no shutdown hook, no commit
          break;
        }
      }
    }
    child.waitFor(60, TimeUnit.SECONDS);
    assertTrue(acked.size() >= killAt || finished, "child output:\n" + String.join("\n", output));
    return finished;
  }

  private static void verify(Path data, Map<String, String> acked) throws Exception {
    try (Workspace ws = Workspace.open(DataDir.at(data))) {
      ws.refresh();
      DocumentStore store = ws.store();
      assertTrue(store.unparsed().isEmpty());
      Searcher searcher = new Searcher(ws.index());
      for (Map.Entry<String, String> e : acked.entrySet()) {
        StoredDocument doc = store.document(e.getKey()).orElseThrow(() -> new AssertionError("lost " + e));
        assertEquals(1, doc.planIds().size(), e.toString());
        int n = Integer.parseInt(e.getValue().replaceAll("\\D", ""));
        SearchResult r = searcher.search(SearchRequest.of("\"" + code(n) + "试点校\""));
        assertTrue(r.total() > 0, "not searchable: " + e);
        assertEquals(doc.planIds().get(0), r.hits().get(0).planId());
      }
      assertIndexMatchesStore(ws);
      try (Stream<Path> left = Files.list(data.resolve("corpus/store/tmp"))) {
        assertEquals(0, left.count(), "half-written files remain");
      }
    }
  }

  private static void assertIndexMatchesStore(Workspace ws) throws Exception {
    Set<String> indexedPlans = new HashSet<>();
    long measures = ws.index().withSearcher(s -> {
      var stored = s.storedFields();
      var hits = s.search(new MatchAllDocsQuery(), Integer.MAX_VALUE / 2).scoreDocs;
      for (var h : hits) indexedPlans.add(stored.document(h.doc).get(Fields.PLAN_ID));
      return (long) hits.length;
    });
    assertEquals(Set.copyOf(ws.store().planIds()), indexedPlans);
    assertEquals(ws.store().plans().mapToLong(p -> p.measures().size()).sum(), measures);
    for (Plan p : ws.store().plans().toList()) {
      long n = ws.index().withSearcher(s -> (long) s.count(new TermQuery(new Term(Fields.PLAN_ID, p.id()))));
      assertEquals(p.measures().size(), n, p.id());
    }
  }

  private static String code(int n) {
    String digits = String.format("%03d", n);
    StringBuilder sb = new StringBuilder();
    for (char c : digits.toCharArray()) sb.append(DIGITS.charAt(c - '0'));
    return sb.toString();
  }

  private static String planText(int n) {
    String c = code(n);
    return "第" + c + "学区教育局工作计划\n\n一、主要任务\n（一）建设" + c + "试点校。推进课程改革，落实立德树人根本任务。\n"
        + "（二）加强教师队伍建设。完善" + c + "学区教研制度。\n二、保障措施\n（一）加强组织领导。成立" + c + "工作专班。\n";
  }

  private static String javaBinary() {
    return ProcessHandle.current().info().command().orElse(Path.of(System.getProperty("java.home"), "bin", "java").toString());
  }
}
