package io.planscope.ingest.meta;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Aho-Corasick automaton over chars: finds every occurrence of every keyword in one pass, whatever the number of
 * keywords (the gazetteer has about 7,000 names, the codebook a few hundred keywords). Immutable and thread-safe
 * once built.
 */
final class KeywordMatcher {
  /** Receives one occurrence: keyword {@code id} (its index in the build list) at {@code [start, end)}. */
  @FunctionalInterface
  interface Hit {
    void at(int id, int start, int end);
  }

  private final Transitions goTo;
  private final int[] fail;
  private final int[][] outputs;
  private final int[] lengths;
  /**
   * The root's transitions as a plain array, 0 where there is none: the scan is at the root for most chars of a
   * text, and a char that starts no keyword sends it back there, so this array answers most steps without hashing.
   */
  private final int[] fromRoot = new int[0x10000];
  /** One bit per char, set where {@link #fromRoot} is not 0: 8 KB that stay in cache, read before the 256 KB array. */
  private final long[] rootBits = new long[0x10000 / 64];
  /**
   * Per state, bit {@code c & 63} is set when the state has a transition on some char c with those low bits: a
   * state without the bit cannot go on with the char, and the failure walk skips the hash lookup there.
   */
  private final long[] childBits;

  private KeywordMatcher(Transitions goTo, int[] fail, int[][] outputs, int[] lengths) {
    this.goTo = goTo;
    this.fail = fail;
    this.outputs = outputs;
    this.lengths = lengths;
    this.childBits = new long[fail.length];
    goTo.children(
        0,
        (c, child) -> {
          fromRoot[c] = child;
          rootBits[c >>> 6] |= 1L << c;
        });
    for (int state = 0; state < fail.length; state++) {
      int s = state;
      goTo.children(s, (c, child) -> childBits[s] |= 1L << (c & 63));
    }
  }

  /** Builds the automaton; keyword ids are indexes into {@code keywords}. Empty keywords are ignored. */
  static KeywordMatcher of(List<String> keywords) {
    Transitions goTo = new Transitions(keywords.size() * 4 + 16);
    List<List<Integer>> out = new ArrayList<>();
    out.add(new ArrayList<>());
    int[] lengths = new int[keywords.size()];
    for (int id = 0; id < keywords.size(); id++) {
      String k = keywords.get(id);
      lengths[id] = k.length();
      if (k.isEmpty()) continue;
      int state = 0;
      for (int i = 0; i < k.length(); i++) {
        int next = goTo.get(state, k.charAt(i));
        if (next < 0) {
          next = out.size();
          out.add(new ArrayList<>());
          goTo.put(state, k.charAt(i), next);
        }
        state = next;
      }
      out.get(state).add(id);
    }
    return link(goTo, out, lengths);
  }

  private static KeywordMatcher link(Transitions goTo, List<List<Integer>> out, int[] lengths) {
    int[] fail = new int[out.size()];
    int[][] outputs = new int[out.size()][];
    outputs[0] = new int[0];
    ArrayDeque<Integer> queue = new ArrayDeque<>();
    goTo.children(0, (c, child) -> queue.add(child));
    while (!queue.isEmpty()) {
      int state = queue.poll();
      goTo.children(
          state,
          (c, child) -> {
            int f = fail[state];
            while (f > 0 && goTo.get(f, c) < 0) f = fail[f];
            int target = goTo.get(f, c);
            fail[child] = target >= 0 && target != child ? target : 0;
            queue.add(child);
          });
    }
    // outputs of a state = its own keywords + those of its failure chain (computed in BFS order below)
    int[] order = bfsOrder(goTo, out.size());
    for (int state : order) {
      int[] own = out.get(state).stream().mapToInt(Integer::intValue).toArray();
      int[] inherited = state == 0 ? new int[0] : outputs[fail[state]];
      int[] all = Arrays.copyOf(own, own.length + inherited.length);
      System.arraycopy(inherited, 0, all, own.length, inherited.length);
      outputs[state] = all;
    }
    return new KeywordMatcher(goTo, fail, outputs, lengths);
  }

  private static int[] bfsOrder(Transitions goTo, int size) {
    int[] order = new int[size];
    int head = 0;
    int tail = 0;
    order[tail++] = 0;
    while (head < tail) {
      int state = order[head++];
      int[] t = {tail};
      goTo.children(state, (c, child) -> order[t[0]++] = child);
      tail = t[0];
    }
    return order;
  }

  /** Calls {@code hit} for every keyword occurrence in {@code text}, in order of end position. */
  void scan(CharSequence text, Hit hit) {
    int state = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      int next = -1;
      while (state > 0 && ((childBits[state] >>> (c & 63) & 1) == 0 || (next = goTo.get(state, c)) < 0)) {
        state = fail[state];
      }
      state = state > 0 ? next : (rootBits[c >>> 6] >>> c & 1) == 0 ? 0 : fromRoot[c];
      for (int id : outputs[state]) hit.at(id, i + 1 - lengths[id], i + 1);
    }
  }

  /** Open-addressing map (state, char) → state; no boxing on the hot path. */
  private static final class Transitions {
    private long[] keys;
    private int[] values;
    private int size;
    private final List<List<long[]>> byState = new ArrayList<>();

    Transitions(int capacity) {
      int n = Integer.highestOneBit(Math.max(16, capacity) * 2);
      keys = new long[n];
      values = new int[n];
      Arrays.fill(keys, -1L);
    }

    int get(int state, char c) {
      long key = ((long) state << 16) | c;
      int mask = keys.length - 1;
      for (int i = mix(key) & mask; ; i = (i + 1) & mask) {
        if (keys[i] == key) return values[i];
        if (keys[i] == -1L) return -1;
      }
    }

    void put(int state, char c, int child) {
      if ((size + 1) * 2 > keys.length) grow();
      insert(((long) state << 16) | c, child);
      while (byState.size() <= state) byState.add(new ArrayList<>());
      byState.get(state).add(new long[] {c, child});
    }

    interface Child {
      void accept(char c, int child);
    }

    void children(int state, Child visit) {
      if (state >= byState.size()) return;
      for (long[] e : byState.get(state)) visit.accept((char) e[0], (int) e[1]);
    }

    private void insert(long key, int value) {
      int mask = keys.length - 1;
      int i = mix(key) & mask;
      while (keys[i] != -1L) i = (i + 1) & mask;
      keys[i] = key;
      values[i] = value;
      size++;
    }

    private void grow() {
      long[] oldKeys = keys;
      int[] oldValues = values;
      keys = new long[oldKeys.length * 2];
      values = new int[oldKeys.length * 2];
      Arrays.fill(keys, -1L);
      size = 0;
      for (int i = 0; i < oldKeys.length; i++) if (oldKeys[i] != -1L) insert(oldKeys[i], oldValues[i]);
    }

    private static int mix(long key) {
      long h = key * 0x9E3779B97F4A7C15L;
      return (int) (h ^ (h >>> 29));
    }
  }
}
