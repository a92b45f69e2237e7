package io.planscope.web;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;

/** The one ObjectMapper the API uses. Nulls are written (a missing year is {@code "year":null}, not absent). */
public final class Json {
  public static final ObjectMapper MAPPER =
      JsonMapper.builder()
          .serializationInclusion(JsonInclude.Include.ALWAYS)
          .disable(SerializationFeature.FAIL_ON_EMPTY_BEANS)
          .build();

  private Json() {}

  /** Serializes a value; our records always serialize, so a failure is a bug and is thrown unchecked. */
  public static String write(Object value) {
    try {
      return MAPPER.writeValueAsString(value);
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IllegalStateException("cannot write " + value.getClass().getSimpleName() + " as JSON", e);
    }
  }

  /**
   * The request body as JSON; a 400 quoting the parser's complaint (line and column, never the body) and the
   * expected shape otherwise.
   */
  static JsonNode readBody(io.javalin.http.Context ctx, String shape) {
    try {
      JsonNode body = MAPPER.readTree(ctx.body());
      if (body == null) throw HttpProblem.badRequest("the body is empty; send " + shape);
      return body;
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw HttpProblem.badRequest("the body is not valid JSON (" + e.getOriginalMessage().lines().findFirst()
          .orElse("unreadable") + " at line " + e.getLocation().getLineNr() + ", column "
          + e.getLocation().getColumnNr() + "); send " + shape);
    }
  }
}
