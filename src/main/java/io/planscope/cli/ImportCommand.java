package io.planscope.cli;

import io.planscope.app.DataDir;
import io.planscope.app.ImportOutcome;
import io.planscope.app.ImportRun;
import io.planscope.app.Importer;
import io.planscope.app.Workspace;
import io.planscope.ingest.SourceFormat;
import io.planscope.json.Json;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * {@code ./planscope import PATH... [--data DIR] [--json] [--threads N]}: stores and indexes files and directories,
 * N files at a time (their fsyncs overlap and share journal commits). Each document is acknowledged (its line
 * printed, in file order) only once its original and plans are durably stored.
 */
final class ImportCommand implements Command {
  private final Importer.Parser parser;

  ImportCommand() {
    this(null); // the workspace's own parser, built on first use (not when the command table is built)
  }

  /** With a given parser (the crash test runs this command in a child JVM with a stand-in parser); null: the real one. */
  ImportCommand(Importer.Parser parser) {
    this.parser = parser;
  }

  @Override
  public String name() {
    return "import";
  }

  @Override
  public String summary() {
    return "store and index files or directories (" + SourceFormat.dotted(List.of(SourceFormat.values())) + ")";
  }

  @Override
  public String usage() {
    return "PATH...";
  }

  @Override
  public List<Option> options() {
    return List.of(
        Option.dataDir(),
        Option.flag("json", "print the report as JSON on stdout (progress goes to stderr)"),
        Option.value("threads", "N", "files imported at once (default 4); their fsyncs are grouped"),
        Option.value("source-url", "URL", "the web page one imported file was published at (citations name it)"),
        Option.value("published", "YYYY-MM-DD",
            "the day one imported file was published; its plans take this date instead of the one in the text"));
  }

  @Override
  public int run(Args args, PrintStream out, PrintStream err) throws Exception {
    List<Path> paths = args.positionals(1, Integer.MAX_VALUE, "PATH (a file or directory to import)").stream()
        .map(Path::of).toList();
    boolean json = args.has("json");
    int threads = args.getInt("threads", 4, 1, 64);
    String sourceUrl = oneFileValue(args, paths, "source-url", io.planscope.source.SourceUrl::check);
    String published = oneFileValue(args, paths, "published", io.planscope.source.PublishedOn::check);
    ImportRun.Report report;
    DataDir dataDir = DataDir.fromOption(args.get("data", null));
    try (Workspace ws = parser == null ? Workspace.open(dataDir) : Workspace.open(dataDir, parser);
        Workspace.Bulk bulk = ws.bulkImport()) { // every document durable before the report below
      ImportRun run = new ImportRun(ws.importer(), progress(json, out, err), threads);
      if (sourceUrl != null) run.sourcedAt(sourceUrl);
      if (published != null) run.publishedOn(published);
      report = run.importPaths(paths);
    }
    if (json) {
      out.println(Json.write(jsonReport(report)));
    } else {
      printReport(report, out);
    }
    return report.nothingImported() ? 1 : 0;
  }

  /**
   * --source-url or --published, checked before anything is stored: each describes one page, so one regular file
   * (a zip counts as one) and a valid value.
   */
  private String oneFileValue(
      Args args, List<Path> paths, String option, java.util.function.UnaryOperator<String> check) {
    String value = args.get(option, null);
    if (value == null) return null;
    if (paths.size() != 1 || !java.nio.file.Files.isRegularFile(paths.get(0))) {
      throw Args.usage(name(), "--" + option + " describes the page of one file; import one file with it");
    }
    try {
      return check.apply(value);
    } catch (IllegalArgumentException e) {
      throw Args.usage(name(), e.getMessage());
    }
  }

  private static ImportRun.Progress progress(boolean json, PrintStream out, PrintStream err) {
    PrintStream target = json ? err : out;
    return System.console() != null ? ImportRun.Progress.bar(target) : ImportRun.Progress.lines(target, "import");
  }

  private static Map<String, Object> jsonReport(ImportRun.Report r) {
    return Map.of(
        "files", r.files(),
        "imported", r.count(ImportOutcome.Status.IMPORTED),
        "duplicates", r.count(ImportOutcome.Status.DUPLICATE),
        "failed", r.count(ImportOutcome.Status.FAILED),
        "documents", r.outcomes());
  }

  private static void printReport(ImportRun.Report r, PrintStream out) {
    out.println("import: " + r.files() + " file(s): " + r.summary());
    for (ImportOutcome f : r.failures()) out.println("  failed " + f.filename() + ": " + f.reason());
  }
}
