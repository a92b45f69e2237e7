package io.planscope.compare;

import io.planscope.plan.Measure;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** Which pairs keep their order, and the reading order of a plan comparison's rows. */
final class PairOrder {
  /** Makes the row of a paired measure, A index i with B index j. */
  interface PairMaker {
    PlanComparison.Pair make(int i, int j);
  }

  private PairOrder() {}

  /**
   * Marks the A measures whose pairs lie on a longest run that is in order in both plans (a longest increasing
   * subsequence of A indices taken in B order); the other paired measures moved.
   */
  static boolean[] inOrder(int[] aOfB, int sizeA) {
    int[] seq = Arrays.stream(aOfB).filter(i -> i >= 0).toArray();
    int[] tailIndex = new int[seq.length]; // index into seq of the smallest tail of a run of length k+1
    int[] prev = new int[seq.length];
    int length = 0;
    for (int s = 0; s < seq.length; s++) {
      int lo = 0;
      int hi = length;
      while (lo < hi) {
        int mid = (lo + hi) >>> 1;
        if (seq[tailIndex[mid]] < seq[s]) lo = mid + 1;
        else hi = mid;
      }
      prev[s] = lo > 0 ? tailIndex[lo - 1] : -1;
      tailIndex[lo] = s;
      if (lo == length) length++;
    }
    boolean[] inOrder = new boolean[sizeA];
    for (int s = length > 0 ? tailIndex[length - 1] : -1; s >= 0; s = prev[s]) inOrder[seq[s]] = true;
    return inOrder;
  }

  /**
   * B's reading order: each B measure as a pair or as added; a removed A measure right after the row of the
   * nearest in-order paired A measure before it (at the top when there is none).
   */
  static List<PlanComparison.Pair> arrange(
      List<Measure> a, List<Measure> b, int[] aOfB, boolean[] inOrder, PairMaker maker) {
    int[] bOfA = new int[a.size()];
    Arrays.fill(bOfA, -1);
    for (int j = 0; j < aOfB.length; j++) if (aOfB[j] >= 0) bOfA[aOfB[j]] = j;
    List<List<Integer>> removedAfter = new ArrayList<>();
    for (int j = 0; j <= b.size(); j++) removedAfter.add(new ArrayList<>());
    int anchor = -1; // B index of the last in-order pair seen in A order; -1 = top
    for (int i = 0; i < a.size(); i++) {
      if (bOfA[i] < 0) removedAfter.get(anchor + 1).add(i);
      else if (inOrder[i]) anchor = bOfA[i];
    }
    List<PlanComparison.Pair> rows = new ArrayList<>(a.size() + b.size());
    removedAfter.get(0).forEach(i -> rows.add(removed(a.get(i))));
    for (int j = 0; j < b.size(); j++) {
      rows.add(aOfB[j] >= 0 ? maker.make(aOfB[j], j) : added(b.get(j)));
      removedAfter.get(j + 1).forEach(i -> rows.add(removed(a.get(i))));
    }
    return rows;
  }

  private static PlanComparison.Pair removed(Measure m) {
    return new PlanComparison.Pair(PlanComparison.Status.REMOVED, m, null, 0.0, List.of(Op.delete(m.text())));
  }

  private static PlanComparison.Pair added(Measure m) {
    return new PlanComparison.Pair(PlanComparison.Status.ADDED, null, m, 0.0, List.of(Op.insert(m.text())));
  }
}
