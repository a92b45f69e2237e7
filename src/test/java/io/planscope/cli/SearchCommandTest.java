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
  void csvHasBom() {
    assertEquals(0, run("search", "教师", "--csv", "--unit", "plan", "--data", data.toString()));
    assertTrue(out().startsWith("\uFEFFmeasureId,"), out());
  }

  @Test
  void badQueryIsAUsageErrorNamingTheColumn() {
    assertEquals(2, run("search", "教师 colour:red", "--data", data.toString()));
    assertTrue(err.toString(StandardCharsets.UTF_8).contains("unknown field 'colour'"), err.toString());
    assertEquals(2, run("search", "教师", "--filter", "nonsense", "--data", data.toString()));
  }
}
