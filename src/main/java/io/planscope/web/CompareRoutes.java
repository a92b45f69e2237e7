package io.planscope.web;

import io.planscope.json.Json;
import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.http.Context;
import java.util.List;
import io.planscope.compare.Comparisons;
import io.planscope.compare.SimilarMeasures;
import io.planscope.compare.PlanComparison;
import io.planscope.compare.CompareCsv;
import io.planscope.compare.Scope;
import io.planscope.compare.TextDiff;
import io.planscope.search.ScopeFilter;

/**
 * {@code /api/measures/{id}/similar}, {@code /api/measures/{id}/lineage}, {@code /api/diff} (GET by measure ids,
 * POST with two texts) and {@code /api/compare} (two plan ids, or {@code bureau=…&latest=true}).
 */
final class CompareRoutes {
  private final Comparisons comparisons;

  CompareRoutes(Comparisons comparisons) {
    this.comparisons = comparisons;
  }

  void similar(Context ctx) {
    SimilarMeasures.Result r = comparisons.similar().similar(
        ctx.pathParam("id"),
        Scope.of(orDefault(ctx.queryParam("scope"), "other-plans")),
        doubleParam(ctx, "minScore", 0.3),
        intParam(ctx, "limit", 20));
    if (SearchRoutes.isCsv(QueryParams.of(ctx))) {
      SearchRoutes.csv(ctx, "planscope-similar.csv", CompareCsv.similar(r.similar()));
    } else {
      WebServer.json(ctx, r);
    }
  }

  /**
   * Precedents for a draft: POST {"text": "…", "scope": "region:浙江 year:2022..", "limit": 20, "minScore": 0.3} as
   * {@code application/json}; scope (search filters only) and the rest are optional.
   */
  void similarText(Context ctx) {
    requireJson(ctx);
    String shape = "{\"text\":\"…\",\"scope\":\"region:浙江\",\"limit\":20}";
    JsonNode body = JsonBody.read(ctx, shape);
    if (!body.path("text").isTextual()) {
      throw HttpProblem.badRequest("the body must be JSON with the draft as a string, " + shape);
    }
    WebServer.json(ctx, comparisons.similar().similarToText(body.get("text").asText(),
        ScopeFilter.of(optionalText(body, "scope")),
        number(body, "minScore", 0.3), (int) number(body, "limit", 20)));
  }

  private static String optionalText(JsonNode body, String name) {
    JsonNode v = body.path(name);
    if (v.isMissingNode() || v.isNull()) return null;
    if (!v.isTextual()) throw HttpProblem.badRequest("\"" + name + "\" must be a string, not " + v);
    return v.asText();
  }

  private static double number(JsonNode body, String name, double fallback) {
    JsonNode v = body.path(name);
    if (v.isMissingNode() || v.isNull()) return fallback;
    if (!v.isNumber()) throw HttpProblem.badRequest("\"" + name + "\" must be a number, not " + v);
    return v.asDouble();
  }

  void lineage(Context ctx) {
    SimilarMeasures.Lineage l = comparisons.similar().lineage(ctx.pathParam("id"), intParam(ctx, "limit", 100));
    if (SearchRoutes.isCsv(QueryParams.of(ctx))) {
      SearchRoutes.csv(ctx, "planscope-lineage.csv", CompareCsv.similar(l.lineage()));
    } else {
      WebServer.json(ctx, l);
    }
  }

  void diffMeasures(Context ctx) {
    WebServer.json(ctx, comparisons.diffMeasures(required(ctx, "a"), required(ctx, "b"), ignoreScript(ctx)));
  }

  /**
   * POST {"a": "…", "b": "…", "ignoreScript": false} as {@code application/json} only: a form or text/plain POST is
   * one a page on another site could make a browser send without a CORS preflight.
   */
  void diffTexts(Context ctx) {
    requireJson(ctx);
    JsonNode body = JsonBody.read(ctx, "{\"a\":\"…\",\"b\":\"…\"}");
    if (!body.path("a").isTextual() || !body.path("b").isTextual()) {
      throw HttpProblem.badRequest("the body must be JSON with two strings, {\"a\":\"…\",\"b\":\"…\"}");
    }
    JsonNode flag = body.path("ignoreScript");
    if (!flag.isMissingNode() && !flag.isNull() && !flag.isBoolean()) {
      throw HttpProblem.badRequest("\"ignoreScript\" must be true or false, not " + flag);
    }
    boolean ignore = flag.asBoolean(false) || ignoreScript(ctx);
    WebServer.json(ctx, TextDiff.of(body.get("a").asText(), body.get("b").asText(), ignore));
  }

  /** 415 unless the request body is declared {@code application/json}. */
  static void requireJson(Context ctx) {
    String type = ctx.contentType();
    String media = type == null ? "" : type.split(";", 2)[0].strip();
    if (!media.equalsIgnoreCase("application/json")) {
      throw new HttpProblem(415, "unsupported_media_type", "send the body as JSON with 'Content-Type: application/json'"
          + (type == null ? " (the request has no Content-Type)" : ", not '" + type + "'"));
    }
  }

  void compare(Context ctx) {
    boolean csv = SearchRoutes.isCsv(QueryParams.of(ctx));
    PlanComparison.Result r;
    if ("true".equalsIgnoreCase(ctx.queryParam("latest"))) {
      r = comparisons.compareLatest(required(ctx, "bureau"));
    } else if (ctx.queryParam("a") == null && ctx.queryParam("b") == null && ctx.queryParam("bureau") != null) {
      throw HttpProblem.badRequest("with bureau, add latest=true to compare its two newest plans");
    } else {
      r = comparisons.comparePlans(required(ctx, "a"), required(ctx, "b"));
    }
    if (csv) SearchRoutes.csv(ctx, "planscope-compare.csv", CompareCsv.comparison(r));
    else WebServer.json(ctx, r);
  }

  /** {@code GET /api/compare/chain?bureau=西湖区教育局} or {@code ?plans=a,b,c}: three or more plans, step by step. */
  void chain(Context ctx) {
    String plans = ctx.queryParam("plans");
    if (plans != null && !plans.isBlank()) {
      WebServer.json(ctx, comparisons.chain(List.of(plans.strip().split("\\s*[,，]\\s*"))));
    } else {
      WebServer.json(ctx, comparisons.chain(required(ctx, "bureau")));
    }
  }

  private static boolean ignoreScript(Context ctx) {
    String value = ctx.queryParam("ignoreScript");
    if (value == null || value.isEmpty() || value.equalsIgnoreCase("false")) return false;
    if (value.equalsIgnoreCase("true")) return true;
    throw HttpProblem.badRequest("ignoreScript must be true or false, not '" + value + "'");
  }

  private static String required(Context ctx, String name) {
    String v = ctx.queryParam(name);
    if (v == null || v.isBlank()) throw HttpProblem.badRequest("missing parameter '" + name + "'");
    return v.strip();
  }

  private static String orDefault(String v, String fallback) {
    return v == null || v.isBlank() ? fallback : v;
  }

  private static int intParam(Context ctx, String name, int fallback) {
    String v = ctx.queryParam(name);
    if (v == null || v.isBlank()) return fallback;
    try {
      return Integer.parseInt(v.strip());
    } catch (NumberFormatException e) {
      throw HttpProblem.badRequest(name + " must be a whole number, not '" + v + "'");
    }
  }

  private static double doubleParam(Context ctx, String name, double fallback) {
    String v = ctx.queryParam(name);
    if (v == null || v.isBlank()) return fallback;
    try {
      return Double.parseDouble(v.strip());
    } catch (NumberFormatException e) {
      throw HttpProblem.badRequest(name + " must be a number from 0 to 1, not '" + v + "'");
    }
  }
}
