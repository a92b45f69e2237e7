package io.planscope.web;

import io.javalin.http.Context;
import io.planscope.index.Dimension;
import io.planscope.search.Concordance;
import io.planscope.search.Csv;
import io.planscope.search.PlanViews;
import io.planscope.search.QueryException;
import io.planscope.search.SearchRequest;
import io.planscope.search.SearchResult;
import io.planscope.search.Searcher;
import io.planscope.search.Trends;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code /api/search}, {@code /api/facets}, {@code /api/kwic}, {@code /api/trend}, and {@code /api/measures/{id}} served
 * from the index's stored fields (whole plans come from the store's PlanRoutes). Filters come as repeated URL parameters
 * ({@code region=浙江&region=江苏}, OR-ed) or comma-separated values. {@code format=csv} exports as UTF-8 CSV with BOM.
 * The four query endpoints also take POST with the same parameters as a JSON body ({@link QueryParams}), for queries
 * too long for a URL.
 */
final class SearchRoutes {
  static final String CSV_TYPE = "text/csv; charset=utf-8";
  private final Searcher searcher;
  private final Concordance concordance;
  private final Trends trends;
  private final PlanViews plans;

  SearchRoutes(Searcher searcher) {
    this.searcher = searcher;
    this.concordance = new Concordance(searcher);
    this.trends = new Trends(searcher);
    this.plans = new PlanViews(searcher);
  }

  /** A CSV export without {@code size} gets this many rows (JSON pages default to 20). */
  static final int CSV_DEFAULT_SIZE = 1000;

  void search(Context ctx) {
    QueryParams p = QueryParams.of(ctx);
    boolean csv = isCsv(p);
    int size = intParam(p, "size", csv ? CSV_DEFAULT_SIZE : 20);
    if (!csv && size > SearchRequest.MAX_SIZE) {
      throw QueryException.parameter("size must be from 1 to " + SearchRequest.MAX_SIZE + ", not " + size
          + "; use format=csv for up to " + SearchRequest.MAX_EXPORT);
    }
    SearchRequest request = new SearchRequest(
        p.one("q"), filters(p), SearchRequest.Unit.of(p.one("unit")),
        SearchRequest.Order.of(p.one("sort")), intParam(p, "page", 1), size);
    SearchResult result = searcher.search(request);
    if (csv && request.unit() == SearchRequest.Unit.PLAN) {
      csv(ctx, "planscope-plans.csv", Csv.plans(result.groups(), base(ctx)));
    } else if (csv) {
      csv(ctx, "planscope-search.csv", Csv.hits(result.hits(), base(ctx)));
    } else {
      WebServer.json(ctx, result);
    }
  }

  void facets(Context ctx) {
    WebServer.json(ctx, Map.of("facets", searcher.facets(filters(QueryParams.of(ctx)))));
  }

  void kwic(Context ctx) {
    QueryParams p = QueryParams.of(ctx);
    Concordance.Result result = concordance.kwic(required(p, "q"), filters(p), intParam(p, "width", 20),
        orEmpty(p.one("sort")), intParam(p, "limit", Concordance.DEFAULT_LINES));
    if (isCsv(p)) {
      csv(ctx, "planscope-kwic.csv", Csv.kwic(result.lines()));
    } else {
      WebServer.json(ctx, result);
    }
  }

  void trend(Context ctx) {
    QueryParams p = QueryParams.of(ctx);
    String by = p.one("by") == null ? "year" : p.one("by");
    Trends.Result result = trends.trend(required(p, "q"), filters(p), by);
    if (isCsv(p)) {
      csv(ctx, "planscope-trend.csv", Csv.trend(result));
    } else {
      WebServer.json(ctx, result);
    }
  }

  void measure(Context ctx) {
    WebServer.json(ctx, plans.expectMeasure(ctx.pathParam("id")));
  }

  /** Filter parameters: each dimension by its name or its facet key ({@code section} and {@code sectionType}). */
  static Map<String, List<String>> filters(QueryParams p) {
    Map<String, List<String>> filters = new LinkedHashMap<>();
    for (Dimension d : Dimension.values()) {
      List<String> values = d.id().equals(d.facet()) ? p.all(d.id()) : concat(p.all(d.id()), p.all(d.facet()));
      if (!values.isEmpty()) filters.put(d.id(), values);
    }
    return filters;
  }

  private static List<String> concat(List<String> a, List<String> b) {
    return java.util.stream.Stream.concat(a.stream(), b.stream()).toList();
  }

  static int intParam(QueryParams p, String name, int fallback) {
    String raw = p.one(name);
    if (raw == null || raw.isBlank()) return fallback;
    try {
      return Integer.parseInt(raw.strip());
    } catch (NumberFormatException e) {
      throw QueryException.parameter(name + " must be a whole number, not '" + raw + "'");
    }
  }

  private static String required(QueryParams p, String name) {
    String v = p.one(name);
    if (v == null || v.isBlank()) throw QueryException.parameter("missing parameter '" + name + "'");
    return v;
  }

  private static String orEmpty(String s) {
    return s == null ? "" : s.strip();
  }

  static boolean isCsv(QueryParams p) {
    String format = p.one("format");
    if (format == null || format.equalsIgnoreCase("json")) return false;
    if (format.equalsIgnoreCase("csv")) return true;
    throw QueryException.parameter("unknown format '" + format + "'; use json or csv");
  }

  /** The address the request came to (http://host:port): CSV links on it open from anywhere. */
  static String base(Context ctx) {
    return ctx.scheme() + "://" + ctx.host();
  }

  static void csv(Context ctx, String filename, String body) {
    ctx.contentType(CSV_TYPE);
    ctx.header("Content-Disposition", "attachment; filename=\"" + filename + "\"");
    ctx.result(body.getBytes(StandardCharsets.UTF_8));
  }
}
