package io.planscope.search;

import io.planscope.text.Plural;
import java.util.List;
import java.util.Map;

/**
 * A page of results. {@code total} counts matching measures, {@code plans} the distinct plans they are in; facet
 * counts are counts of measures, or of plans with {@code unit=plan} (each dimension's counts ignore that dimension's
 * own filter: drill-sideways).
 * With {@code unit=plan}, {@code groups} holds the page of plans and {@code hits} their best measures in order.
 */
public record SearchResult(
    long total,
    long plans,
    int page,
    int size,
    String unit,
    String sort,
    String summary,
    List<Hit> hits,
    List<PlanGroup> groups,
    Map<String, List<FacetValue>> facets) {
  public SearchResult {
    hits = List.copyOf(hits);
    groups = List.copyOf(groups);
  }

  static String summary(long total, long plans) {
    return "found " + Plural.of(total, "measure") + " in " + Plural.of(plans, "plan");
  }
}
