package io.planscope.index;

import io.planscope.text.Fold;
import java.io.IOException;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.tokenattributes.BytesTermAttribute;
import org.apache.lucene.util.BytesRef;

/**
 * The near-duplicate signature of a text as up to {@value #BUCKETS} binary terms: one-permutation MinHash (the scheme
 * of Lucene's MinHashFilter with one hash and 128 buckets) over 3-token shingles, computed in one pass over the chars
 * instead of through StandardTokenizer, ShingleFilter and MinHashFilter (measured: a third of smartcn's own time per
 * measure, the costliest chain once segmentation was memoized).
 *
 * <p>Tokens: each Han char alone, each run of letters or digits as one (lower-cased), after {@link Fold#normalize}
 * (so a traditional rendering has the same signature); everything else separates. Each shingle of three consecutive
 * tokens hashes to 64 bits; the top 7 bits pick a bucket, which keeps its smallest value. Only filled buckets become
 * terms: a bucket filled in two texts holds the same value with probability equal to their shingle Jaccard, so the
 * number of shared terms ranks candidates (compare re-scores them exactly). Lucene's filter also fills empty buckets
 * from their neighbours (rotation); for a typical 60-char measure that is 80 of its 128 terms, all redundant, and
 * inverting terms is most of the indexing cost. A text of fewer than three tokens uses its tokens as shingles.
 * Term = bucket (1 byte) + value (7 bytes).
 */
final class MinHashTokenizer extends Tokenizer {
  static final int BUCKETS = 128;
  private static final int TERM_BYTES = 8;
  private static final long EMPTY = Long.MAX_VALUE;

  private final BytesTermAttribute term = addAttribute(BytesTermAttribute.class);
  private final long[] mins = new long[BUCKETS];
  private final byte[] bytes = new byte[TERM_BYTES];
  private final BytesRef ref = new BytesRef(bytes);
  private boolean any;
  private int next;

  @Override
  public void reset() throws IOException {
    super.reset();
    any = signature(ExactTokenizer.readAll(input), mins);
    next = 0;
  }

  @Override
  public boolean incrementToken() {
    if (!any) return false;
    while (next < BUCKETS && mins[next] == EMPTY) next++;
    if (next >= BUCKETS) return false;
    clearAttributes();
    long v = mins[next];
    bytes[0] = (byte) next;
    for (int i = 1; i < TERM_BYTES; i++) bytes[i] = (byte) (v >>> (8 * (TERM_BYTES - 1 - i)));
    term.setBytesRef(ref);
    next++;
    return true;
  }

  /** Fills mins with the signature of text; false when the text has no token at all. */
  static boolean signature(String original, long[] mins) {
    String text = Fold.normalize(original);
    java.util.Arrays.fill(mins, EMPTY);
    long h1 = 0;
    long h2 = 0;
    int tokens = 0;
    int i = 0;
    int n = text.length();
    long[] firstTwo = new long[2];
    while (i < n) {
      char c = text.charAt(i);
      long h;
      if (isHan(c)) {
        h = mix(c);
        i++;
      } else if (Character.isLetterOrDigit(c)) {
        h = 0x9E3779B97F4A7C15L;
        while (i < n) {
          char d = text.charAt(i);
          if (isHan(d) || !Character.isLetterOrDigit(d)) break;
          h = mix(h ^ Character.toLowerCase(d));
          i++;
        }
      } else {
        i++;
        continue;
      }
      if (tokens < 2) firstTwo[tokens] = h;
      tokens++;
      if (tokens >= 3) add(mix(mix(h1 * 31 + h2) ^ h), mins);
      h1 = h2;
      h2 = h;
    }
    if (tokens == 0) return false;
    if (tokens < 3) {
      for (int t = 0; t < tokens; t++) add(mix(firstTwo[t] + 0x632BE59BD9B4E019L), mins);
    }
    return true;
  }

  private static void add(long hash, long[] mins) {
    int bucket = (int) (hash >>> 57);
    long value = hash & ((1L << 56) - 1);
    if (value < mins[bucket]) mins[bucket] = value;
  }

  private static boolean isHan(char c) {
    return c >= 0x3400 && c <= 0x9FFF || c >= 0xF900 && c <= 0xFAFF;
  }

  /** A 64-bit finalizer (splitmix64): cheap and well spread. */
  private static long mix(long z) {
    z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
    z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
    return z ^ (z >>> 31);
  }
}
