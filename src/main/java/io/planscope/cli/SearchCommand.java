package io.planscope.cli;

import io.planscope.plan.PlanTitle;
import io.planscope.search.Csv;
import io.planscope.search.Hit;
import io.planscope.search.PlanGroup;
import io.planscope.search.SearchRequest;
import io.planscope.search.SearchResult;
import io.planscope.search.Searcher;
import io.planscope.json.Json;
import java.io.PrintStream;
import java.util.List;

/** {@code ./planscope search QUERY}: the search API in a terminal, as JSON or as CSV. */
final class SearchCommand implements Command {
  @Override
  public String name() {
    return "search";
  }

  @Override
  public String summary() {
    return "search measures: words, \"exact wording\", -exclusions, OR, region:浙江 year:2021..2024 ...";
  }

  @Override
  public String usage() {
    return "QUERY";
  }

  @Override
  public List<Option> options() {
    return List.of(
        Option.dataDir(),
        Option.flag("json", "print the API's JSON"),
        Option.flag("csv", "print CSV (UTF-8 with BOM)"),
        Option.value("unit", "UNIT", "measure (default) or plan: group measures by plan"),
        Option.value("sort", "ORDER", "relevance (default), year-desc, year-asc, published-desc or published-asc"),
        QueryRun.filterOption(),
        Option.value("limit", "N", "results to show (default 10, at most 200)"));
  }

  @Override
  public int run(Args args, PrintStream out, PrintStream err) throws Exception {
    String q = QueryRun.query(args, name(), "毛入园率");
    int limit = args.getInt("limit", 10, 1, SearchRequest.MAX_SIZE);
    SearchResult result = QueryRun.ask(args, name(), err, ws -> new Searcher(ws.index()).search(new SearchRequest(q,
        args.filters(), SearchRequest.Unit.of(args.get("unit", null)), SearchRequest.Order.of(args.get("sort", null)),
        1, limit)));
    QueryRun.print(args, out, result, x -> x.unit().equals("plan") ? Csv.plans(x.groups()) : Csv.hits(x.hits()),
        x -> print(x, out));
    return 0;
  }

  private static void print(SearchResult r, PrintStream out) {
    out.println(r.summary());
    if (r.unit().equals("plan")) {
      int n = 0;
      for (PlanGroup g : r.groups()) {
        out.printf("%n%2d. %s · %s · %s · %d matching measure(s)%n", ++n, PlanTitle.shown(g.title()), g.region().label(),
            g.year() == null ? "year unknown" : g.year(), g.matches());
        for (Hit h : g.hits()) out.println("    - " + terminal(h.snippet()) + "  [" + h.measureId() + "]");
      }
      return;
    }
    int n = 0;
    for (Hit h : r.hits()) {
      out.printf("%n%2d. %s · %s · %s · %s%n", ++n, PlanTitle.shown(h.title()), h.region().label(),
          h.year() == null ? "year unknown" : h.year(), h.sectionType());
      if (!h.path().isEmpty()) out.println("    " + String.join(" › ", h.path()));
      if (h.headingSnippet() != null) out.println("    in a heading: " + terminal(h.headingSnippet()));
      out.println("    " + terminal(h.snippet()));
      out.println("    " + h.measureId() + "  " + (h.source() == null ? "" : h.source()));
    }
  }

  /** The HTML snippet for a terminal: matches in 【】, entities decoded. */
  static String terminal(String snippet) {
    return snippet.replace("<mark>", "【").replace("</mark>", "】").replace("&lt;", "<").replace("&gt;", ">")
        .replace("&quot;", "\"").replace("&#39;", "'").replace("&amp;", "&").replaceAll("\\s*\\n\\s*", " ");
  }
}
