package io.planscope.plan;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** The administrative level of the issuing bureau. Districts and county-level cities count as {@link #COUNTY}. */
public enum Level implements Labelled {
  NATIONAL("国家", "National"),
  PROVINCE("省级", "Province"),
  CITY("市级", "City"),
  COUNTY("县级", "County"),
  UNKNOWN("未知", "Unknown");

  private final DisplayName label;

  Level(String zh, String en) {
    this.label = new DisplayName(zh, en);
  }

  /** What the interface shows: the one source of these labels (facets, {@code GET /api/schema}, the front end). */
  @Override
  public DisplayName label() {
    return label;
  }

  /** The lower-case id used in JSON, URLs and the query language: {@code national|province|city|county|unknown}. */
  @Override
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
