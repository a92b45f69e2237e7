package io.planscope.plan;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** The administrative level of the issuing bureau. Districts and county-level cities count as {@link #COUNTY}. */
public enum Level {
  NATIONAL,
  PROVINCE,
  CITY,
  COUNTY,
  UNKNOWN;

  /** The lower-case id used in JSON, URLs and the query language: {@code national|province|city|county|unknown}. */
  @JsonValue
  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** Parses an id; throws with the accepted values when it is not one. */
  @JsonCreator
  public static Level of(String id) {
    for (Level level : values()) {
      if (level.id().equalsIgnoreCase(id.strip())) return level;
    }
    throw new IllegalArgumentException(
        "unknown level '" + id + "'; use one of national, province, city, county, unknown");
  }
}
