package io.planscope.search;

import io.planscope.index.Fields;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.Facets;
import org.apache.lucene.facet.LabelAndValue;

/** Turns Lucene facet counts into {@link FacetValue} lists, dimension by dimension, the region as a tree. */
final class FacetTree {
  static final List<String> DIMENSIONS =
      List.of(
          Fields.FACET_REGION, Fields.FACET_YEAR, Fields.FACET_LEVEL, Fields.FACET_SECTION, Fields.FACET_TOPIC,
          Fields.FACET_KIND, Fields.FACET_BUREAU);
  static final int TOP = 100;

  private static final Map<String, String> LABELS =
      Map.ofEntries(
          Map.entry("national", "国家级"), Map.entry("province", "省级"), Map.entry("city", "市级"),
          Map.entry("county", "县级"), Map.entry("unknown", "未知"), Map.entry("preamble", "引言"),
          Map.entry("guiding", "指导思想"), Map.entry("goals", "工作目标"), Map.entry("tasks", "主要任务"),
          Map.entry("safeguards", "保障措施"), Map.entry("schedule", "工作安排"), Map.entry("other", "其他"));

  private FacetTree() {}

  /** Every dimension, in a fixed order; empty lists when there are no facets (an empty index). */
  static Map<String, List<FacetValue>> of(Facets facets) throws IOException {
    Map<String, List<FacetValue>> out = new LinkedHashMap<>();
    for (String dim : DIMENSIONS) out.put(dim, facets == null ? List.of() : values(facets, dim));
    return out;
  }

  private static List<FacetValue> values(Facets facets, String dim, String... path) throws IOException {
    FacetResult result;
    try {
      result = facets.getTopChildren(TOP, dim, path);
    } catch (IllegalArgumentException e) {
      return List.of(); // a dimension or path no document has
    }
    if (result == null) return List.of();
    List<FacetValue> values = new ArrayList<>();
    for (LabelAndValue lv : result.labelValues) {
      List<FacetValue> children = List.of();
      if (dim.equals(Fields.FACET_REGION) && path.length < 2) children = values(facets, dim, append(path, lv.label));
      values.add(new FacetValue(lv.label, label(lv.label), lv.value.longValue(), children));
    }
    // Years newest first, "unknown" last.
    if (dim.equals(Fields.FACET_YEAR)) {
      values.sort(Comparator.comparing((FacetValue v) -> v.value().equals("unknown"))
          .thenComparing(FacetValue::value, Comparator.reverseOrder()));
    }
    return values;
  }

  private static String label(String value) {
    return LABELS.getOrDefault(value, value);
  }

  private static String[] append(String[] path, String label) {
    String[] p = java.util.Arrays.copyOf(path, path.length + 1);
    p[path.length] = label;
    return p;
  }
}
