package io.planscope.compare;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The similarity score of two texts and the passages they share. The README's "Similarity score" section states
 * the definition:
 *
 * <p>Both texts are normalized ({@link NormalizedText}: script and width folded, whitespace and punctuation
 * dropped) and aligned character by character with an LCS alignment (Myers). The aligned characters that lie in
 * matching runs of at least {@link #MIN_RUN} characters count; single matched characters scattered through two
 * unrelated sentences ("的", "和") do not. {@code score = 2·aligned / (|A| + |B|)}, in [0, 1]: 1 means the same
 * characters in the same order, 0.8 means four fifths of both texts are reused passages.
 */
public final class Similarity {
  /** The shortest matching run that counts as shared. */
  static final int MIN_RUN = 2;

  /** A score with the shared spans, each {@code [startA, endA, startB, endB]} in original offsets (end exclusive). */
  public record Score(double score, List<int[]> shared) {
    public Score {
      shared = List.copyOf(shared);
    }
  }

  private Similarity() {}

  /** Scores two texts. */
  public static Score of(String a, String b) {
    return of(NormalizedText.of(a), NormalizedText.of(b));
  }

  /** Scores two normalized texts. */
  static Score of(NormalizedText a, NormalizedText b) {
    return score(a, b, Alignment.blocks(a.chars(), b.chars()));
  }

  /** Scores two normalized texts unless aligning their characters passes the budget. */
  static Optional<Score> of(NormalizedText a, NormalizedText b, DiffBudget budget) {
    return Alignment.blocks(a.chars(), b.chars(), budget).map(blocks -> score(a, b, blocks));
  }

  private static Score score(NormalizedText a, NormalizedText b, List<Alignment.Block> blocks) {
    int total = a.length() + b.length();
    if (total == 0) return new Score(a.original().equals(b.original()) ? 1.0 : 0.0, List.of());
    int aligned = 0;
    List<int[]> shared = new ArrayList<>();
    for (Alignment.Block blk : blocks) {
      if (blk.length() < MIN_RUN) continue;
      aligned += blk.length();
      int lastA = blk.aStart() + blk.length() - 1;
      int lastB = blk.bStart() + blk.length() - 1;
      shared.add(new int[] {a.start(blk.aStart()), a.end(lastA), b.start(blk.bStart()), b.end(lastB)});
    }
    return new Score(round(2.0 * aligned / total), shared);
  }

  /** Only the score (same value as {@link #of}). */
  static double score(NormalizedText a, NormalizedText b) {
    return of(a, b).score();
  }

  /**
   * A cheap bound that the score never exceeds. Each matching run of k ≥ 2 characters holds k−1 ≥ k/2 bigrams
   * found in both texts, so {@code aligned ≤ 2·common} where common is the size of the multiset intersection of
   * the two texts' bigrams, and {@code score ≤ 4·common / (|A| + |B|)}. Used to skip exact alignments.
   */
  static double upperBound(NormalizedText a, NormalizedText b) {
    int total = a.length() + b.length();
    if (total == 0) return 1.0;
    return Math.min(1.0, 4.0 * commonCount(a.bigrams(), b.bigrams()) / total);
  }

  /**
   * Whether the score of a and b may reach threshold, by bounds from cheapest to dearest: the length ratio
   * ({@code aligned ≤ min(|A|,|B|)}), the bigram bound, and the LCS length ({@code aligned ≤ LCS}).
   */
  static boolean mayReach(NormalizedText a, NormalizedText b, double threshold) {
    int total = a.length() + b.length();
    if (total == 0) return true;
    double slack = 1e-4; // scores are rounded to four decimals
    if (2.0 * Math.min(a.length(), b.length()) / total + slack < threshold) return false;
    if (upperBound(a, b) + slack < threshold) return false;
    return 2.0 * a.lcsLength(b) / total + slack >= threshold;
  }

  /**
   * Whether a part's share held in a whole ({@code aligned / |part|}) may reach the threshold: aligned ≤ |part|, and
   * aligned ≤ 2·common bigrams (see {@link #upperBound}).
   */
  static boolean mayHold(NormalizedText part, NormalizedText whole, double threshold) {
    if (part.length() == 0) return false;
    return 2.0 * commonCount(part.bigrams(), whole.bigrams()) / part.length() >= threshold;
  }

  private static int commonCount(int[] x, int[] y) {
    int i = 0;
    int j = 0;
    int common = 0;
    while (i < x.length && j < y.length) {
      if (x[i] < y[j]) {
        i++;
      } else if (x[i] > y[j]) {
        j++;
      } else {
        common++;
        i++;
        j++;
      }
    }
    return common;
  }

  /** Four decimals: enough to rank, short in JSON. */
  static double round(double score) {
    return Math.round(score * 10000) / 10000.0;
  }
}
