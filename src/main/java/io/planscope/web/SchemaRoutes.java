package io.planscope.web;

import io.javalin.http.Context;
import io.planscope.index.Dimension;
import io.planscope.plan.DisplayName;
import io.planscope.plan.SectionType;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * {@code GET /api/schema}: the filters and facets ({@link Dimension}) and the section types, with their labels in
 * both languages, so the front end (and any client) lists what the server knows instead of keeping its own copy.
 * The answer depends on nothing but this build.
 */
final class SchemaRoutes {
  /** One value of a closed vocabulary (a level, a section type) and how it is shown. */
  record Value(String value, DisplayName label) {}

  /**
   * One dimension: {@code name} is the query field and URL parameter, {@code facet} the key of its counts in a
   * search's {@code facets} (null for a filter without facet counts), {@code shape} {@code one}, {@code years},
   * {@code many} or {@code tree}; {@code values} its closed vocabulary, empty when the values are open.
   */
  record DimensionView(String name, String facet, String shape, String example, DisplayName label,
      List<Value> values) {}

  record Schema(List<DimensionView> dimensions, List<Value> sectionTypes, Value unknown) {}

  private static final Schema SCHEMA = new Schema(
      Arrays.stream(Dimension.values()).map(SchemaRoutes::view).toList(),
      Arrays.stream(SectionType.values()).map(t -> new Value(t.id(), t.label())).toList(),
      new Value(Dimension.UNKNOWN, Dimension.UNKNOWN_LABEL));

  private SchemaRoutes() {}

  static void schema(Context ctx) {
    WebServer.json(ctx, SCHEMA);
  }

  private static DimensionView view(Dimension d) {
    List<Value> values = d.vocabulary().entrySet().stream().map(SchemaRoutes::value).toList();
    return new DimensionView(d.id(), d.facet(), d.shape().name().toLowerCase(java.util.Locale.ROOT), d.example(),
        d.label(), values);
  }

  private static Value value(Map.Entry<String, DisplayName> e) {
    return new Value(e.getKey(), e.getValue());
  }
}
