package io.planscope.search;

import java.util.List;

/** One facet value with its count (of measures) and, for the region tree, its children. */
public record FacetValue(String value, String label, long count, List<FacetValue> children) {
  public FacetValue {
    children = List.copyOf(children);
  }
}
