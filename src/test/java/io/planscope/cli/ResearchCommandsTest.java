package io.planscope.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.planscope.app.DataDir;
import io.planscope.demo.DemoManifest;
import io.planscope.index.ExactText;
import io.planscope.json.Json;
import io.planscope.text.Fold;
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
 * The research workflow on the demo corpus, from the command line. Issuers and publish dates are what MANIFEST.tsv
 * records for each plan (its bureau column names the issuer, its published column the date).
 *
 * <p>Exact wording covers headings and titles: 持续推进“双减”工作 is a section heading in many demo plans and in no
 * measure's text. The quoted search, the concordance and the trend find it once per heading, and say where it stands.
 * What is expected is read from the demo's own sources (their lines, decoded as MANIFEST.tsv says; their titles as
 * the manifest records them), not from the index.
 */
class ResearchCommandsTest {
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

  /** Source files with a line that is the heading: a number, then the wording, and nothing more. */
  private static Map<String, Integer> headingLines() throws IOException {
    Map<String, Integer> files = new HashMap<>();
    Set<String> seen = new HashSet<>();
    for (Map<String, String> row : DemoManifest.rows()) {
      if (!seen.add(row.get("file"))) continue;
      String text = sourceText(row);
      for (String line : text.split("\n")) {
        String folded = ExactText.normalize(line);
        if (folded.endsWith(HEADING) && folded.length() <= HEADING.length() + 2) files.merge(row.get("file"), 1, Integer::sum);
      }
    }
    return files;
  }

  /** A demo source's text, decoded as the manifest says (HTML without its tags). */
  private static String sourceText(Map<String, String> row) throws IOException {
    Path file = DataDir.demoCorpus().resolve(row.get("file"));
    String text = new String(Files.readAllBytes(file), Charset.forName(row.get("encoding")));
    return row.get("file").endsWith(".html") ? Jsoup.parse(text).wholeText() : text;
  }

  /** Whether the page states the date: 2022-01-17 or 2022年1月17日. */
  private static boolean states(String text, String date) {
    String[] ymd = date.split("-");
    String chinese = ymd[0] + "年" + Integer.parseInt(ymd[1]) + "月" + Integer.parseInt(ymd[2]) + "日";
    return text.contains(date) || text.replace(" ", "").contains(chinese);
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
    long expected = DemoManifest.rows().stream().filter(r -> ExactText.normalize(r.get("title")).contains(TITLE)).count();
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

  @Test
  void everyPlanIsFacetedUnderTheIssuerTheManifestNames() throws Exception {
    // A traditional mirror of a plan is the same plan (one id), so plans are counted by issuer and folded title.
    Map<String, Set<String>> titles = new java.util.TreeMap<>();
    for (Map<String, String> row : DemoManifest.rows()) {
      if (row.get("bureau").isEmpty()) continue;
      titles.computeIfAbsent(row.get("bureau"), k -> new TreeSet<>()).add(Fold.toSimplified(row.get("title")));
    }
    Map<String, Long> expected = new java.util.TreeMap<>();
    titles.forEach((issuer, t) -> expected.put(issuer, (long) t.size()));
    Map<String, Long> actual = new java.util.TreeMap<>();
    for (String issuer : expected.keySet()) {
      JsonNode r = json("search", "issuer:" + issuer, "--unit", "plan", "--json", "--limit", "1", "--data",
          data.toString());
      actual.put(issuer, r.get("plans").asLong());
    }
    assertEquals(expected, actual, "plans per issuer");
    JsonNode shortName = json("search", "issuer:西湖区教育局", "--unit", "plan", "--json", "--data", data.toString());
    assertEquals(expected.get("杭州市西湖区教育局"), shortName.get("plans").asLong(), "a district's issuer by its short name");
    JsonNode hit = json("search", "issuer:昆山市教育局", "--json", "--limit", "1", "--data", data.toString())
        .get("hits").get(0);
    assertEquals("昆山市教育局", hit.get("issuer").asText());
  }

  @Test
  void publishedFiltersByTheManifestsDates() throws Exception {
    Set<String> titles = new TreeSet<>();
    for (Map<String, String> row : DemoManifest.rows()) {
      String date = row.get("published");
      // A date the page does not state is a fact of the manifest alone (a plain-text copy carries none).
      boolean inRange = date.compareTo("2022-01-01") >= 0 && date.compareTo("2022-06-30") <= 0;
      if (inRange && states(sourceText(row), date)) titles.add(row.get("title"));
    }
    assertTrue(titles.size() >= 2, "the manifest dates several plans in the first half of 2022");
    JsonNode r = json("search", "published:2022-01..2022-06", "--unit", "plan", "--json", "--limit", "200", "--data",
        data.toString());
    Set<String> found = new TreeSet<>();
    for (JsonNode g : r.get("groups")) found.add(g.get("title").asText());
    assertEquals(titles, found);
    assertEquals(2, cli.run("search", "published:2022-13", "--data", data.toString()));
    assertTrue(cli.err().contains("2023-01..2023-06"), cli.err());
  }

  /** CSV lines of a command's output, header first (the BOM dropped; fields here hold no line breaks but texts). */
  private List<String> csv(String... argv) {
    assertEquals(0, cli.run(argv), cli.err());
    String out = cli.out();
    assertTrue(out.startsWith("\uFEFF"), "UTF-8 with a byte-order mark");
    return List.of(out.substring(1).split("\r\n"));
  }

  @Test
  void plansComparisonsAndLineagesExportAsCsv() throws Exception {
    JsonNode plans = json("search", "region:西湖区", "--unit", "plan", "--json", "--limit", "50", "--data",
        data.toString());
    List<String> rows = csv("search", "region:西湖区", "--unit", "plan", "--csv", "--limit", "50", "--data",
        data.toString());
    assertTrue(rows.get(0).startsWith("planId,title,year,published,issuer,"), rows.get(0));
    assertEquals(plans.get("groups").size(), rows.size() - 1, "one row per plan");
    String a = plans.get("groups").get(0).get("planId").asText();
    String b = plans.get("groups").get(1).get("planId").asText();
    JsonNode comparison = json("compare", a, b, "--json", "--data", data.toString());
    JsonNode hit = json("search", "\"推进县管校聘管理改革\"", "--json", "--data", data.toString()).get("hits").get(0);
    JsonNode lineage = json("similar", hit.get("measureId").asText(), "--lineage", "--json", "--data",
        data.toString());
    assertTrue(csv("compare", a, b, "--csv", "--data", data.toString()).get(0).startsWith("status,measureA,"));
    String compareCsv = cli.out();
    long pairRows = compareCsv.lines().filter(l -> l.matches("^(same|changed|moved|split|merged|added|removed),.*"))
        .count();
    assertEquals(comparison.get("pairs").size(), pairRows, "one row per pair");
    List<String> lineageRows = csv("similar", hit.get("measureId").asText(), "--lineage", "--csv", "--data",
        data.toString());
    assertEquals(lineage.get("lineage").size(), lineageRows.stream().filter(l -> l.matches("^p[0-9a-f]+-m\\d+,.*"))
        .count());
  }

  @Test
  void plansSortByTheirPublishDates() throws Exception {
    for (String unit : List.of("plan", "measure")) {
      JsonNode r = json("search", "year:2022..2024", "--unit", unit, "--sort", "published-desc", "--json", "--limit",
          "100", "--data", data.toString());
      List<String> dates = new java.util.ArrayList<>();
      for (JsonNode h : r.get("hits")) if (!h.path("published").isNull()) dates.add(h.get("published").asText());
      assertTrue(dates.size() > 5, unit + ": dated hits " + dates);
      List<String> sorted = new java.util.ArrayList<>(dates);
      sorted.sort(java.util.Comparator.reverseOrder());
      assertEquals(sorted, dates, unit + ": newest publish date first");
      int lastDated = -1;
      int firstUndated = Integer.MAX_VALUE;
      for (int i = 0; i < r.get("hits").size(); i++) {
        if (r.get("hits").get(i).path("published").isNull()) firstUndated = Math.min(firstUndated, i);
        else lastDated = i;
      }
      assertTrue(lastDated < firstUndated, unit + ": undated plans come last");
    }
  }
}
