package io.planscope.cli;

import io.planscope.app.DataDir;
import io.planscope.app.Workspace;
import io.planscope.cite.Citation;
import io.planscope.cite.CitationFormats;
import io.planscope.cite.Citations;
import io.planscope.plan.Measure;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code ./planscope cite ID...}: citations of plans or measures (ids as search prints them), as text, RIS or
 * CSL-JSON. The archived-copy links are those of a local server ({@code --base}, default http://127.0.0.1:7070).
 */
final class CiteCommand implements Command {
  @Override
  public String name() {
    return "cite";
  }

  @Override
  public String summary() {
    return "cite plans or measures: issuer, title, dates, source URL (text, ris or csl-json for Zotero)";
  }

  @Override
  public String usage() {
    return "PLAN_OR_MEASURE_ID...";
  }

  @Override
  public List<Option> options() {
    return List.of(
        Option.dataDir(),
        Option.value("format", "F", "text (default), ris or csl-json"),
        Option.value("base", "URL", "the PlanScope server archived copies are linked on (default http://127.0.0.1:7070)"));
  }

  @Override
  public int run(Args args, PrintStream out, PrintStream err) throws Exception {
    List<String> ids = args.positionals(1, Citations.MAX_PLANS, "PLAN_OR_MEASURE_ID (search first: ids look like "
        + "p3f2a… or p3f2a…-m4)");
    CitationFormats format;
    try {
      format = CitationFormats.of(args.get("format", "text"));
    } catch (IllegalArgumentException e) {
      throw Args.usage(name(), e.getMessage());
    }
    String base = args.get("base", "http://127.0.0.1:7070").replaceAll("/+$", "");
    try (Workspace ws = Workspace.openForReading(DataDir.fromOption(args.get("data", null)),
        note -> err.println("planscope " + name() + ": " + note))) {
      Citations citations = new Citations(ws.store());
      List<Citation> list = new ArrayList<>();
      for (String id : ids) {
        list.add(Measure.planIdOf(id) != null ? citations.measure(id, base) : citations.plan(id, base));
      }
      out.print(format.write(list));
    }
    return 0;
  }
}
