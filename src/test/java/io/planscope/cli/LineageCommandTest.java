package io.planscope.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import io.planscope.app.DataDir;
import io.planscope.demo.DemoManifest;
import io.planscope.json.Json;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * "Who wrote it first": the demo's measure 推进县管校聘管理改革 recurs in 2022 and 2023 plans of the ministry, provinces,
 * and cities. The lineage follows the publish dates MANIFEST.tsv records (四川省 2022-01-04 before
 * 教育部 2022-01-17, though both are 2022 plans), not year then score.
 */
class LineageCommandTest {
  private static final List<String> CHAIN = List.of("moe-2022-gongzuoyaodian.html", "sc-jyt-2022-gongzuoyaodian.html",
      "moe-2023-gongzuoyaodian.html", "hz-2023-gongzuoyaodian.html", "nb-2023-gongzuojihua.html");

  @TempDir static Path data;
  private final ByteArrayOutputStream out = new ByteArrayOutputStream();

  @BeforeAll
  static void importTheChain() {
    List<String> argv = new ArrayList<>(List.of("import"));
    CHAIN.forEach(f -> argv.add(DataDir.demoCorpus().resolve(f).toString()));
    argv.addAll(List.of("--data", data.toString()));
    assertEquals(0, Main.run(argv.toArray(String[]::new), new PrintStream(new ByteArrayOutputStream()),
        new PrintStream(new ByteArrayOutputStream())));
  }

  private JsonNode json(String... argv) throws IOException {
    out.reset();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    assertEquals(0, Main.run(argv, new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err)),
        err.toString(StandardCharsets.UTF_8));
    return Json.MAPPER.readTree(out.toString(StandardCharsets.UTF_8));
  }

  /** Title → publish date, as the demo corpus records them. */
  private static Map<String, String> manifestDates() {
    Map<String, String> dates = new HashMap<>();
    for (Map<String, String> row : DemoManifest.rows()) {
      if (CHAIN.contains(row.get("file"))) dates.put(row.get("title"), row.get("published"));
    }
    return dates;
  }

  @Test
  void lineageFollowsThePublishDatesOfTheManifest() throws Exception {
    JsonNode hits = json("search", "\"推进县管校聘管理改革\" region:宁波", "--json", "--data", data.toString())
        .get("hits");
    String district = hits.get(0).get("measureId").asText();
    JsonNode lineage = json("similar", district, "--lineage", "--json", "--data", data.toString()).get("lineage");
    Map<String, String> dates = manifestDates();
    List<String> titles = new ArrayList<>();
    for (JsonNode item : lineage) {
      String title = item.get("title").asText();
      assertEquals(dates.get(title), item.get("published").asText(), "the manifest's date of " + title);
      titles.add(title);
    }
    List<String> byDate = dates.keySet().stream().sorted(Comparator.comparing(dates::get)).toList();
    assertEquals(byDate, titles, "every plan of the chain, by the manifest's publish dates");
    assertEquals("四川省教育厅2022年工作要点", titles.get(0));
  }
}
