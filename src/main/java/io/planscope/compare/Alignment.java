package io.planscope.compare;

import com.github.difflib.algorithm.Change;
import com.github.difflib.algorithm.myers.MyersDiffWithLinearSpace;
import com.github.difflib.patch.DeltaType;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * A longest-common-subsequence alignment of two int sequences (characters or token ids) as its matching blocks.
 *
 * <p>Myers' O(ND) greedy algorithm on primitive arrays: measure-sized texts (a few hundred characters, few edits)
 * align in microseconds, which the similarity scan needs. Its trace grows with D², so when two long texts differ in
 * more than {@link #MAX_EDITS} places, java-diff-utils' linear-space Myers takes over.
 */
final class Alignment {
  /** Beyond this many edits the trace (about D² ints) gets too big; the linear-space variant takes over. */
  static final int MAX_EDITS = 1500;

  /** A run of equal elements: {@code a[aStart..aStart+length) == b[bStart..bStart+length)}. */
  record Block(int aStart, int bStart, int length) {}

  private Alignment() {}

  /** The matching blocks of an LCS alignment of a and b, in order, each of length at least 1. */
  static List<Block> blocks(int[] a, int[] b) {
    return blocks(a, b, null).orElseThrow();
  }

  /**
   * The blocks of an LCS alignment within a budget: empty when it would need more than {@link #MAX_EDITS} edits,
   * more than the budget's steps, or time past its deadline. A null budget means exact whatever it costs.
   */
  static Optional<List<Block>> blocks(int[] a, int[] b, DiffBudget budget) {
    if (budget != null && budget.expired()) return Optional.empty();
    int prefix = commonPrefix(a, b);
    int suffix = commonSuffix(a, b, prefix);
    int[] ma = Arrays.copyOfRange(a, prefix, a.length - suffix);
    int[] mb = Arrays.copyOfRange(b, prefix, b.length - suffix);
    List<Block> middle = ma.length == 0 || mb.length == 0 ? List.of() : greedy(ma, mb, budget);
    if (middle == null && budget != null) return Optional.empty();
    if (middle == null) middle = linearSpace(ma, mb);
    List<Block> out = new ArrayList<>();
    if (prefix > 0) out.add(new Block(0, 0, prefix));
    for (Block blk : middle) out.add(new Block(blk.aStart + prefix, blk.bStart + prefix, blk.length));
    if (suffix > 0) out.add(new Block(a.length - suffix, b.length - suffix, suffix));
    return Optional.of(List.copyOf(out));
  }

  private static int commonPrefix(int[] a, int[] b) {
    int n = Math.min(a.length, b.length);
    int i = 0;
    while (i < n && a[i] == b[i]) i++;
    return i;
  }

  private static int commonSuffix(int[] a, int[] b, int prefix) {
    int n = Math.min(a.length, b.length) - prefix;
    int i = 0;
    while (i < n && a[a.length - 1 - i] == b[b.length - 1 - i]) i++;
    return i;
  }

  /**
   * Myers' forward greedy pass keeping each round's V slice, then a backtrack; null past the edit limit or the
   * budget (its steps are counted and its clock read once per round, so it stops within one round of either).
   */
  private static List<Block> greedy(int[] a, int[] b, DiffBudget budget) {
    int n = a.length;
    int m = b.length;
    int max = n + m;
    int offset = max + 1;
    int[] v = new int[2 * max + 3];
    List<int[]> trace = new ArrayList<>();
    long steps = 0;
    for (int d = 0; d <= Math.min(max, MAX_EDITS); d++) {
      if (budget != null && (steps > budget.maxSteps() || budget.expired())) return null;
      steps += d + 1;
      for (int k = -d; k <= d; k += 2) {
        int x = (k == -d || (k != d && v[offset + k - 1] < v[offset + k + 1]))
            ? v[offset + k + 1]
            : v[offset + k - 1] + 1;
        int y = x - k;
        int x0 = x;
        while (x < n && y < m && a[x] == b[y]) {
          x++;
          y++;
        }
        steps += x - x0;
        v[offset + k] = x;
        if (x >= n && y >= m) {
          trace.add(Arrays.copyOfRange(v, offset - d, offset + d + 1));
          return backtrack(trace, n, m);
        }
      }
      trace.add(Arrays.copyOfRange(v, offset - d, offset + d + 1));
    }
    return null;
  }

  private static List<Block> backtrack(List<int[]> trace, int n, int m) {
    List<Block> reversed = new ArrayList<>();
    int x = n;
    int y = m;
    for (int d = trace.size() - 1; d > 0; d--) {
      int[] prev = trace.get(d - 1); // index k + (d - 1)
      int k = x - y;
      boolean down = k == -d || (k != d && prev[k - 1 + d - 1] < prev[k + 1 + d - 1]);
      int prevK = down ? k + 1 : k - 1;
      int prevX = prev[prevK + d - 1];
      int midX = down ? prevX : prevX + 1;
      if (x > midX) reversed.add(new Block(midX, midX - k, x - midX));
      x = prevX;
      y = prevX - prevK;
    }
    if (x > 0) reversed.add(new Block(0, 0, x));
    List<Block> blocks = new ArrayList<>(reversed.size());
    for (int i = reversed.size() - 1; i >= 0; i--) blocks.add(reversed.get(i));
    return blocks;
  }

  /** Long, very different inputs: java-diff-utils' linear-space Myers, its changes turned into matching blocks. */
  private static List<Block> linearSpace(int[] a, int[] b) {
    List<Change> changes =
        new MyersDiffWithLinearSpace<Integer>().computeDiff(boxed(a), boxed(b), null);
    List<Block> blocks = new ArrayList<>();
    int x = 0;
    int y = 0;
    for (Change c : changes) {
      if (c.deltaType == DeltaType.EQUAL) continue;
      if (c.startOriginal > x) blocks.add(new Block(x, y, c.startOriginal - x));
      x = c.endOriginal;
      y = c.endRevised;
    }
    if (x < a.length) blocks.add(new Block(x, y, a.length - x));
    return blocks;
  }

  private static List<Integer> boxed(int[] values) {
    List<Integer> list = new ArrayList<>(values.length);
    for (int v : values) list.add(v);
    return list;
  }
}
