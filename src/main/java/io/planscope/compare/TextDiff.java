package io.planscope.compare;

import io.planscope.text.Fold;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A readable diff of two texts: tokens from {@link DiffTokens} aligned by LCS ({@link Alignment}), then
 * {@link SemanticCleanup}. A changed number is one delete and one insert ("1800个" → "2400个").
 *
 * <p>The work is bounded by a {@link DiffBudget}: when aligning tokens would pass it (two long, unrelated texts),
 * the diff aligns sentences instead, then lines, then shows the whole text replaced ({@link Granularity}); the
 * result says which. The similarity is then counted over the equal parts of that diff rather than character runs.
 */
public final class TextDiff {
  /** Longest text accepted, in characters: a whole plan fits; beyond it a diff is not readable anyway. */
  public static final int MAX_LENGTH = 200_000;

  /**
   * The result.
   *
   * @param similarity {@link Similarity} of the two texts
   * @param granularity the units aligned: {@link Granularity#TOKEN} unless the budget forced coarser ones
   */
  public record Diff(String a, String b, double similarity, List<Op> ops, Granularity granularity) {
    public Diff {
      ops = List.copyOf(ops);
    }

    /** A token-level diff. */
    public Diff(String a, String b, double similarity, List<Op> ops) {
      this(a, b, similarity, ops, Granularity.TOKEN);
    }
  }

  /** Ops with the granularity they were aligned at. */
  record Ops(List<Op> ops, Granularity granularity) {}

  private TextDiff() {}

  /** Diffs two texts exactly (every character counts). */
  public static Diff of(String a, String b) {
    return of(a, b, false);
  }

  /**
   * Diffs two texts within the {@link DiffBudget#standard() standard budget}; with {@code ignoreScriptAndWidth}
   * traditional vs simplified characters and full vs half width punctuation compare equal (by
   * {@link Fold#normalize}), while the ops keep both original wordings.
   */
  public static Diff of(String a, String b, boolean ignoreScriptAndWidth) {
    return of(a, b, ignoreScriptAndWidth, DiffBudget.standard());
  }

  /** Diffs two texts within a budget: the finest {@link Granularity} whose alignment fits in it. */
  public static Diff of(String a, String b, boolean ignoreScriptAndWidth, DiffBudget budget) {
    checkLength("a", a);
    checkLength("b", b);
    Ops ops = ops(a, b, ignoreScriptAndWidth, budget);
    NormalizedText na = NormalizedText.of(a);
    NormalizedText nb = NormalizedText.of(b);
    double similarity = Similarity.of(na, nb, budget)
        .map(Similarity.Score::score)
        .orElseGet(() -> sharedShare(ops.ops(), na.length() + nb.length()));
    return new Diff(a, b, similarity, ops.ops(), ops.granularity());
  }

  /** Only the ops, at token granularity whatever it costs (measure-sized texts). */
  static List<Op> ops(String a, String b, boolean ignoreScriptAndWidth) {
    return ops(a, b, ignoreScriptAndWidth, null).ops();
  }

  /** The ops at the finest granularity that fits the budget (a null budget: tokens, exactly). */
  static Ops ops(String a, String b, boolean ignoreScriptAndWidth, DiffBudget budget) {
    String keyA = ignoreScriptAndWidth ? Fold.normalize(a) : a;
    String keyB = ignoreScriptAndWidth ? Fold.normalize(b) : b;
    Granularity g = Granularity.TOKEN;
    while (true) {
      List<int[]> unitsA = g.split(keyA);
      List<int[]> unitsB = g.split(keyB);
      Map<String, Integer> ids = new HashMap<>();
      int[] idsA = ids(keyA, unitsA, ids);
      int[] idsB = ids(keyB, unitsB, ids);
      // TEXT is one unit a side: its alignment is a single comparison, so it always fits.
      java.util.Optional<List<Alignment.Block>> blocks =
          Alignment.blocks(idsA, idsB, g == Granularity.TEXT ? null : budget);
      if (blocks.isPresent()) return new Ops(ops(a, unitsA, b, unitsB, blocks.get()), g);
      g = budget.expired() ? Granularity.TEXT : g.coarser();
    }
  }

  /** Edit and equal ops from the matching blocks of aligned units, cleaned up for reading. */
  private static List<Op> ops(String a, List<int[]> tokensA, String b, List<int[]> tokensB,
      List<Alignment.Block> blocks) {
    List<Op> raw = new ArrayList<>();
    int i = 0;
    int j = 0;
    for (Alignment.Block blk : blocks) {
      addEdits(raw, a, tokensA, i, blk.aStart(), b, tokensB, j, blk.bStart());
      raw.add(Op.equal(span(a, tokensA, blk.aStart(), blk.aStart() + blk.length()),
          span(b, tokensB, blk.bStart(), blk.bStart() + blk.length())));
      i = blk.aStart() + blk.length();
      j = blk.bStart() + blk.length();
    }
    addEdits(raw, a, tokensA, i, tokensA.size(), b, tokensB, j, tokensB.size());
    return SemanticCleanup.apply(raw);
  }

  /** 2·(normalized characters in equal ops) / (normalized length of both): the similarity of a coarse diff. */
  private static double sharedShare(List<Op> ops, int total) {
    if (total == 0) return 1.0;
    long shared = 0;
    for (Op op : ops) {
      if (op.op() == Op.Type.EQUAL) shared += NormalizedText.of(op.aText()).length() + NormalizedText.of(op.bText()).length();
    }
    return Similarity.round((double) shared / total);
  }

  private static void addEdits(
      List<Op> raw, String a, List<int[]> ta, int fromA, int toA, String b, List<int[]> tb, int fromB, int toB) {
    if (toA > fromA) raw.add(Op.delete(span(a, ta, fromA, toA)));
    if (toB > fromB) raw.add(Op.insert(span(b, tb, fromB, toB)));
  }

  private static int[] ids(String key, List<int[]> tokens, Map<String, Integer> ids) {
    int[] out = new int[tokens.size()];
    for (int t = 0; t < out.length; t++) {
      String token = key.substring(tokens.get(t)[0], tokens.get(t)[1]);
      out[t] = ids.computeIfAbsent(token, k -> ids.size());
    }
    return out;
  }

  /** The original text of tokens [from, to). */
  private static String span(String text, List<int[]> tokens, int from, int to) {
    return from >= to ? "" : text.substring(tokens.get(from)[0], tokens.get(to - 1)[1]);
  }

  private static void checkLength(String which, String text) {
    if (text.length() > MAX_LENGTH) {
      throw new CompareException(
          "text " + which + " has " + text.length() + " characters, more than the " + MAX_LENGTH
              + " a diff accepts; diff single measures or sections instead");
    }
  }
}
