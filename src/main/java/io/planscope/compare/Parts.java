package io.planscope.compare;

import io.planscope.plan.Measure;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * Merges and splits. One measure that became two leaves one part paired (changed) and the other part added; two
 * measures that became one leave one paired and the other removed. This pass pairs those leftovers with the measure
 * they are a part of, so a reader sees a split or a merge instead of a deletion and an insertion.
 *
 * <p>An added B measure is a <em>split</em> of a paired A measure when at least {@link #PART_THRESHOLD} of its
 * wording lies in that A measure (aligned as {@link Similarity} aligns, runs of two or more characters) and less
 * than half of it in A's own partner, which kept the other part. A removed A measure was <em>merged</em> into a
 * paired B measure when the same holds the other way round. Parts shorter than {@link #MIN_PART} characters are left
 * as they are: a short line is in many measures.
 */
final class Parts {
  static final double PART_THRESHOLD = 0.6;
  static final int MIN_PART = 8;
  /** The most of a part its measure's own partner may hold for the part to be the other half. */
  static final double OTHER_HALF = 0.5;

  private final Map<Measure, NormalizedText> texts = new IdentityHashMap<>();

  private Parts() {}

  /** The rows with added parts of split measures and removed parts of merged ones paired. */
  static List<PlanComparison.Pair> pair(List<PlanComparison.Pair> rows) {
    Parts parts = new Parts();
    List<PlanComparison.Pair> paired = rows.stream().filter(p -> p.a() != null && p.b() != null).toList();
    List<PlanComparison.Pair> out = new ArrayList<>(rows.size());
    for (PlanComparison.Pair p : rows) {
      PlanComparison.Pair part = switch (p.status()) {
        case ADDED -> parts.best(p.b(), paired, true);
        case REMOVED -> parts.best(p.a(), paired, false);
        default -> null;
      };
      out.add(part == null ? p : part);
    }
    return out;
  }

  /**
   * The row that pairs a leftover measure with the measure it is a part of: for an added B part, the A measure it
   * was split from; for a removed A part, the B measure it was merged into. Null when none holds it.
   */
  private PlanComparison.Pair best(Measure leftover, List<PlanComparison.Pair> paired, boolean split) {
    NormalizedText part = text(leftover);
    if (part.length() < MIN_PART) return null;
    PlanComparison.Pair bestRow = null;
    double best = 0;
    for (PlanComparison.Pair row : paired) {
      Measure whole = split ? row.a() : row.b();
      Measure partner = split ? row.b() : row.a();
      double held = containment(part, text(whole), PART_THRESHOLD);
      if (held < PART_THRESHOLD || held <= best) continue;
      if (containment(part, text(partner), OTHER_HALF) >= OTHER_HALF) continue;
      best = held;
      bestRow = row;
    }
    if (bestRow == null) return null;
    Measure a = split ? bestRow.a() : leftover;
    Measure b = split ? leftover : bestRow.b();
    return new PlanComparison.Pair(split ? PlanComparison.Status.SPLIT : PlanComparison.Status.MERGED, a, b,
        Similarity.round(best), TextDiff.ops(a.text(), b.text(), true));
  }

  private NormalizedText text(Measure m) {
    return texts.computeIfAbsent(m, x -> NormalizedText.of(PlanComparison.body(x)));
  }

  /**
   * The share of the part's characters that lie in matching runs with the whole; 0 when a bound shows it is under
   * the threshold.
   */
  private static double containment(NormalizedText part, NormalizedText whole, double threshold) {
    if (!Similarity.mayHold(part, whole, threshold)) return 0;
    double score = Similarity.score(part, whole);
    return score * (part.length() + whole.length()) / (2.0 * part.length());
  }
}
