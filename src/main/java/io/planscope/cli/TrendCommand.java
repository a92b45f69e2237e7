package io.planscope.cli;

import io.planscope.search.Csv;
import io.planscope.search.Searcher;
import io.planscope.search.Trends;
import java.io.PrintStream;
import java.util.List;

/**
 * {@code ./planscope trend QUERY}: the trend API in a terminal: per year (or province), how many plans the query
 * finds out of how many there are. The query means what it means in search; quote it to count exact wording.
 */
final class TrendCommand implements Command {
  @Override
  public String name() {
    return "trend";
  }

  @Override
  public String summary() {
    return "how many plans match a query per year or province, out of how many (quote it for exact wording)";
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
        Option.value("by", "KEY", "year (default) or province"),
        Option.flag("json", "print the API's JSON"),
        Option.flag("csv", "print CSV (UTF-8 with BOM)"));
  }

  @Override
  public int run(Args args, PrintStream out, PrintStream err) throws Exception {
    String q = QueryRun.query(args, name(), "'\"双减\"'");
    Trends.Result r = QueryRun.ask(args, name(), err, ws ->
        new Trends(new Searcher(ws.index())).trend(q, args.filters(), args.get("by", "year")));
    QueryRun.print(args, out, r, Csv::trend, x -> print(x, out));
    return 0;
  }

  private static void print(Trends.Result r, PrintStream out) {
    out.printf("%d of %d plans match %s%n", r.plans(), r.total(), r.q());
    List<String> keys = r.rows().stream()
        .map(row -> row.key().equals("unknown") ? "(" + r.by() + " unknown)" : row.key()).toList();
    int column = keys.stream().mapToInt(Terminal::columns).max().orElse(0) + 2;
    for (int i = 0; i < keys.size(); i++) {
      Trends.Row row = r.rows().get(i);
      out.printf("%s%s%5d / %-5d %5.1f%%%n", keys.get(i), " ".repeat(column - Terminal.columns(keys.get(i))),
          row.plans(), row.total(), row.share() * 100);
    }
  }
}
