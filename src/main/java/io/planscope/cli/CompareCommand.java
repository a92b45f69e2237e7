package io.planscope.cli;

import io.planscope.app.DataDir;
import io.planscope.app.Workspace;
import io.planscope.compare.CompareCsv;
import io.planscope.compare.Comparisons;
import io.planscope.compare.HeadingRenames;
import io.planscope.compare.PlanChain;
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
        Option.dataDir(),
        Option.value("latest", "BUREAU", "compare this bureau's two newest plans, e.g. 西湖区教育局 or 杭州市西湖区"),
        Option.value("chain", "BUREAU", "compare this bureau's plans year by year (three or more): each step's counts"
            + " and renamed headings"),
        Option.flag("changes", "leave out measures that stayed the same"),
        Option.flag("json", "print the API's JSON"),
        Option.flag("csv", "print CSV, one row per pair (UTF-8 with BOM)"),
        Terminal.colorOption(),
        Terminal.widthOption());
  }

  @Override
  public int run(Args args, PrintStream out, PrintStream err) throws Exception {
    if (args.has("json") && args.has("csv")) throw Args.usage(name(), "choose one of --json and --csv");
    if (args.has("chain")) return chain(args, out, err);
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

  private int chain(Args args, PrintStream out, PrintStream err) throws Exception {
    args.positionals(0, 0, "nothing besides --chain");
    PlanChain chain;
    try (Workspace ws = Workspace.openForReading(DataDir.fromOption(args.get("data", null)),
        note -> err.println("planscope " + name() + ": " + note))) {
      chain = new Comparisons(ws.store(), ws.index()).chain(args.get("chain", ""));
    }
    if (args.has("json")) {
      out.println(io.planscope.json.Json.write(chain));
      return 0;
    }
    for (int i = 0; i < chain.steps().size(); i++) {
      PlanChain.Step step = chain.steps().get(i);
      PlanComparison.Summary s = step.summary();
      out.printf("%s → %s%n", describe(chain.plans().get(i)), describe(chain.plans().get(i + 1)));
      out.printf("  same %d · changed %d · moved %d · split %d · merged %d · added %d · removed %d · similarity %.2f%n",
          s.same(), s.changed(), s.moved(), s.split(), s.merged(), s.added(), s.removed(), s.similarity());
      for (HeadingRenames.Rename h : step.renamedHeadings()) out.printf("  RENAMED  %s → %s%n", h.a(), h.b());
    }
    long through = chain.trails().stream().filter(t -> t.measures().stream().allMatch(java.util.Objects::nonNull))
        .count();
    out.printf("%d measure(s) run through all %d plans%n", through, chain.plans().size());
    return 0;
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
