package io.planscope.cli;

import io.planscope.plan.PlanTitle;
import io.planscope.search.Concordance;
import io.planscope.search.Csv;
import io.planscope.search.Searcher;
import java.io.PrintStream;
import java.util.List;

/**
 * {@code ./planscope kwic QUERY}: the concordance API in a terminal. Each occurrence of the query's wording (in a
 * measure, a heading or a title) on one line, the match lined up in one column between its contexts.
 */
final class KwicCommand implements Command {
  @Override
  public String name() {
    return "kwic";
  }

  @Override
  public String summary() {
    return "concordance: every occurrence of a wording with its left and right context (same filters as search)";
  }

  @Override
  public String usage() {
    return "QUERY";
  }

  @Override
  public List<Option> options() {
    return List.of(
        Option.dataDir(),
        QueryRun.filterOption(),
        Option.value("context", "N", "characters of context on each side (default 20, at most "
            + Concordance.MAX_WIDTH + ")"),
        Option.value("sort", "SIDE", "left or right: by the context before or after the match (default: newest "
            + "plan first)"),
        Option.value("limit", "N", "lines to show (default " + Concordance.DEFAULT_LINES + ", at most "
            + Concordance.MAX_LINES + ")"),
        Option.flag("json", "print the API's JSON"),
        Option.flag("csv", "print CSV (UTF-8 with BOM)"));
  }

  @Override
  public int run(Args args, PrintStream out, PrintStream err) throws Exception {
    String q = QueryRun.query(args, name(), "'\"课后服务\"'");
    int width = args.getInt("context", 20, 1, Concordance.MAX_WIDTH);
    int limit = args.getInt("limit", Concordance.DEFAULT_LINES, 1, Concordance.MAX_LINES);
    String sort = args.get("sort", "");
    Concordance.Result r = QueryRun.ask(args, name(), err, ws ->
        new Concordance(new Searcher(ws.index())).kwic(q, args.filters(), width, sort, limit));
    QueryRun.print(args, out, r, x -> Csv.kwic(x.lines()), x -> print(x, width, out));
    return 0;
  }

  private static void print(Concordance.Result r, int width, PrintStream out) {
    out.printf("%d occurrence(s) in %d measure(s) of %d plan(s)%s%n", r.occurrences(), r.measures(), r.plans(),
        r.truncated() ? " (more than shown: add filters)" : "");
    int leftColumns = 2 * width;
    for (Concordance.Line l : r.lines()) {
      String pad = " ".repeat(Math.max(0, leftColumns - Terminal.columns(l.left())));
      String where = l.in().equals("text") ? "" : " [" + l.in() + "]";
      out.printf("%s%s【%s】%s  · %s %s · %s%s%n", pad, l.left(), l.match(), l.right(), l.region().label(),
          l.year() == null ? "year unknown" : l.year(), PlanTitle.shown(l.title()), where);
    }
  }
}
