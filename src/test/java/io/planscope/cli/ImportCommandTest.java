package io.planscope.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.planscope.ingest.Seeds;
import io.planscope.json.Json;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code import} and {@code reindex} through Main, on the real seed pages with the real ingestion. */
class ImportCommandTest {
  @TempDir Path tmp;
  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private final ByteArrayOutputStream err = new ByteArrayOutputStream();

  private int run(String... argv) {
    out.reset();
    err.reset();
    return Main.run(argv, new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
  }

  private String out() {
    return out.toString(StandardCharsets.UTF_8);
  }

  @Test
  void importsADirectoryReportsAndThenFindsDuplicates() throws Exception {
    Path files = Files.createDirectories(tmp.resolve("in/sub"));
    try (var s = Files.list(Seeds.dir())) {
      for (Path seed : s.filter(p -> p.toString().endsWith(".txt")).toList()) Files.copy(seed, files.resolve(seed.getFileName()));
    }
    Files.writeString(tmp.resolve("in/notes.md"), "# skipped: not a type we read");
    Files.write(tmp.resolve("in/sub/binary.txt"), new byte[] {0, 1, 2, 3, 0, (byte) 0xff, 0, 0});
    String data = tmp.resolve("data").toString();
    assertEquals(0, run("import", tmp.resolve("in").toString(), "--data", data), out());
    assertTrue(out().contains("import [1/"), out());
    assertTrue(out().contains("(10 plans)"), out());
    assertTrue(out().contains(": 4 imported, 0 duplicates, 1 failed"), out());
    assertTrue(out().contains("  failed binary.txt: "), out());
    assertEquals(0, run("import", files.toString(), "--data", data, "--json"));
    JsonNode report = Json.MAPPER.readTree(out());
    assertEquals(4, report.get("duplicates").asInt());
    assertEquals(0, report.get("imported").asInt());
    assertEquals("duplicate", report.get("documents").get(0).get("status").asText());
    assertEquals(0, run("reindex", "--data", data));
    assertTrue(out().startsWith("reindex: 10 plans, "), out());
  }

  @Test
  void nothingReadableExitsOne() {
    assertEquals(1, run("import", tmp.resolve("missing").toString(), "--data", tmp.resolve("data").toString()));
    assertTrue(out().contains("no such file or directory"), out());
  }

  @Test
  void everyDocumentFailingExitsOneAndCountsTheFiles() throws Exception {
    Path empty = Files.writeString(tmp.resolve("empty.html"), "");
    Path binary = Files.write(tmp.resolve("binary.txt"), new byte[] {0, 1, 2, 3, 0, (byte) 0xff, 0, 0});
    String data = tmp.resolve("data").toString();
    assertEquals(1, run("import", empty.toString(), binary.toString(), tmp.resolve("missing").toString(), "--data", data));
    assertTrue(out().contains("import: 3 file(s): 0 imported, 0 duplicates, 3 failed"), out());
  }

  @Test
  void reindexRefusesADataDirWithoutAStore() {
    Path nowhere = tmp.resolve("nowhere");
    assertEquals(1, run("reindex", "--data", nowhere.toString()));
    assertTrue(err.toString(StandardCharsets.UTF_8).contains("no store at "), err.toString(StandardCharsets.UTF_8));
    assertTrue(Files.notExists(nowhere), "reindex must not create an empty data directory");
  }

  @Test
  void importNeedsAPath() {
    assertEquals(2, run("import", "--data", tmp.toString()));
    assertTrue(err.toString(StandardCharsets.UTF_8).contains("missing PATH"));
  }

  /**
   * A saved page imported with where and when it was published: the citation names that page and that day (the
   * demo page's text carries no date, MANIFEST.tsv's column is empty). A bad date or a directory is refused before
   * anything is stored.
   */
  @Test
  void aSavedPageIsImportedWithItsAddressAndPublishDate() throws Exception {
    String name = "wenku-zz-2023-gongzuoyaodian.html";
    assertEquals("", io.planscope.demo.DemoManifest.row(name).get("published"));
    Path file = io.planscope.app.DataDir.demoCorpus().resolve(name);
    String data = tmp.resolve("data").toString();
    String url = "https://jyj.example.gov.cn/art/2023/2/20/art_7.html";
    assertEquals(2, run("import", file.toString(), "--data", data, "--published", "2023-02-30"));
    assertTrue(err.toString(StandardCharsets.UTF_8).contains("not a day of the calendar"), err.toString());
    assertEquals(2, run("import", file.getParent().toString(), "--data", data, "--published", "2023-02-20"));
    assertTrue(err.toString(StandardCharsets.UTF_8).contains("one file"), err.toString());
    assertTrue(!Files.exists(tmp.resolve("data/store")), "nothing was stored");
    assertEquals(0, run("import", file.toString(), "--data", data, "--source-url", url, "--published", "2023-02-20",
        "--json"));
    String planId = Json.MAPPER.readTree(out()).get("documents").get(0).get("planIds").get(0).asText();
    assertEquals(0, run("cite", planId, "--data", data));
    assertTrue(out().contains("(2023-02-20)"), out());
    assertTrue(out().strip().endsWith(url), out());
  }
}
