package io.planscope.cli;

import io.planscope.app.DataDir;
import io.planscope.app.Workspace;
import io.planscope.compare.CompareCsv;
import io.planscope.compare.MeasureRef;
import io.planscope.compare.Scope;
import io.planscope.compare.SimilarMeasure;
import io.planscope.compare.SimilarMeasures;
import io.planscope.plan.PlanTitle;
import io.planscope.search.ScopeFilter;
import java.io.PrintStream;
import java.util.List;

/**
 * {@code ./planscope similar ID}: measures reused elsewhere, with the shared passages marked; or its lineage.
 * {@code ./planscope similar --text "…"}: precedents for a draft, the measures closest to a pasted text.
 */
final class SimilarCommand implements Command {
  @Override
  public String name() {
    return "similar";
  }

  @Override
  public String summary() {
    return "measures similar to a measure across plans, regions and years (--lineage: earliest first), "
        + "or to a draft (--text)";
  }

  @Override
  public String usage() {
    return "MEASURE_ID | --text \"…\"";
  }

  @Override
  public List<Option> options() {
    return List.of(
        Option.dataDir(),
        Option.value("text", "TEXT", "a paragraph of your own draft instead of a measure id ('-' reads standard input)"),
        Option.value("scope", "SCOPE", "other-plans (default), other-regions or other-years; with --text, search "
            + "filters such as 'region:浙江 year:2022..2024'"),
        Option.value("min-score", "X", "least similarity from 0 to 1 (default 0.3)"),
        Option.value("limit", "N", "results to show (default 10)"),
        Option.flag("lineage", "near-duplicates earliest first (by publish date where known, else year): who wrote "
            + "it first"),
        Option.flag("json", "print the API's JSON"),
        Option.flag("csv", "print CSV, one row per measure (UTF-8 with BOM)"),
        Terminal.colorOption());
  }

  /** --json or --csv (not both): output for a program rather than a person. */
  private boolean machine(Args args) {
    if (args.has("json") && args.has("csv")) throw Args.usage(name(), "choose one of --json and --csv");
    return args.has("json") || args.has("csv");
  }

  @Override
  public int run(Args args, PrintStream out, PrintStream err) throws Exception {
    String draft = args.has("text") ? draft(args.get("text", "")) : null;
    String id = draft == null ? args.positionals(1, 1, "MEASURE_ID (search first; ids look like p3f2a…-m4), or "
        + "--text \"…\"").get(0) : null;
    if (draft != null) args.positionals(0, 0, "");
    if (draft != null && args.has("lineage")) throw Args.usage(name(), "--lineage needs a MEASURE_ID, not --text");
    int limit = args.getInt("limit", 10, 1, 1000);
    double minScore = minScore(args.get("min-score", "0.3"));
    boolean colour = Terminal.colour(args, out, name());
    try (Workspace ws = Workspace.openForReading(DataDir.fromOption(args.get("data", null)),
        note -> err.println("planscope " + name() + ": " + note))) {
      SimilarMeasures similar = new SimilarMeasures(ws.index());
      if (draft != null) {
        SimilarMeasures.DraftResult r = similar.similarToText(draft, ScopeFilter.of(args.get("scope", null)),
            minScore, limit);
        if (machine(args)) QueryRun.print(args, out, r, x -> CompareCsv.similar(x.similar()), x -> { });
        else print("your text", r.text(), r.similar(), colour, out);
      } else if (args.has("lineage")) {
        SimilarMeasures.Lineage l = similar.lineage(id, limit);
        if (machine(args)) QueryRun.print(args, out, l, x -> CompareCsv.similar(x.lineage()), x -> { });
        else print(l.measure(), l.lineage(), colour, out);
      } else {
        SimilarMeasures.Result r = similar.similar(id, Scope.of(args.get("scope", "other-plans")), minScore, limit);
        if (machine(args)) QueryRun.print(args, out, r, x -> CompareCsv.similar(x.similar()), x -> { });
        else print(r.measure(), r.similar(), colour, out);
      }
    }
    return 0;
  }

  /** The --text value; '-' reads it from standard input. */
  private static String draft(String raw) throws java.io.IOException {
    if (!raw.equals("-")) return raw;
    return new String(System.in.readNBytes(64 * 1024), java.nio.charset.StandardCharsets.UTF_8);
  }

  private double minScore(String raw) {
    try {
      return Double.parseDouble(raw);
    } catch (NumberFormatException e) {
      throw Args.usage(name(), "--min-score must be a number from 0 to 1, not '" + raw + "'");
    }
  }

  private static void print(MeasureRef m, List<SimilarMeasure> items, boolean colour, PrintStream out) {
    print(PlanTitle.shown(m.title()) + " · " + m.region().label() + " · "
        + when(m.year(), m.published()) + "  [" + m.measureId() + "]", m.text(), items, colour, out);
  }

  private static void print(String head, String text, List<SimilarMeasure> items, boolean colour, PrintStream out) {
    out.println(head);
    out.println("  " + text);
    if (items.isEmpty()) out.println("\nno similar measures at this score; try a lower --min-score");
    int n = 0;
    for (SimilarMeasure s : items) {
      out.printf("%n%2d. %.2f  %s · %s · %s · %s  [%s]%n", ++n, s.score(), PlanTitle.shown(s.title()), s.region().label(),
          when(s.year(), s.published()), s.level().id(), s.measureId());
      out.println("    " + marked(s.text(), s.shared(), colour));
    }
  }

  /** The publish date where known (lineage orders by it), else the year. */
  private static String when(Integer year, String published) {
    if (published != null) return published;
    return year == null ? "year unknown" : String.valueOf(year);
  }

  /** The text with its shared passages in colour, or in 【】 without colour. */
  static String marked(String text, List<int[]> shared, boolean colour) {
    StringBuilder sb = new StringBuilder();
    int at = 0;
    for (int[] span : shared) {
      if (span[2] < at) continue;
      sb.append(text, at, span[2]);
      sb.append(colour ? Terminal.GREEN : "【").append(text, span[2], span[3]).append(colour ? Terminal.RESET : "】");
      at = span[3];
    }
    return sb.append(text.substring(at)).toString();
  }
}
