package io.planscope.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.planscope.app.DataDir;
import io.planscope.index.ExactText;
import io.planscope.json.Json;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Exact wording covers headings and titles: 持续推进“双减”工作 is a section heading in many demo plans and in no
 * measure's text. The quoted search, the concordance and the trend find it once per heading, and say where it stands.
 * What is expected is read from the demo's own sources (their lines, decoded as MANIFEST.tsv says; their titles as
 * the manifest records them), not from the index.
 */
class ExactWordingCommandTest {
  private static final String HEADING = "持续推进双减工作";
  private static final String TITLE = "教育局2023年工作计划";

  @TempDir static Path data;
  private final CliRun cli = new CliRun();

  @BeforeAll
  static void importTheDemo() {
    CliRun cli = new CliRun();
    assertEquals(0, cli.run("import", DataDir.demoCorpus().toString(), "--data", data.toString()), cli.err());
  }

  private JsonNode json(String... argv) throws IOException {
    assertEquals(0, cli.run(argv), cli.err());
    return Json.MAPPER.readTree(cli.out());
  }

  /** Manifest column → value, one map per row. */
  private static List<Map<String, String>> manifest() throws IOException {
    List<String> lines = Files.readAllLines(DataDir.demoCorpus().resolve("MANIFEST.tsv"));
    List<String> header = List.of(lines.get(0).split("\t", -1));
    return lines.subList(1, lines.size()).stream().map(line -> {
      String[] cells = line.split("\t", -1);
      Map<String, String> row = new HashMap<>();
      for (int i = 0; i < header.size(); i++) row.put(header.get(i), i < cells.length ? cells[i] : "");
      return row;
    }).toList();
  }

  /** Source files with a line that is the heading: a number, then the wording, and nothing more. */
  private static Map<String, Integer> headingLines() throws IOException {
    Map<String, Integer> files = new HashMap<>();
    Set<String> seen = new HashSet<>();
    for (Map<String, String> row : manifest()) {
      if (!seen.add(row.get("file"))) continue;
      Path file = DataDir.demoCorpus().resolve(row.get("file"));
      String text = new String(Files.readAllBytes(file), Charset.forName(row.get("encoding")));
      if (row.get("file").endsWith(".html")) text = Jsoup.parse(text).wholeText();
      for (String line : text.split("\n")) {
        String folded = ExactText.normalize(line);
        if (folded.endsWith(HEADING) && folded.length() <= HEADING.length() + 2) files.merge(row.get("file"), 1, Integer::sum);
      }
    }
    return files;
  }

  private static String file(JsonNode hit) {
    String source = hit.get("source").asText();
    return source.substring(source.lastIndexOf('/') + 1);
  }

  @Test
  void aQuotedHeadingIsFoundOnceInEachPlanThatHasIt() throws Exception {
    Map<String, Integer> expected = headingLines();
    assertTrue(expected.size() >= 5, "the demo has the heading in several plans: " + expected);
    JsonNode hits = json("search", "\"" + HEADING + "\"", "--json", "--limit", "100", "--data", data.toString())
        .get("hits");
    Set<String> files = new TreeSet<>();
    for (JsonNode hit : hits) {
      files.add(file(hit));
      assertTrue(hit.get("matchedIn").toString().contains("heading"), hit.toString());
      assertTrue(hit.get("headingSnippet").asText().contains("<mark>"), hit.toString());
    }
    assertEquals(new TreeSet<>(expected.keySet()), files);
    assertEquals(expected.values().stream().mapToInt(Integer::intValue).sum(), hits.size(), "one hit per heading");
  }

  @Test
  void theConcordanceAndTheTrendCountHeadings() throws Exception {
    int headings = headingLines().values().stream().mapToInt(Integer::intValue).sum();
    JsonNode kwic = json("kwic", "\"" + HEADING + "\"", "--json", "--data", data.toString());
    long inHeadings = 0;
    for (JsonNode line : kwic.get("lines")) if (line.get("in").asText().equals("heading")) inHeadings++;
    assertEquals(headings, inHeadings);
    JsonNode trend = json("trend", "\"" + HEADING + "\"", "--json", "--data", data.toString());
    assertEquals(kwic.get("plans").asLong(), trend.get("plans").asLong(), "plans with the heading");
  }

  @Test
  void aQuotedTitleIsFoundOncePerPlan() throws Exception {
    long expected = manifest().stream().filter(r -> ExactText.normalize(r.get("title")).contains(TITLE)).count();
    assertTrue(expected >= 2, "the demo has several such titles");
    JsonNode kwic = json("kwic", "\"" + TITLE + "\"", "--json", "--data", data.toString());
    long inTitles = 0;
    for (JsonNode line : kwic.get("lines")) if (line.get("in").asText().equals("title")) inTitles++;
    assertEquals(expected, inTitles);
  }

  @Test
  void theTrendCountsWhatTheSearchFinds() throws Exception {
    JsonNode search = json("search", "双减", "--json", "--data", data.toString());
    JsonNode trend = json("trend", "双减", "--json", "--data", data.toString());
    assertEquals(search.get("plans").asLong(), trend.get("plans").asLong(), "a bare word means the same in both");
    JsonNode exact = json("trend", "\"双减\"", "--json", "--data", data.toString());
    assertTrue(exact.get("plans").asLong() <= trend.get("plans").asLong());
    assertEquals(json("search", "\"双减\"", "--json", "--data", data.toString()).get("plans").asLong(),
        exact.get("plans").asLong());
  }

  @Test
  void kwicAndTrendTakeTheSearchFiltersAndSayWhatIsWrong() throws Exception {
    JsonNode all = json("kwic", "\"" + HEADING + "\"", "--json", "--data", data.toString());
    JsonNode zhejiang = json("kwic", "\"" + HEADING + "\"", "--filter", "region=浙江", "--json", "--data",
        data.toString());
    assertTrue(zhejiang.get("plans").asLong() > 0);
    assertNotEquals(all.get("plans").asLong(), zhejiang.get("plans").asLong());
    assertEquals(2, cli.run("trend", "双减", "--by", "month", "--data", data.toString()));
    assertTrue(cli.err().contains("use year or province"), cli.err());
    assertEquals(0, cli.run("trend", "双减", "--data", data.toString()), cli.err());
    assertTrue(cli.out().lines().findFirst().orElseThrow().matches("\\d+ of \\d+ plans match 双减"), cli.out());
  }
}
