package io.planscope.search;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.lucene.search.IndexSearcher;

/**
 * Searches a large index on every core: the segments are cut into slices (whole segments, never parts of one, so a
 * plan's measures stay in one slice) searched in parallel, the caller's thread taking one. Results are the same as
 * a sequential search: top hits are merged by score then doc id, counts are sums, and each plan is grouped within
 * its slice. Small indexes are searched on the caller's thread alone, where splitting costs more than it saves.
 */
public final class SearchThreads {
  /** From this many documents (about 30,000 plans) a search is split over the cores (tests lower it). */
  static volatile int minDocs = 500_000;

  private static final int THREADS = Runtime.getRuntime().availableProcessors();
  private static final AtomicInteger COUNT = new AtomicInteger();
  private static final ExecutorService POOL = Executors.newFixedThreadPool(Math.max(1, THREADS - 1), r -> {
    Thread t = new Thread(r, "planscope-search-" + COUNT.incrementAndGet());
    t.setDaemon(true);
    return t;
  });

  private SearchThreads() {}

  /** The pool searches run on (besides the calling thread); its tasks never wait for one another. */
  static java.util.concurrent.Executor pool() {
    return POOL;
  }

  /** A searcher over the same point-in-time reader that uses every core when the index is large. */
  public static IndexSearcher of(IndexSearcher searcher) {
    return of(searcher, minDocs);
  }

  static IndexSearcher of(IndexSearcher searcher, int minDocs) {
    if (THREADS < 2 || searcher.getIndexReader().maxDoc() < minDocs
        || searcher.getIndexReader().leaves().size() < 2) {
      return searcher;
    }
    IndexSearcher parallel = new IndexSearcher(searcher.getIndexReader(), POOL);
    parallel.setSimilarity(searcher.getSimilarity());
    parallel.setQueryCache(searcher.getQueryCache());
    parallel.setQueryCachingPolicy(searcher.getQueryCachingPolicy());
    return parallel;
  }
}
