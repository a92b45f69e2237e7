package io.planscope.cli;

import io.planscope.app.DataDir;
import io.planscope.app.Workspace;
import io.planscope.compare.CompareCsv;
import io.planscope.compare.Comparisons;
import io.planscope.compare.HeadingRenames;
import io.planscope.compare.PlanComparison;
import io.planscope.compare.PlanComparison.Pair;
import io.planscope.compare.PlanComparison.Status;
import io.planscope.compare.PlanRef;
import io.planscope.plan.PlanTitle;
import java.io.PrintStream;
import java.util.List;

/** {@code ./planscope compare PLAN_A PLAN_B} or {@code --latest BUREAU}: year over year, measure by measure. */
final class CompareCommand implements Command {
  @Override
  public String name() {
    return "compare";
  }

  @Override
  public String summary() {
    return "compare two plans measure by measure (or a bureau's two newest with --latest)";
  }

  @Override
  public String usage() {
    return "PLAN_A PLAN_B | --latest BUREAU";
  }

  @Override
  public List<Option> options() {
    return List.of(
        Option.value("data", "DIR", "data directory (default: the repository's corpus/ and index/)"),
        Option.value("latest", "BUREAU", "compare this bureau's two newest plans, e.g. 西湖区教育局 or 杭州市西湖区"),
        Option.flag("changes", "leave out measures that stayed the same"),
        Option.flag("json", "print the API's JSON"),
        Option.flag("csv", "print CSV, one row per pair (UTF-8 with BOM)"),
        Terminal.colorOption(),
        Terminal.widthOption());
  }

  @Override
  public int run(Args args, PrintStream out, PrintStream err) throws Exception {
    if (args.has("json") && args.has("csv")) throw Args.usage(name(), "choose one of --json and --csv");
    PlanComparison.Result result;
    try (Workspace ws = Workspace.openForReading(DataDir.fromOption(args.get("data", null)),
        note -> err.println("planscope " + name() + ": " + note))) {
      Comparisons comparisons = new Comparisons(ws.store(), ws.index());
      if (args.has("latest")) {
        args.positionals(0, 0, "nothing besides --latest");
        result = comparisons.compareLatest(args.get("latest", ""));
      } else {
        List<String> ab = args.positionals(2, 2, "PLAN_A and PLAN_B (plan ids), or --latest BUREAU");
        result = comparisons.comparePlans(ab.get(0), ab.get(1));
      }
    }
    if (args.has("json") || args.has("csv")) {
      QueryRun.print(args, out, result, CompareCsv::comparison, r -> { });
      return 0;
    }
    print(result, args, out);
    return 0;
  }

  private void print(PlanComparison.Result r, Args args, PrintStream out) {
    boolean colour = Terminal.colour(args, out, name());
    SideBySide view = new SideBySide(Terminal.width(args), colour);
    out.println("A: " + describe(r.a()));
    out.println("B: " + describe(r.b()));
    for (HeadingRenames.Rename h : r.renamedHeadings()) {
      out.printf("RENAMED  %s → %s  (%d measures)%n", h.a(), h.b(), h.measures());
    }
    for (Pair p : r.pairs()) {
      if (p.status() == Status.SAME && args.has("changes")) continue;
      out.println();
      out.println(header(p, colour));
      if (p.status() != Status.SAME) view.print(p.ops(), p.a() != null, p.b() != null, out);
    }
    PlanComparison.Summary s = r.summary();
    out.printf("%nsame %d · changed %d · moved %d · split %d · merged %d · added %d · removed %d · similarity %.2f%n",
        s.same(), s.changed(), s.moved(), s.split(), s.merged(), s.added(), s.removed(), s.similarity());
  }

  private static String describe(PlanRef p) {
    return PlanTitle.shown(p.title()) + " · " + (p.region() == null ? "" : p.region().label()) + " · "
        + (p.year() == null ? "year unknown" : p.year()) + " · " + p.measures() + " measures  [" + p.id() + "]";
  }

  private static String header(Pair p, boolean colour) {
    String ids = (p.a() == null ? "—" : p.a().id()) + " → " + (p.b() == null ? "—" : p.b().id());
    String status = p.status().id().toUpperCase(java.util.Locale.ROOT);
    String line = String.format("%-8s %s", status, ids);
    if (p.a() != null && p.b() != null) line += String.format("  (%.2f)", p.similarity());
    if (p.status() == Status.SAME) line += "  " + abbreviate(p.b().text(), 40);
    return colour ? Terminal.BOLD + line + Terminal.RESET : line;
  }

  private static String abbreviate(String text, int chars) {
    String one = text.replaceAll("\\s+", " ");
    return one.length() <= chars ? one : one.substring(0, chars) + "…";
  }
}
