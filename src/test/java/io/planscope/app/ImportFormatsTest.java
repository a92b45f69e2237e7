package io.planscope.app;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.planscope.ingest.FormatSamples;
import io.planscope.ingest.SourceFormat;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A directory import takes exactly the files {@link SourceFormat} names, in any case, and parses each for real. */
class ImportFormatsTest {
  @TempDir Path data;
  @TempDir Path in;

  @Test
  void directoryImportTakesEveryRegisteredExtensionAndNothingElse() throws Exception {
    TreeSet<String> expected = new TreeSet<>();
    int year = 2040;
    for (SourceFormat f : SourceFormat.values()) {
      for (String ext : f.extensions()) {
        // every other one upper-case: "PLAN-2042.SHTML" is as much a page as "plan-2041.html"
        String name = "plan-" + (++year) + "." + (year % 2 == 0 ? ext.toUpperCase(Locale.ROOT) : ext);
        Path dir = Files.createDirectories(in.resolve(f.name().toLowerCase(Locale.ROOT)));
        Files.write(dir.resolve(name), FormatSamples.plan(f, "某县教育局" + year + "年工作要点"));
        expected.add(f.archive() ? "plan.txt" : name);
      }
    }
    byte[] page = FormatSamples.plan(SourceFormat.HTML, "某县教育局2099年工作要点");
    for (String skipped : List.of("计划.doc", "notes.md", ".plan.shtml", "plan.shtml.bak", "plan")) {
      Files.write(in.resolve(skipped), page);
    }
    ImportRun.Report report;
    try (Workspace ws = Workspace.open(DataDir.at(data))) {
      report = new ImportRun(ws.importer(), ImportRun.Progress.none(), 2).importPaths(List.of(in));
    }
    assertEquals(expected.size(), report.files(), report.outcomes().toString());
    assertEquals(expected.size(), report.count(ImportOutcome.Status.IMPORTED), report.summary() + report.failures());
    TreeSet<String> imported = new TreeSet<>();
    report.outcomes().forEach(o -> imported.add(o.filename()));
    assertEquals(expected, imported);
  }

  /** The drift this table ended: a saved bureau site's .shtml pages were read by the parser but skipped by import. */
  @Test
  void aSavedSitesShtmlPagesAreImported() throws Exception {
    Path page = Files.createDirectories(in.resolve("jyj.example.gov.cn/zwgk")).resolve("2024jhzy.shtml");
    Files.write(page, FormatSamples.plan(SourceFormat.HTML, "某县教育局2024年工作要点"));
    try (Workspace ws = Workspace.open(DataDir.at(data))) {
      ImportRun.Report report = new ImportRun(ws.importer(), ImportRun.Progress.none()).importPaths(List.of(in));
      assertEquals(1, report.files(), report.outcomes().toString());
      ImportOutcome outcome = report.outcomes().get(0);
      assertEquals(ImportOutcome.Status.IMPORTED, outcome.status(), outcome.reason());
      assertEquals("2024jhzy.shtml", outcome.filename());
      assertEquals("某县教育局2024年工作要点", ws.store().expectPlan(outcome.planIds().get(0)).title());
    }
  }
}
