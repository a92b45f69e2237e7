package io.planscope.compare;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** Where similar measures may come from, relative to the query measure. */
public enum Scope {
  /** Any plan but the measure's own. */
  OTHER_PLANS,
  /** Plans of another region (policy diffusion across places). */
  OTHER_REGIONS,
  /** Plans of another year (the measure's history). */
  OTHER_YEARS;

  @JsonValue
  public String id() {
    return name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  /** Parses an id; throws with the accepted values. */
  public static Scope of(String id) {
    for (Scope s : values()) {
      if (s.id().equalsIgnoreCase(id.strip())) return s;
    }
    throw new CompareException("unknown scope '" + id + "'; use one of other-plans, other-regions, other-years");
  }
}
