package io.planscope.search;

import io.planscope.index.Dimension;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Turns facet counts ({@link OrdinalFacets}) into {@link FacetValue} lists, one per {@link Dimension} in table order,
 * shaped as the dimension says: the region as a tree, years newest first.
 */
final class FacetTree {
  static final int TOP = 100;
  /** The label of a tree node's "unknown" child: the part of its count no child below holds. */
  static final String UNPLACED = "其他/未定";

  private FacetTree() {}

  /** Every dimension, in a fixed order; empty lists when there are no facets (an empty index). */
  static Map<String, List<FacetValue>> of(OrdinalFacets facets) throws IOException {
    Map<String, List<FacetValue>> out = new LinkedHashMap<>();
    for (Dimension d : Dimension.values()) out.put(d.facet(), facets == null ? List.of() : values(facets, d));
    return out;
  }

  private static List<FacetValue> values(OrdinalFacets facets, Dimension d) throws IOException {
    List<FacetValue> values = new ArrayList<>();
    int depth = d.shape().hierarchical() ? 2 : 0;
    for (OrdinalFacets.Child c : facets.top(d.facet(), TOP)) values.add(value(facets, d, c, depth));
    if (d.shape() == Dimension.Facet.YEARS) {
      values.sort(Comparator.comparing((FacetValue v) -> v.value().equals(Dimension.UNKNOWN))
          .thenComparing(FacetValue::value, Comparator.reverseOrder()));
    }
    return values;
  }

  /** A value with its children {@code depth} levels down (the region tree: province › city › county). */
  private static FacetValue value(OrdinalFacets facets, Dimension d, OrdinalFacets.Child c, int depth)
      throws IOException {
    List<FacetValue> children = new ArrayList<>();
    if (depth > 0) {
      for (OrdinalFacets.Child k : facets.top(d.facet(), c.ord(), TOP)) children.add(value(facets, d, k, depth - 1));
      // A parent's count is explained by its children: what no child holds (a province's own plans, a city's
      // without a county) is one more child, "unknown", labelled 其他/未定.
      long held = children.stream().mapToLong(FacetValue::count).sum();
      if (!children.isEmpty() && held < c.count()) {
        children.add(new FacetValue(Dimension.UNKNOWN, UNPLACED, c.count() - held, List.of()));
      }
    }
    return new FacetValue(c.label(), d.valueLabel(c.label()).zh(), c.count(), children);
  }
}
