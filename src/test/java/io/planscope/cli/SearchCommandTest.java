package io.planscope.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.planscope.app.DataDir;
import io.planscope.json.Json;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SearchCommandTest {
  @TempDir static Path data;
  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private final ByteArrayOutputStream err = new ByteArrayOutputStream();

  @BeforeAll
  static void importTwoPages() {
    Path demo = DataDir.demoCorpus();
    int code = Main.run(new String[] {"import", demo.resolve("sz-nanshan-2024-xiabannian.html").toString(),
        demo.resolve("fs-shunde-2023-jiaoshiduiwu-fanti.html").toString(), "--data", data.toString()},
        new PrintStream(new ByteArrayOutputStream()), new PrintStream(new ByteArrayOutputStream()));
    assertEquals(0, code);
  }

  private int run(String... argv) {
    out.reset();
    err.reset();
    return Main.run(argv, new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8));
  }

  private String out() {
    return out.toString(StandardCharsets.UTF_8);
  }

  @Test
  void printsReadableResultsWithMarks() {
    assertEquals(0, run("search", "教师", "--data", data.toString(), "--limit", "3"), err.toString());
    assertTrue(out().startsWith("found "), out());
    assertTrue(out().contains("【"), out());
    assertTrue(out().contains(" 1. "), out());
  }

  @Test
  void jsonIsTheApiShape() throws Exception {
    assertEquals(0, run("search", "\"教師\"", "--json", "--data", data.toString(), "--filter", "level=county"));
    var body = Json.MAPPER.readTree(out());
    assertTrue(body.get("total").asInt() > 0, out());
    assertTrue(body.has("facets"));
  }

  @Test
  void csvHasBomAndListsWhatTheUnitIs() {
    assertEquals(0, run("search", "教师", "--csv", "--unit", "plan", "--data", data.toString()));
    assertTrue(out().startsWith("\uFEFFplanId,"), "the plan-unit CSV lists plans: " + out());
    assertEquals(0, run("search", "教师", "--csv", "--data", data.toString()));
    assertTrue(out().startsWith("\uFEFFmeasureId,"), out());
  }

  @Test
  void badQueryIsAUsageErrorNamingTheColumn() {
    assertEquals(2, run("search", "教师 colour:red", "--data", data.toString()));
    assertTrue(err.toString(StandardCharsets.UTF_8).contains("unknown field 'colour'"), err.toString());
    assertEquals(2, run("search", "教师", "--filter", "nonsense", "--data", data.toString()));
  }

  // A writer's draft, reworded from the Nanshan plan's 课后服务 measure (the demo page's own sentence, edited).
  @Test
  void similarTextFindsTheMeasureADraftRewordsWithSharedPassagesMarked() {
    String draft = "全面推行“5+2”课后服务模式，开设科技、艺术、体育等特色课程不少于30门，引入优质社会资源参与课后服务。";
    assertEquals(0, run("similar", "--text", draft, "--data", data.toString(), "--limit", "3"), err.toString());
    String first = out().lines().filter(l -> l.startsWith(" 1. ")).findFirst().orElseThrow(() -> new AssertionError(out()));
    assertTrue(first.contains("南山区"), first);
    assertTrue(out().contains("【课后服务模式，") || out().contains("“5+2”课后服务模式"), out());
    assertTrue(out().contains("【"), out());
  }

  @Test
  void similarTextScopeTakesFiltersOnly() {
    String draft = "全面推行“5+2”课后服务模式，开设科技、艺术、体育等特色课程不少于30门。";
    assertEquals(0, run("similar", "--text", draft, "--scope", "region:佛山", "--data", data.toString()));
    assertTrue(out().contains("no similar measures"), "the Shunde plan has no 课后服务 measure: " + out());
    assertEquals(1, run("similar", "--text", draft, "--scope", "region:深圳 课后", "--data", data.toString()));
    assertTrue(err.toString(StandardCharsets.UTF_8).contains("only filters"), err.toString());
    assertEquals(2, run("similar", "--text", draft, "--lineage", "--data", data.toString()));
  }
}
