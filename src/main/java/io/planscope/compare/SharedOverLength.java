package io.planscope.compare;

import org.apache.lucene.index.FieldInvertState;
import org.apache.lucene.search.CollectionStatistics;
import org.apache.lucene.search.TermStatistics;
import org.apache.lucene.search.similarities.BM25Similarity;
import org.apache.lucene.search.similarities.Similarity;
import org.apache.lucene.util.SmallFloat;

/**
 * Scores the MinHash candidate query: each matching signature term adds {@code 1/sqrt(n)}, n being the candidate's
 * number of signature terms (filled buckets), so a candidate scores {@code shared/sqrt(n)}: the cosine of the two
 * bucket sets up to the query's constant. Counting shared terms alone favoured long measures, which share a few
 * buckets with anything, over short near-copies. Norms are read as the index writes them (BM25's length encoding).
 */
final class SharedOverLength extends Similarity {
  static final SharedOverLength INSTANCE = new SharedOverLength();
  private static final BM25Similarity WRITER = new BM25Similarity();
  private static final float[] INVERSE_ROOT = new float[256];

  static {
    for (int i = 0; i < 256; i++) {
      int length = Math.max(1, SmallFloat.byte4ToInt((byte) i));
      INVERSE_ROOT[i] = (float) (1 / Math.sqrt(length));
    }
  }

  private SharedOverLength() {}

  @Override
  public long computeNorm(FieldInvertState state) {
    return WRITER.computeNorm(state);
  }

  @Override
  public SimScorer scorer(float boost, CollectionStatistics collectionStats, TermStatistics... termStats) {
    return new SimScorer() {
      @Override
      public float score(float freq, long norm) {
        return boost * INVERSE_ROOT[((byte) norm) & 0xFF];
      }
    };
  }
}
