package io.planscope.compare;

import com.fasterxml.jackson.annotation.JsonValue;
import io.planscope.plan.Measure;
import io.planscope.plan.Plan;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.IntStream;

/**
 * Aligns the measures of two plans (year over year, or two bureaus) and says what became of each.
 *
 * <p>How: measures of identical wording are paired first (in reading order). Every other pair of measures gets its {@link Similarity} score (pairs whose cheap {@link Similarity#upperBound}
 * is under the threshold are skipped without aligning). Pairs scoring at least {@link #PAIR_THRESHOLD} are
 * candidates; the {@link Hungarian} algorithm picks the one-to-one pairing with the largest total score, where a
 * pair in the same section type gets {@link #SAME_SECTION_BONUS} extra and closer relative positions break ties.
 * So the alignment is section-aware but a measure that moved to another section or place is still found.
 *
 * Then unpaired measures standing at the same place in both plans are paired from {@link #LEFTOVER_THRESHOLD}
 * (see {@link #pairLeftovers}). Scores leave out each measure's own number, so renumbering is no change.
 *
 * <p>Statuses: {@code same} (paired, same wording once script, width, whitespace and punctuation are set aside,
 * and in order), {@code changed} (paired, in order, wording changed), {@code moved} (paired, but out of order
 * with the other pairs — not on their longest increasing run — or in another section type; its ops show any
 * wording change), {@code added} (only in B), {@code removed} (only in A). Pairs come in B's reading order; a
 * removed measure comes right after the in-order pair that preceded it in A. {@code split} and {@code merged} rows
 * pair what would be an added or removed part of a measure that became two, or of two that became one
 * ({@link Parts}).
 */
public final class PlanComparison {
  /** The least score for two measures to count as versions of one another. */
  public static final double PAIR_THRESHOLD = 0.5;
  /** The least score for two unpaired measures at the same place to count as a rewrite of one another. */
  public static final double LEFTOVER_THRESHOLD = 0.3;
  /** Added to a pair's weight when both measures stand in the same section type. */
  static final double SAME_SECTION_BONUS = 0.05;
  /** Scales the closeness of relative positions, a tie-breaker between equally similar candidates. */
  static final double POSITION_BONUS = 0.01;

  /** What became of a measure. */
  public enum Status {
    SAME,
    MOVED,
    CHANGED,
    ADDED,
    REMOVED,
    /** B's measure is a part of A's, whose other part is paired in another row (see {@link Parts}). */
    SPLIT,
    /** A's measure became part of B's, which is paired with another A measure in another row. */
    MERGED;

    @JsonValue
    public String id() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  /** One row: a measure of A, of B, or both, with their similarity and diff (ops as in {@link TextDiff}). */
  public record Pair(Status status, Measure a, Measure b, double similarity, List<Op> ops) {
    public Pair {
      ops = List.copyOf(ops);
    }
  }

  /**
   * Counts per status, and the plans' overall similarity: the pairs' scores weighted by their normalized length,
   * over the normalized length of both plans (so added and removed measures lower it).
   */
  public record Summary(
      int same, int moved, int changed, int added, int removed, double similarity, int split, int merged) {}

  /** The comparison; {@code renamedHeadings}: headings of A that B words differently (see {@link HeadingRenames}). */
  public record Result(
      PlanRef a, PlanRef b, List<Pair> pairs, Summary summary, List<HeadingRenames.Rename> renamedHeadings) {
    public Result {
      pairs = List.copyOf(pairs);
      renamedHeadings = List.copyOf(renamedHeadings);
    }
  }

  private PlanComparison() {}

  /** Compares plan a (the older or reference plan) with plan b. */
  public static Result compare(Plan a, Plan b) {
    List<NormalizedText> na = normalize(a.measures());
    List<NormalizedText> nb = normalize(b.measures());
    double[][] score = new double[na.size()][nb.size()];
    int[] bOfA = identical(na, nb, score);
    assignRest(a.measures(), b.measures(), na, nb, score, bOfA);
    pairLeftovers(new Sides(a.measures(), b.measures(), na, nb, score), bOfA);
    int[] aOfB = invert(bOfA, nb.size());
    boolean[] inOrder = PairOrder.inOrder(aOfB, na.size());
    List<Pair> pairs = Parts.pair(PairOrder.arrange(a.measures(), b.measures(), aOfB, inOrder, (i, j) -> pair(
        a.measures().get(i), b.measures().get(j), na.get(i), nb.get(j), score[i][j], inOrder[i])));
    return new Result(PlanRef.of(a), PlanRef.of(b), pairs, summarize(pairs, overall(na, nb, bOfA, score)),
        HeadingRenames.of(pairs));
  }

  private static int[] invert(int[] bOfA, int sizeB) {
    int[] aOfB = new int[sizeB];
    Arrays.fill(aOfB, -1);
    for (int i = 0; i < bOfA.length; i++) if (bOfA[i] >= 0) aOfB[bOfA[i]] = i;
    return aOfB;
  }

  /**
   * The wording that is scored: the text without its own number ("（二）", "3."), so a measure renumbered because
   * another was added before it is still the same. The ops diff the full text.
   */
  private static List<NormalizedText> normalize(List<Measure> measures) {
    List<NormalizedText> out = new ArrayList<>(measures.size());
    for (Measure m : measures) out.add(NormalizedText.of(body(m)));
    return out;
  }

  static String body(Measure m) {
    String label = m.label() == null ? "" : m.label().strip();
    return !label.isEmpty() && m.text().startsWith(label) ? m.text().substring(label.length()) : m.text();
  }

  /**
   * A rewritten measure may score under the threshold ("加快学校建设。…新增学位1800个" → "加快学位扩容建设。…新增中小学学位
   * 2400个" scores 0.41) yet stand where the old one stood. So, as a line diff reads a deleted and an inserted line
   * at one place as a change: between two consecutive in-order pairs, the unpaired measures of A and of B in the
   * same section type are paired when they score at least {@link #LEFTOVER_THRESHOLD}.
   */
  private static void pairLeftovers(Sides sides, int[] bOfA) {
    int sizeA = sides.na().size();
    int sizeB = sides.nb().size();
    int[] aOfB = invert(bOfA, sizeB);
    boolean[] inOrder = PairOrder.inOrder(aOfB, sizeA);
    int lastA = -1;
    int lastB = -1;
    for (int j = 0; j <= sizeB; j++) {
      boolean anchor = j == sizeB || (aOfB[j] >= 0 && inOrder[aOfB[j]]);
      if (!anchor) continue;
      int nextA = j == sizeB ? sizeA : aOfB[j];
      pairGap(sides, bOfA, aOfB, lastA + 1, nextA, lastB + 1, j);
      lastA = nextA;
      lastB = j;
    }
  }

  /** Both plans' measures, their normalized wording and the score matrix (0 where not computed). */
  private record Sides(
      List<Measure> ma, List<Measure> mb, List<NormalizedText> na, List<NormalizedText> nb, double[][] score) {}

  private static void pairGap(Sides s, int[] bOfA, int[] aOfB, int fromA, int toA, int fromB, int toB) {
    int[] rows = IntStream.range(fromA, toA).filter(i -> bOfA[i] < 0).toArray();
    int[] cols = IntStream.range(fromB, toB).filter(j -> aOfB[j] < 0).toArray();
    if (rows.length == 0 || cols.length == 0) return;
    double[][] w = new double[rows.length][cols.length];
    for (int r = 0; r < rows.length; r++) {
      for (int c = 0; c < cols.length; c++) {
        int i = rows[r];
        int j = cols[c];
        if (s.ma().get(i).sectionType() != s.mb().get(j).sectionType()) continue;
        // the first pass skipped pairs that could not reach PAIR_THRESHOLD; score them against the lower one
        if (s.score()[i][j] == 0) s.score()[i][j] = score(s.na().get(i), s.nb().get(j), LEFTOVER_THRESHOLD);
        if (s.score()[i][j] >= LEFTOVER_THRESHOLD) w[r][c] = s.score()[i][j];
      }
    }
    int[] colOfRow = Hungarian.maximize(w, rows.length, cols.length);
    for (int r = 0; r < rows.length; r++) if (colOfRow[r] >= 0) bOfA[rows[r]] = cols[colOfRow[r]];
  }

  /**
   * Pairs measures of identical wording first, in reading order within each wording: nothing scores higher, and
   * in a year-over-year pair most measures are unchanged, which leaves the assignment a small matrix.
   */
  private static int[] identical(List<NormalizedText> na, List<NormalizedText> nb, double[][] score) {
    Map<String, Deque<Integer>> bByWording = new HashMap<>();
    for (int j = 0; j < nb.size(); j++) {
      bByWording.computeIfAbsent(key(nb.get(j)), k -> new ArrayDeque<>()).add(j);
    }
    int[] bOfA = new int[na.size()];
    Arrays.fill(bOfA, -1);
    for (int i = 0; i < na.size(); i++) {
      Deque<Integer> js = bByWording.get(key(na.get(i)));
      if (js == null || js.isEmpty() || na.get(i).length() == 0) continue;
      bOfA[i] = js.poll();
      score[i][bOfA[i]] = 1.0;
    }
    return bOfA;
  }

  private static String key(NormalizedText t) {
    return new String(t.chars(), 0, t.length());
  }

  /** The optimal assignment among the measures not yet paired. */
  private static void assignRest(
      List<Measure> ma, List<Measure> mb, List<NormalizedText> na, List<NormalizedText> nb, double[][] score,
      int[] bOfA) {
    boolean[] taken = new boolean[nb.size()];
    for (int j : bOfA) if (j >= 0) taken[j] = true;
    int[] rows = IntStream.range(0, na.size()).filter(i -> bOfA[i] < 0).toArray();
    int[] cols = IntStream.range(0, nb.size()).filter(j -> !taken[j]).toArray();
    double[][] w = new double[rows.length][cols.length];
    for (int r = 0; r < rows.length; r++) {
      for (int c = 0; c < cols.length; c++) {
        int i = rows[r];
        int j = cols[c];
        score[i][j] = score(na.get(i), nb.get(j), PAIR_THRESHOLD);
        if (score[i][j] < PAIR_THRESHOLD) continue;
        double position = 1 - Math.abs(relative(i, na.size()) - relative(j, nb.size()));
        boolean sameSection = ma.get(i).sectionType() == mb.get(j).sectionType();
        w[r][c] = score[i][j] + (sameSection ? SAME_SECTION_BONUS : 0) + POSITION_BONUS * position;
      }
    }
    int[] colOfRow = Hungarian.maximize(w, rows.length, cols.length);
    for (int r = 0; r < rows.length; r++) if (colOfRow[r] >= 0) bOfA[rows[r]] = cols[colOfRow[r]];
  }

  /** The exact score, or 0 when the bound already shows it is under the threshold. */
  private static double score(NormalizedText a, NormalizedText b, double threshold) {
    if (a.sameAs(b)) return 1.0;
    if (!Similarity.mayReach(a, b, threshold)) return 0.0;
    return Similarity.score(a, b);
  }

  private static double relative(int index, int size) {
    return size <= 1 ? 0 : index / (double) (size - 1);
  }

  private static Pair pair(
      Measure a, Measure b, NormalizedText na, NormalizedText nb, double score, boolean inOrder) {
    List<Op> ops = TextDiff.ops(a.text(), b.text(), true);
    Status status;
    if (!inOrder || a.sectionType() != b.sectionType()) status = Status.MOVED;
    else status = na.sameAs(nb) ? Status.SAME : Status.CHANGED;
    return new Pair(status, a, b, score, ops);
  }

  private static double overall(List<NormalizedText> na, List<NormalizedText> nb, int[] bOfA, double[][] score) {
    double aligned = 0;
    double total = 0;
    for (NormalizedText t : na) total += t.length();
    for (NormalizedText t : nb) total += t.length();
    for (int i = 0; i < bOfA.length; i++) {
      int j = bOfA[i];
      if (j >= 0) aligned += score[i][j] * (na.get(i).length() + nb.get(j).length());
    }
    return total == 0 ? 1.0 : Similarity.round(aligned / total);
  }

  private static Summary summarize(List<Pair> pairs, double similarity) {
    int[] counts = new int[Status.values().length];
    for (Pair p : pairs) counts[p.status().ordinal()]++;
    return new Summary(counts[Status.SAME.ordinal()], counts[Status.MOVED.ordinal()],
        counts[Status.CHANGED.ordinal()], counts[Status.ADDED.ordinal()], counts[Status.REMOVED.ordinal()], similarity,
        counts[Status.SPLIT.ordinal()], counts[Status.MERGED.ordinal()]);
  }
}
