package io.planscope.cli;

import io.planscope.app.DataDir;
import io.planscope.app.Workspace;
import io.planscope.compare.MeasureRef;
import io.planscope.compare.Scope;
import io.planscope.compare.SimilarMeasure;
import io.planscope.compare.SimilarMeasures;
import io.planscope.plan.PlanTitle;
import io.planscope.json.Json;
import java.io.PrintStream;
import java.util.List;

/** {@code ./planscope similar ID}: measures reused elsewhere, with the shared passages marked; or its lineage. */
final class SimilarCommand implements Command {
  @Override
  public String name() {
    return "similar";
  }

  @Override
  public String summary() {
    return "measures similar to a measure across plans, regions and years (--lineage: earliest first)";
  }

  @Override
  public String usage() {
    return "MEASURE_ID";
  }

  @Override
  public List<Option> options() {
    return List.of(
        Option.value("data", "DIR", "data directory (default: the repository's corpus/ and index/)"),
        Option.value("scope", "SCOPE", "other-plans (default), other-regions or other-years"),
        Option.value("min-score", "X", "least similarity from 0 to 1 (default 0.3)"),
        Option.value("limit", "N", "results to show (default 10)"),
        Option.flag("lineage", "near-duplicates ordered by year, earliest first: who wrote it first"),
        Option.flag("json", "print the API's JSON"),
        Terminal.colorOption());
  }

  @Override
  public int run(Args args, PrintStream out, PrintStream err) throws Exception {
    String id = args.positionals(1, 1, "MEASURE_ID (search first; ids look like p3f2a…-m4)").get(0);
    int limit = args.getInt("limit", 10, 1, 1000);
    double minScore = minScore(args.get("min-score", "0.3"));
    boolean colour = Terminal.colour(args, out, name());
    try (Workspace ws = Workspace.openForReading(DataDir.fromOption(args.get("data", null)),
        note -> err.println("planscope " + name() + ": " + note))) {
      SimilarMeasures similar = new SimilarMeasures(ws.index());
      if (args.has("lineage")) {
        SimilarMeasures.Lineage l = similar.lineage(id, limit);
        if (args.has("json")) out.println(Json.write(l));
        else print(l.measure(), l.lineage(), colour, out);
      } else {
        SimilarMeasures.Result r = similar.similar(id, Scope.of(args.get("scope", "other-plans")), minScore, limit);
        if (args.has("json")) out.println(Json.write(r));
        else print(r.measure(), r.similar(), colour, out);
      }
    }
    return 0;
  }

  private double minScore(String raw) {
    try {
      return Double.parseDouble(raw);
    } catch (NumberFormatException e) {
      throw Args.usage(name(), "--min-score must be a number from 0 to 1, not '" + raw + "'");
    }
  }

  private static void print(MeasureRef m, List<SimilarMeasure> items, boolean colour, PrintStream out) {
    out.println(PlanTitle.shown(m.title()) + " · " + m.region().label() + " · " + (m.year() == null ? "year unknown" : m.year())
        + "  [" + m.measureId() + "]");
    out.println("  " + m.text());
    if (items.isEmpty()) out.println("\nno similar measures at this score; try a lower --min-score");
    int n = 0;
    for (SimilarMeasure s : items) {
      out.printf("%n%2d. %.2f  %s · %s · %s · %s  [%s]%n", ++n, s.score(), PlanTitle.shown(s.title()), s.region().label(),
          s.year() == null ? "year unknown" : s.year(), s.level().id(), s.measureId());
      out.println("    " + marked(s.text(), s.shared(), colour));
    }
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
