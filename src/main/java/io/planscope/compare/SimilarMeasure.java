package io.planscope.compare;

import io.planscope.plan.Level;
import io.planscope.plan.Region;
import java.util.List;

/**
 * A measure similar to a query measure.
 *
 * @param published the plan's publish date as YYYY-MM-DD, or null when unknown
 * @param score the {@link Similarity} score against the query measure
 * @param shared the aligned passages, {@code [startQuery, endQuery, startThis, endThis]} in original offsets
 */
public record SimilarMeasure(
    String measureId,
    String planId,
    String title,
    Region region,
    Integer year,
    String published,
    Level level,
    String text,
    double score,
    List<int[]> shared) {
  public SimilarMeasure {
    shared = List.copyOf(shared);
  }

  static SimilarMeasure of(MeasureRef m, Similarity.Score s) {
    return new SimilarMeasure(
        m.measureId(), m.planId(), m.title(), m.region(), m.year(), m.published(), m.level(), m.text(), s.score(),
        s.shared());
  }
}
