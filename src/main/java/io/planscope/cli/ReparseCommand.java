package io.planscope.cli;

import io.planscope.app.DataDir;
import io.planscope.app.ReparseReport;
import io.planscope.app.ReparseReport.Change;
import io.planscope.app.Reparser;
import io.planscope.app.Workspace;
import io.planscope.json.Json;
import java.io.PrintStream;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * {@code ./planscope reparse [--data DIR] [--dry-run] [--json]}: parses every stored original again with today's
 * rules and reports what changed, plan by plan. Plans keep their ids when their text is unchanged or they are clearly
 * the same plan; a document that no longer parses keeps its old plans.
 */
final class ReparseCommand implements Command {
  @Override
  public String name() {
    return "reparse";
  }

  @Override
  public String summary() {
    return "parse every stored original again with today's rules and report what changed";
  }

  @Override
  public List<Option> options() {
    return List.of(
        Option.dataDir(),
        Option.flag("dry-run", "only report what would change; write nothing (works while serve runs)"),
        Option.flag("json", "print the report as JSON on stdout"));
  }

  @Override
  public int run(Args args, PrintStream out, PrintStream err) throws Exception {
    args.positionals(0, 0, "nothing");
    DataDir dataDir = DataDir.fromOption(args.get("data", null));
    dataDir.requireStore("re-parse");
    boolean json = args.has("json");
    Reparser.Listener lines = json ? new Reparser.Listener() {} : new Lines(out);
    ReparseReport report;
    if (args.has("dry-run")) {
      report = Workspace.dryRunReparse(dataDir, lines);
    } else {
      try (Workspace ws = Workspace.open(dataDir)) {
        report = ws.reparse(false, lines);
      }
    }
    if (json) {
      out.println(Json.write(jsonReport(report)));
    } else {
      out.printf("reparse: %s in %.1f s%n", report.summary(), report.millis() / 1e3);
    }
    return 0;
  }

  /** One line per plan that changed, was added or removed, and per document that failed. */
  private record Lines(PrintStream out) implements Reparser.Listener {
    @Override
    public void changed(Change c) {
      switch (c.kind()) {
        case UNCHANGED -> {}
        case ADDED -> out.printf("added     %s  %s (%d measures)%n", c.planId(), c.title(), c.measures());
        case REMOVED -> out.printf("removed   %s  %s (%d measures)%n", c.planId(), c.oldTitle(), c.oldMeasures());
        case CHANGED -> printChanged(c);
      }
    }

    private void printChanged(Change c) {
      if (c.retitled()) out.printf("retitled  %s  %s → %s%n", c.planId(), c.oldTitle(), c.title());
      if (c.measureCountChanged()) {
        out.printf("measures  %s  %d → %d  %s%n", c.planId(), c.oldMeasures(), c.measures(), c.title());
      }
      if (!c.retitled() && !c.measureCountChanged()) out.printf("changed   %s  %s (wording or metadata)%n",
          c.planId(), c.title());
    }

    @Override
    public void failed(ReparseReport.Failure f) {
      out.printf("failed    %s  %s: %s (old plans kept)%n", f.documentId(), f.filename(), f.reason());
    }
  }

  private static Map<String, Object> jsonReport(ReparseReport r) {
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("documents", r.documents());
    json.put("dryRun", r.dryRun());
    json.put("unchanged", r.count(ReparseReport.Kind.UNCHANGED));
    json.put("changed", r.count(ReparseReport.Kind.CHANGED));
    json.put("retitled", r.retitled());
    json.put("measureCountsChanged", r.measureCountsChanged());
    json.put("added", r.count(ReparseReport.Kind.ADDED));
    json.put("removed", r.count(ReparseReport.Kind.REMOVED));
    json.put("failed", r.failures().size());
    json.put("millis", r.millis());
    json.put("plans", r.changes().stream().map(ReparseCommand::jsonChange).toList());
    json.put("failures", r.failures());
    return json;
  }

  private static Map<String, Object> jsonChange(Change c) {
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("planId", c.planId());
    json.put("change", c.kind().name().toLowerCase(Locale.ROOT));
    json.put("oldTitle", c.oldTitle());
    json.put("title", c.title());
    json.put("oldMeasures", c.oldMeasures());
    json.put("measures", c.measures());
    return json;
  }
}
