package io.planscope.compare;

import io.planscope.text.Fold;
import java.util.Arrays;

/**
 * The characters a similarity score counts: the text after {@link Fold#normalize} (traditional → simplified, full
 * width → ASCII), lower-cased, with whitespace and punctuation removed, and for each kept character its offset in
 * the original. Fold keeps the length, so "臺灣，教育" keeps 台湾教育 with offsets 0,1,3,4.
 *
 * <p>Also holds the sorted character bigrams, for the cheap upper bound in {@link Similarity#upperBound}.
 */
final class NormalizedText {
  private final String original;
  private final int[] chars;
  private final int[] offsets;
  private int[] bigrams;

  private NormalizedText(String original, int[] chars, int[] offsets) {
    this.original = original;
    this.chars = chars;
    this.offsets = offsets;
  }

  /** Normalizes one text. */
  static NormalizedText of(String original) {
    String folded = Fold.normalize(original);
    int[] chars = new int[folded.length()];
    int[] offsets = new int[folded.length()];
    int n = 0;
    for (int i = 0; i < folded.length(); i++) {
      char c = folded.charAt(i);
      if (!Character.isLetterOrDigit(c)) continue; // drops spaces, ，。；、“” and ASCII punctuation
      chars[n] = Character.toLowerCase(c);
      offsets[n++] = i;
    }
    return new NormalizedText(original, Arrays.copyOf(chars, n), Arrays.copyOf(offsets, n));
  }

  String original() {
    return original;
  }

  /** The kept characters. */
  int[] chars() {
    return chars;
  }

  int length() {
    return chars.length;
  }

  /** The original offset where kept character i starts. */
  int start(int i) {
    return offsets[i];
  }

  /** The original offset just after kept character i. */
  int end(int i) {
    return offsets[i] + 1;
  }

  /** Whether both have the same kept characters: the texts differ at most in script, width, spaces, punctuation. */
  boolean sameAs(NormalizedText other) {
    return Arrays.equals(chars, other.chars);
  }

  /** The bigrams of kept characters (c1 << 16 | c2), sorted, duplicates kept. */
  int[] bigrams() {
    if (bigrams == null) {
      int[] b = new int[Math.max(0, chars.length - 1)];
      for (int i = 0; i < b.length; i++) b[i] = (chars[i] << 16) | (chars[i + 1] & 0xFFFF);
      Arrays.sort(b);
      bigrams = b;
    }
    return bigrams;
  }
}
