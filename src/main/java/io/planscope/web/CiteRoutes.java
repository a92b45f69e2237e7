package io.planscope.web;

import io.javalin.http.Context;
import io.planscope.cite.Citation;
import io.planscope.cite.CitationFormats;
import io.planscope.cite.Citations;
import io.planscope.search.PlanGroup;
import io.planscope.search.SearchRequest;
import io.planscope.search.Searcher;
import java.util.ArrayList;
import java.util.List;

/**
 * Citations: {@code GET /api/plans/{id}/cite}, {@code GET /api/measures/{id}/cite} and {@code GET /api/cite} (the
 * plans listed in {@code plans=a,b,c}, or those a search finds: the search's parameters, at most
 * {@link Citations#MAX_PLANS}), each as {@code format=text} (default), {@code ris} or {@code csl-json}. Links are
 * absolute, built on the address the request came to, so a citation pasted elsewhere still resolves.
 */
final class CiteRoutes {
  private final Citations citations;
  private final Searcher searcher;

  CiteRoutes(Citations citations, Searcher searcher) {
    this.citations = citations;
    this.searcher = searcher;
  }

  void plan(Context ctx) {
    send(ctx, List.of(citations.plan(ctx.pathParam("id"), SearchRoutes.base(ctx))), "planscope-" + ctx.pathParam("id"));
  }

  void measure(Context ctx) {
    send(ctx, List.of(citations.measure(ctx.pathParam("id"), SearchRoutes.base(ctx))), "planscope-" + ctx.pathParam("id"));
  }

  void many(Context ctx) {
    QueryParams p = QueryParams.of(ctx);
    List<String> ids = new ArrayList<>();
    for (String v : p.all("plans")) for (String id : v.split("[,，\\s]+")) if (!id.isBlank()) ids.add(id.strip());
    if (ids.isEmpty() && p.one("q") == null && SearchRoutes.filters(p).isEmpty()) {
      throw HttpProblem.badRequest("name the plans to cite (plans=p1a2…,p3b4…) or a search (q=双减&region=浙江)");
    }
    if (ids.isEmpty()) {
      SearchRequest request = new SearchRequest(p.one("q"), SearchRoutes.filters(p), SearchRequest.Unit.PLAN,
          SearchRequest.Order.of(p.one("sort")), 1, SearchRequest.MAX_SIZE);
      for (PlanGroup g : searcher.search(request).groups()) ids.add(g.planId());
    }
    try {
      send(ctx, citations.plans(ids, SearchRoutes.base(ctx)), "planscope-citations");
    } catch (IllegalArgumentException e) {
      throw HttpProblem.badRequest(e.getMessage());
    }
  }

  private static void send(Context ctx, List<Citation> list, String name) {
    CitationFormats format;
    try {
      format = CitationFormats.of(ctx.queryParam("format"));
    } catch (IllegalArgumentException e) {
      throw HttpProblem.badRequest(e.getMessage());
    }
    ctx.contentType(format.contentType());
    if (format != CitationFormats.TEXT) {
      ctx.header("Content-Disposition", "attachment; filename=\"" + name + "." + format.extension() + "\"");
    }
    ctx.result(format.write(list));
  }

}
