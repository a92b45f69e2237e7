package io.planscope.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.planscope.app.DataDir;
import io.planscope.app.ImportRun;
import io.planscope.app.OlderRules;
import io.planscope.app.Workspace;
import io.planscope.ingest.Ingestor;
import io.planscope.json.Json;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code reparse} through Main, on a data directory imported with {@link OlderRules}, with the real ingestion. */
class ReparseCommandTest {
  @TempDir Path tmp;
  private final CliRun cli = new CliRun();

  private int run(String... argv) {
    return cli.run(argv);
  }

  private String out() {
    return cli.out();
  }

  private String err() {
    return cli.err();
  }

  private String importedWithOlderRules() throws Exception {
    DataDir dir = DataDir.at(tmp.resolve("data"));
    try (Workspace ws = Workspace.open(dir, new OlderRules(new Ingestor()))) {
      new ImportRun(ws.importer(), ImportRun.Progress.none()).importPaths(List.of(Path.of("src/test/resources/reparse")));
    }
    return dir.root().toString();
  }

  @Test
  void dryRunReportsEveryChangeAndWritesNothingThenReparseAppliesThem() throws Exception {
    String data = importedWithOlderRules();
    Map<String, byte[]> before = files(Path.of(data));
    assertEquals(0, run("reparse", "--data", data, "--dry-run"), err());
    assertTrue(out().contains("  兰溪市教育局2024年工作要点_兰溪教育网 → 兰溪市教育局2024年工作要点\n"), out());
    assertTrue(out().contains("  9 → 8  兰溪市教育局2024年工作要点\n"), out());
    assertTrue(out().contains("added     p7284b8f00f4f  高中部教育工作计划 (3 measures)\n"), out());
    assertTrue(out().contains("removed   "), out());
    String summary = "reparse: 6 document(s): 2 plans unchanged, 3 changed (1 retitled, 3 measure counts), 1 added,"
        + " 1 removed, 0 failed to parse (old plans kept); dry run, nothing written in ";
    assertTrue(out().contains(summary), out());
    assertSameFiles(before, files(Path.of(data)));

    assertEquals(0, run("reparse", "--data", data), err());
    assertTrue(out().contains("reparse: 6 document(s): 2 plans unchanged, 3 changed"), out());
    assertEquals(0, run("reparse", "--data", data, "--json"), err());
    JsonNode report = Json.MAPPER.readTree(out());
    assertEquals(6, report.get("unchanged").asInt(), out());
    assertEquals(0, report.get("changed").asInt() + report.get("added").asInt() + report.get("removed").asInt());
    assertEquals("unchanged", report.get("plans").get(0).get("change").asText());
    assertEquals(0, run("search", "高三复习", "--data", data));
    assertTrue(out().contains("高中部教育工作计划"), out());
  }

  @Test
  void aDataDirectoryHeldByAServerIsRefusedInOneLineButADryRunWorks() throws Exception {
    String data = importedWithOlderRules();
    try (Workspace held = Workspace.open(DataDir.at(Path.of(data)))) {
      assertEquals(false, held.readOnly()); // this one holds the lock, as serve would
      assertEquals(1, run("reparse", "--data", data));
      assertTrue(err().contains("is in use by another PlanScope process"), err());
      assertEquals(1, err().lines().count(), err());
      assertEquals(0, run("reparse", "--data", data, "--dry-run"), err());
      assertTrue(out().contains("1 added, 1 removed"), out());
    }
  }

  @Test
  void noStoreIsAClearErrorAndHelpListsTheOptions() {
    Path nowhere = tmp.resolve("nowhere");
    assertEquals(1, run("reparse", "--data", nowhere.toString()));
    assertTrue(err().contains("no store at "), err());
    assertTrue(Files.notExists(nowhere));
    assertEquals(0, run("reparse", "--help"));
    assertTrue(out().contains("--dry-run") && out().contains("--json") && out().contains("--data DIR"), out());
  }

  private static Map<String, byte[]> files(Path root) throws Exception {
    Map<String, byte[]> files = new TreeMap<>();
    try (Stream<Path> walk = Files.walk(root)) {
      for (Path f : walk.filter(Files::isRegularFile).filter(f -> !f.toString().contains("/index/")).toList()) {
        files.put(root.relativize(f).toString(), Files.readAllBytes(f));
      }
    }
    return files;
  }

  private static void assertSameFiles(Map<String, byte[]> before, Map<String, byte[]> after) {
    assertEquals(before.keySet(), after.keySet());
    before.forEach((name, bytes) -> assertTrue(Arrays.equals(bytes, after.get(name)), name + " changed"));
  }
}
