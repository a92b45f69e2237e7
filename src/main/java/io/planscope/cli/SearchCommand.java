package io.planscope.cli;

import io.planscope.app.DataDir;
import io.planscope.app.Workspace;
import io.planscope.plan.PlanTitle;
import io.planscope.search.Csv;
import io.planscope.search.Hit;
import io.planscope.search.PlanGroup;
import io.planscope.search.QueryException;
import io.planscope.search.SearchRequest;
import io.planscope.search.SearchResult;
import io.planscope.search.Searcher;
import io.planscope.json.Json;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

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
        Option.value("data", "DIR", "data directory (default: the repository's corpus/ and index/)"),
        Option.flag("json", "print the API's JSON"),
        Option.flag("csv", "print CSV (UTF-8 with BOM)"),
        Option.value("unit", "UNIT", "measure (default) or plan: group measures by plan"),
        Option.value("sort", "ORDER", "relevance (default), year-desc or year-asc"),
        Option.repeated("filter", "K=V",
            "filter like region=浙江, year=2021..2024, level=county, section=tasks, lead=基教科"),
        Option.value("limit", "N", "results to show (default 10, at most 200)"));
  }

  @Override
  public int run(Args args, PrintStream out, PrintStream err) throws Exception {
    String q = String.join(" ", args.positionals(1, Integer.MAX_VALUE, "QUERY (e.g. ./planscope search 毛入园率)"));
    if (args.has("json") && args.has("csv")) throw Args.usage(name(), "choose one of --json and --csv");
    int limit = args.getInt("limit", 10, 1, SearchRequest.MAX_SIZE);
    try (Workspace workspace = Workspace.openForReading(DataDir.fromOption(args.get("data", null)),
        note -> err.println("planscope " + name() + ": " + note))) {
      SearchResult result;
      try {
        SearchRequest request = new SearchRequest(q, filters(args.all("filter")),
            SearchRequest.Unit.of(args.get("unit", null)), SearchRequest.Order.of(args.get("sort", null)), 1, limit);
        result = new Searcher(workspace.index()).search(request);
      } catch (QueryException e) {
        throw new UsageException(e.getMessage()); // a bad query is the user's to fix: exit 2
      }
      if (args.has("json")) {
        out.println(Json.write(result));
      } else if (args.has("csv")) {
        out.print(Csv.hits(result.hits()));
      } else {
        print(result, out);
      }
    }
    return 0;
  }

  private Map<String, List<String>> filters(List<String> raw) {
    Map<String, List<String>> filters = new LinkedHashMap<>();
    for (String f : raw) {
      int eq = f.indexOf('=');
      if (eq <= 0 || eq == f.length() - 1) {
        throw Args.usage(name(), "--filter needs KEY=VALUE like region=浙江, not '" + f + "'");
      }
      filters.computeIfAbsent(f.substring(0, eq).strip(), k -> new ArrayList<>()).add(f.substring(eq + 1).strip());
    }
    return filters;
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
