package io.planscope.index;

import java.io.Reader;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.cn.smart.SmartChineseAnalyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import java.util.Map;

/** The analysis chains, shared by indexing, querying, highlighting and compare. All are thread-safe. */
public final class Analyzers {
  private static final Analyzer RANKED = new Ranked(CachedSmartTokenizer::new);
  private static final Analyzer EXACT_INDEX = new Exact(true);
  private static final Analyzer EXACT_QUERY = new Exact(false);
  private static final Analyzer MIN_HASH = new MinHash();

  private Analyzers() {}

  /**
   * Ranked text: T→S and width folding as a char filter <em>before</em> SmartChinese segmentation (smartcn cuts
   * traditional text into single chars; folding after segmentation does not repair that), then lower case and
   * smartcn's stop set (which removes punctuation tokens). Same at index and query time. Segmentation is smartcn's,
   * memoized per sentence ({@link CachedSmartTokenizer}).
   */
  public static Analyzer ranked() {
    return RANKED;
  }

  /** The {@code exact} field at index time: unigrams + bigrams of {@link ExactText}. */
  public static Analyzer exactIndex() {
    return EXACT_INDEX;
  }

  /** The {@code exact} field at query time: bigrams only (a single char gives its unigram). */
  public static Analyzer exactQuery() {
    return EXACT_QUERY;
  }

  /**
   * Near-duplicate signature: 128 binary MinHash terms over 3-token shingles of the folded text (one token per Han
   * char), one-permutation hashing with rotation; see {@link MinHashTokenizer}. A paragraph and its traditional
   * rendering have the same signature.
   */
  public static Analyzer minHash() {
    return MIN_HASH;
  }

  /**
   * Loads smartcn's dictionaries (about a second) on a background thread, so that the first query or import does not
   * wait for them: the workspace starts this while it opens the store and the index.
   */
  public static void warmUpInBackground() {
    Thread t = new Thread(() -> {
      try (org.apache.lucene.analysis.TokenStream ts = RANKED.tokenStream(Fields.TEXT, "加强教師队伍建设")) {
        ts.reset();
        while (ts.incrementToken()) {
          // consume: segmenting one sentence loads both dictionaries
        }
        ts.end();
      } catch (java.io.IOException | RuntimeException e) {
        // Not fatal: the first real use loads them (and reports a real problem there).
      }
    }, "planscope-warm-analyzers");
    t.setDaemon(true);
    t.start();
  }

  /** Forgets memoized segmentations, so a benchmark stage starts cold. */
  public static void clearCaches() {
    CachedSmartTokenizer.clear();
  }

  /** Sentences segmented so far from the cache and afresh: {hits, misses}. */
  public static long[] segmentationCacheStats() {
    CachedSmartTokenizer.Stats s = CachedSmartTokenizer.stats();
    return new long[] {s.hits(), s.misses()};
  }

  /** The analyzer the index writer uses: per field, ranked by default. */
  static Analyzer indexing() {
    return new PerFieldAnalyzerWrapper(
        RANKED, Map.of(Fields.EXACT, EXACT_INDEX, Fields.EXACT_HEADING, EXACT_INDEX, Fields.EXACT_TITLE, EXACT_INDEX,
            Fields.MINHASH, MIN_HASH));
  }

  /** The ranked chain around another smartcn tokenizer (the test compares the memoized one with Lucene's). */
  static Analyzer rankedWith(java.util.function.Supplier<Tokenizer> tokenizer) {
    return new Ranked(tokenizer);
  }

  private static final class Ranked extends Analyzer {
    private final java.util.function.Supplier<Tokenizer> tokenizers;

    Ranked(java.util.function.Supplier<Tokenizer> tokenizers) {
      this.tokenizers = tokenizers;
    }

    @Override
    protected Reader initReader(String fieldName, Reader reader) {
      return new FoldCharFilter(reader);
    }

    @Override
    protected TokenStreamComponents createComponents(String fieldName) {
      Tokenizer tokenizer = tokenizers.get();
      TokenStream ts = new LowerCaseFilter(tokenizer);
      ts = new StopFilter(ts, SmartChineseAnalyzer.getDefaultStopSet());
      return new TokenStreamComponents(tokenizer, ts);
    }
  }

  private static final class Exact extends Analyzer {
    private final boolean indexing;

    Exact(boolean indexing) {
      this.indexing = indexing;
    }

    @Override
    protected TokenStreamComponents createComponents(String fieldName) {
      return new TokenStreamComponents(new ExactTokenizer(indexing));
    }
  }

  private static final class MinHash extends Analyzer {
    @Override
    protected TokenStreamComponents createComponents(String fieldName) {
      return new TokenStreamComponents(new MinHashTokenizer());
    }
  }

}
