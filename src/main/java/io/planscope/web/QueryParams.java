package io.planscope.web;

import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The parameters of a query endpoint: the URL's ({@code GET /api/search?q=…}) or a JSON body's ({@code POST
 * /api/search {"q":"…","region":["浙江","江苏"],"size":50}}), so a query too long for a URL can still be asked. A body
 * value may be a string, a number, a boolean or an array of them (a repeated parameter); URL parameters the body does
 * not name still count (e.g. {@code ?format=csv}).
 */
final class QueryParams {
  private final Map<String, List<String>> values;

  private QueryParams(Map<String, List<String>> values) {
    this.values = values;
  }

  /** The request's parameters: the JSON body's on POST (then the URL's), the URL's otherwise. */
  static QueryParams of(Context ctx) {
    Map<String, List<String>> values = new LinkedHashMap<>();
    if (ctx.method().name().equals("POST")) {
      CompareRoutes.requireJson(ctx);
      readBody(ctx, values);
    }
    ctx.queryParamMap().forEach(values::putIfAbsent);
    return new QueryParams(values);
  }

  /** The first value of a parameter, or null. */
  String one(String name) {
    List<String> v = values.get(name);
    return v == null || v.isEmpty() ? null : v.get(0);
  }

  /** Every value of a parameter (empty when absent). */
  List<String> all(String name) {
    return values.getOrDefault(name, List.of());
  }

  private static void readBody(Context ctx, Map<String, List<String>> values) {
    JsonNode body = JsonBody.read(ctx, "{\"q\":\"…\",\"region\":[\"…\"]}");
    if (!body.isObject()) throw HttpProblem.badRequest("the body must be a JSON object like {\"q\":\"…\"}, not " + kind(body));
    for (Iterator<Map.Entry<String, JsonNode>> it = body.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> field = it.next();
      values.put(field.getKey(), strings(field.getKey(), field.getValue()));
    }
  }

  private static List<String> strings(String name, JsonNode value) {
    List<String> out = new ArrayList<>();
    if (value.isArray()) {
      for (JsonNode v : value) out.add(scalar(name, v));
    } else if (!value.isNull()) {
      out.add(scalar(name, value));
    }
    return List.copyOf(out);
  }

  private static String scalar(String name, JsonNode v) {
    if (v.isValueNode() && !v.isNull()) return v.asText();
    throw HttpProblem.badRequest("\"" + name + "\" must be a string, a number or a list of them, not " + v);
  }

  private static String kind(JsonNode node) {
    return node.isArray() ? "a list" : node.toString();
  }
}
