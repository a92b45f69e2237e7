package io.planscope.compare;

import io.planscope.plan.Measure;
import io.planscope.search.Csv;
import java.util.List;

/** Comparisons, similar measures and lineages as CSV (the same format as the search's: {@link Csv}). */
public final class CompareCsv {
  private CompareCsv() {}

  /** One row per pair, in the comparison's order; renamed headings are not rows (see the JSON). */
  public static String comparison(PlanComparison.Result r) {
    List<List<String>> rows = r.pairs().stream().map(p -> List.of(p.status().id(), id(p.a()), id(p.b()),
        path(p.a()), path(p.b()), text(p.a()), text(p.b()), Double.toString(p.similarity()))).toList();
    return Csv.of(List.of("status", "measureA", "measureB", "pathA", "pathB", "textA", "textB", "similarity"), rows);
  }

  /** Similar measures (or a lineage, earliest first), one row each. */
  public static String similar(List<SimilarMeasure> list) {
    List<List<String>> rows = list.stream().map(m -> List.of(m.measureId(), m.planId(), nz(m.title()),
        m.year() == null ? "" : m.year().toString(), nz(m.published()), nz(m.region().province()),
        nz(m.region().city()), nz(m.region().county()), m.level() == null ? "" : m.level().id(),
        Double.toString(m.score()), m.text())).toList();
    return Csv.of(List.of("measureId", "planId", "title", "year", "published", "province", "city", "county", "level",
        "score", "text"), rows);
  }

  private static String id(Measure m) {
    return m == null ? "" : m.id();
  }

  private static String path(Measure m) {
    return m == null ? "" : String.join(" › ", m.path());
  }

  private static String text(Measure m) {
    return m == null ? "" : m.text();
  }

  private static String nz(String s) {
    return s == null ? "" : s;
  }
}
