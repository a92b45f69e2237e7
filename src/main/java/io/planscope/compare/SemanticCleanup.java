package io.planscope.compare;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/**
 * Makes a character-level diff readable, after diff-match-patch's cleanupSemantic: an equality no longer than the
 * changes on both its sides (in tokens, see {@link #weight}) is folded into them. "加强师资培训" → "推进课程改革" shares no run worth showing, so it
 * reads as one deletion and one insertion instead of alternating single characters. Then runs of edits are merged
 * into one delete followed by one insert.
 */
final class SemanticCleanup {
  private SemanticCleanup() {}

  static List<Op> apply(List<Op> input) {
    List<Op> ops = merge(input);
    boolean changed = true;
    while (changed) {
      changed = foldShortEqualities(ops);
      if (changed) ops = merge(ops);
    }
    return List.copyOf(ops);
  }

  /** One pass; replaces short equalities by delete+insert in place; whether it changed anything. */
  private static boolean foldShortEqualities(List<Op> ops) {
    boolean changed = false;
    Deque<Integer> equalities = new ArrayDeque<>();
    int lastEquality = -1; // length of the last equality, -1 when none
    int before = 0; // the larger of insertions and deletions before the last equality
    int insAfter = 0;
    int delAfter = 0;
    for (int p = 0; p < ops.size(); p++) {
      Op op = ops.get(p);
      if (op.op() == Op.Type.EQUAL) {
        equalities.push(p);
        before = Math.max(insAfter, delAfter);
        insAfter = 0;
        delAfter = 0;
        lastEquality = weight(op.aText());
        continue;
      }
      if (op.op() == Op.Type.INSERT) insAfter += weight(op.text());
      else delAfter += weight(op.text());
      if (lastEquality >= 0 && lastEquality <= before && lastEquality <= Math.max(insAfter, delAfter)) {
        int q = equalities.pop();
        Op eq = ops.get(q);
        ops.set(q, Op.delete(eq.aText()));
        ops.add(q + 1, Op.insert(eq.bText()));
        if (!equalities.isEmpty()) equalities.pop();
        // resume after the equality before the one folded: the previous one is re-evaluated (as diff-match-patch)
        p = equalities.isEmpty() ? -1 : equalities.peek();
        lastEquality = -1;
        before = 0;
        insAfter = 0;
        delAfter = 0;
        changed = true;
      }
    }
    return changed;
  }

  /**
   * Lengths count tokens, not characters: a Han character is about a word, while "2023年" is one. Counting
   * characters, the "新建" in "2023年新建幼儿园" → "2024年新建公办幼儿园" would be folded into the change around it.
   */
  private static int weight(String text) {
    return DiffTokens.split(text).size();
  }

  /** Merges adjacent equalities, and each run of edits into one delete then one insert; drops empty ops. */
  static List<Op> merge(List<Op> ops) {
    List<Op> out = new ArrayList<>(ops.size());
    StringBuilder del = new StringBuilder();
    StringBuilder ins = new StringBuilder();
    StringBuilder eqA = new StringBuilder();
    StringBuilder eqB = new StringBuilder();
    for (Op op : ops) {
      if (op.op() == Op.Type.EQUAL) {
        flushEdits(out, del, ins);
        eqA.append(op.aText());
        eqB.append(op.bText());
      } else {
        flushEqual(out, eqA, eqB);
        (op.op() == Op.Type.DELETE ? del : ins).append(op.text());
      }
    }
    flushEdits(out, del, ins);
    flushEqual(out, eqA, eqB);
    return out;
  }

  private static void flushEdits(List<Op> out, StringBuilder del, StringBuilder ins) {
    if (!del.isEmpty()) out.add(Op.delete(del.toString()));
    if (!ins.isEmpty()) out.add(Op.insert(ins.toString()));
    del.setLength(0);
    ins.setLength(0);
  }

  private static void flushEqual(List<Op> out, StringBuilder a, StringBuilder b) {
    if (!a.isEmpty() || !b.isEmpty()) out.add(Op.equal(a.toString(), b.toString()));
    a.setLength(0);
    b.setLength(0);
  }
}
