package io.planscope.compare;

import io.planscope.text.Fold;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A readable diff of two texts: tokens from {@link DiffTokens} aligned by LCS ({@link Alignment}), then
 * {@link SemanticCleanup}. A changed number is one delete and one insert ("1800个" → "2400个").
 */
public final class TextDiff {
  /** Longest text accepted, in characters: a whole plan fits; beyond it a diff is not readable anyway. */
  public static final int MAX_LENGTH = 200_000;

  /**
   * The result.
   *
   * @param similarity {@link Similarity} of the two texts
   */
  public record Diff(String a, String b, double similarity, List<Op> ops) {
    public Diff {
      ops = List.copyOf(ops);
    }
  }

  private TextDiff() {}

  /** Diffs two texts exactly (every character counts). */
  public static Diff of(String a, String b) {
    return of(a, b, false);
  }

  /**
   * Diffs two texts; with {@code ignoreScriptAndWidth} traditional vs simplified characters and full vs half width
   * punctuation compare equal (by {@link Fold#normalize}), while the ops keep both original wordings.
   */
  public static Diff of(String a, String b, boolean ignoreScriptAndWidth) {
    checkLength("a", a);
    checkLength("b", b);
    return new Diff(a, b, Similarity.of(a, b).score(), ops(a, b, ignoreScriptAndWidth));
  }

  /** Only the ops. */
  static List<Op> ops(String a, String b, boolean ignoreScriptAndWidth) {
    String keyA = ignoreScriptAndWidth ? Fold.normalize(a) : a;
    String keyB = ignoreScriptAndWidth ? Fold.normalize(b) : b;
    List<int[]> tokensA = DiffTokens.split(keyA);
    List<int[]> tokensB = DiffTokens.split(keyB);
    Map<String, Integer> ids = new HashMap<>();
    int[] idsA = ids(keyA, tokensA, ids);
    int[] idsB = ids(keyB, tokensB, ids);
    List<Op> raw = new ArrayList<>();
    int i = 0;
    int j = 0;
    for (Alignment.Block blk : Alignment.blocks(idsA, idsB)) {
      addEdits(raw, a, tokensA, i, blk.aStart(), b, tokensB, j, blk.bStart());
      raw.add(Op.equal(span(a, tokensA, blk.aStart(), blk.aStart() + blk.length()),
          span(b, tokensB, blk.bStart(), blk.bStart() + blk.length())));
      i = blk.aStart() + blk.length();
      j = blk.bStart() + blk.length();
    }
    addEdits(raw, a, tokensA, i, tokensA.size(), b, tokensB, j, tokensB.size());
    return SemanticCleanup.apply(raw);
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
