package io.planscope.search;

import io.planscope.plan.Region;
import java.util.List;

/** With {@code unit=plan}: one plan, how many of its measures matched, and its best-scoring ones. */
public record PlanGroup(
    String planId,
    String title,
    Region region,
    Integer year,
    String level,
    String kind,
    String bureau,
    float score,
    int matches,
    List<Hit> hits) {
  public PlanGroup {
    hits = List.copyOf(hits);
  }
}
