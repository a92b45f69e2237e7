package io.planscope.web;

import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.http.Context;
import io.planscope.json.Json;

/** A request body read as JSON with the API's mapper ({@link Json}), or a 400 that says what to send instead. */
final class JsonBody {
  private JsonBody() {}

  /**
   * The request body as JSON; a 400 quoting the parser's complaint (line and column, never the body) and the
   * expected shape otherwise.
   */
  static JsonNode read(Context ctx, String shape) {
    try {
      JsonNode body = Json.MAPPER.readTree(ctx.body());
      if (body == null) throw HttpProblem.badRequest("the body is empty; send " + shape);
      return body;
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw HttpProblem.badRequest("the body is not valid JSON (" + e.getOriginalMessage().lines().findFirst()
          .orElse("unreadable") + " at line " + e.getLocation().getLineNr() + ", column "
          + e.getLocation().getColumnNr() + "); send " + shape);
    }
  }
}
