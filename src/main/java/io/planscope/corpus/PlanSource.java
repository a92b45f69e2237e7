package io.planscope.corpus;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import com.fasterxml.jackson.databind.ser.std.ToStringSerializer;
import java.time.Instant;

/**
 * One place a plan (or document) was found: the stored document holding it, where that came from (a file path, an
 * {@code upload:NAME} or a URL) and when it was fetched or imported. JSON writes {@code fetchedAt} as ISO-8601.
 */
public record PlanSource(
    String documentId, String uri, @JsonSerialize(using = ToStringSerializer.class) Instant fetchedAt) {

  /** Reads the JSON form, where the time is an ISO-8601 string. */
  @JsonCreator
  static PlanSource fromJson(
      @JsonProperty("documentId") String documentId,
      @JsonProperty("uri") String uri,
      @JsonProperty("fetchedAt") String fetchedAt) {
    return new PlanSource(documentId, uri, fetchedAt == null ? null : Instant.parse(fetchedAt));
  }
}
