package io.planscope.search;

import io.planscope.index.Fields;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Turns facet counts ({@link OrdinalFacets}) into {@link FacetValue} lists, dimension by dimension, the region as a tree. */
final class FacetTree {
  static final List<String> DIMENSIONS =
      List.of(
          Fields.FACET_REGION, Fields.FACET_YEAR, Fields.FACET_LEVEL, Fields.FACET_SECTION, Fields.FACET_TOPIC,
          Fields.FACET_KIND, Fields.FACET_BUREAU, Fields.FACET_LEAD);
  static final int TOP = 100;

  private static final Map<String, String> LABELS =
      Map.ofEntries(
          Map.entry("national", "国家级"), Map.entry("province", "省级"), Map.entry("city", "市级"),
          Map.entry("county", "县级"), Map.entry("unknown", "未知"), Map.entry("preamble", "引言"),
          Map.entry("guiding", "指导思想"), Map.entry("goals", "工作目标"), Map.entry("tasks", "主要任务"),
          Map.entry("safeguards", "保障措施"), Map.entry("schedule", "工作安排"), Map.entry("review", "回顾总结"),
          Map.entry("other", "其他"));

  private FacetTree() {}

  /** Every dimension, in a fixed order; empty lists when there are no facets (an empty index). */
  static Map<String, List<FacetValue>> of(OrdinalFacets facets) throws IOException {
    Map<String, List<FacetValue>> out = new LinkedHashMap<>();
    for (String dim : DIMENSIONS) out.put(dim, facets == null ? List.of() : values(facets, dim));
    return out;
  }

  private static List<FacetValue> values(OrdinalFacets facets, String dim) throws IOException {
    List<FacetValue> values = new ArrayList<>();
    boolean tree = dim.equals(Fields.FACET_REGION);
    for (OrdinalFacets.Child c : facets.top(dim, TOP)) values.add(value(facets, dim, c, tree ? 2 : 0));
    // Years newest first, "unknown" last.
    if (dim.equals(Fields.FACET_YEAR)) {
      values.sort(Comparator.comparing((FacetValue v) -> v.value().equals("unknown"))
          .thenComparing(FacetValue::value, Comparator.reverseOrder()));
    }
    return values;
  }

  /** A value with its children {@code depth} levels down (the region tree: province › city › county). */
  private static FacetValue value(OrdinalFacets facets, String dim, OrdinalFacets.Child c, int depth)
      throws IOException {
    List<FacetValue> children = new ArrayList<>();
    if (depth > 0) {
      for (OrdinalFacets.Child k : facets.top(dim, c.ord(), TOP)) children.add(value(facets, dim, k, depth - 1));
    }
    return new FacetValue(c.label(), displayLabel(c.label()), c.count(), children);
  }

  static String displayLabel(String value) {
    return LABELS.getOrDefault(value, value);
  }
}
