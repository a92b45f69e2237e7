package io.planscope.search;

import io.planscope.index.Fields;
import java.io.IOException;
import java.util.Arrays;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.NumericDocValues;

/**
 * The runs of consecutive documents of one segment that share a plan key. A plan's measures are indexed as one block,
 * so a run is usually a whole plan, and the plan of a hit is found in these small heap arrays instead of a doc value
 * read per hit (at 100k plans, that read was a sixth of a search: hits are scattered over a memory-mapped column).
 * Segments never change, so the runs are computed once per segment and kept until it is closed.
 */
final class PlanRuns {
  /** The key of documents that have none (not a measure). */
  static final long NO_KEY = Long.MIN_VALUE;

  private static final Map<Object, PlanRuns> CACHE = new ConcurrentHashMap<>();

  /** {@code starts[i]} is the first document of run i; one more entry, maxDoc, closes the last run. */
  private final int[] starts;

  private final long[] keys;

  private PlanRuns(int[] starts, long[] keys) {
    this.starts = starts;
    this.keys = keys;
  }

  /** The runs of a segment, from the cache when another search has computed them. */
  static PlanRuns of(LeafReader reader) throws IOException {
    IndexReader.CacheHelper helper = reader.getCoreCacheHelper();
    if (helper == null) return compute(reader);
    PlanRuns runs = CACHE.get(helper.getKey());
    if (runs != null) return runs;
    runs = compute(reader);
    if (CACHE.putIfAbsent(helper.getKey(), runs) == null) helper.addClosedListener(CACHE::remove);
    return runs;
  }

  private static PlanRuns compute(LeafReader reader) throws IOException {
    int maxDoc = reader.maxDoc();
    NumericDocValues values = reader.getNumericDocValues(Fields.PLAN_KEY);
    int[] starts = new int[16];
    long[] keys = new long[16];
    int n = 0;
    long last = 0;
    for (int doc = 0; doc < maxDoc; doc++) {
      long key = values != null && values.advanceExact(doc) ? values.longValue() : NO_KEY;
      if (n > 0 && key == last) continue;
      if (n == keys.length) {
        starts = Arrays.copyOf(starts, n * 2);
        keys = Arrays.copyOf(keys, n * 2);
      }
      starts[n] = doc;
      keys[n++] = key;
      last = key;
    }
    int[] closed = Arrays.copyOf(starts, n + 1);
    closed[n] = maxDoc;
    return new PlanRuns(closed, Arrays.copyOf(keys, n));
  }

  /** The run holding a document, searching forward from run {@code from} (hits come in document order). */
  int runOf(int doc, int from) {
    int f = Math.max(0, from);
    if (f < starts.length - 1 && doc >= starts[f] && doc < starts[f + 1]) return f; // the next run: common for hits
    int i = Arrays.binarySearch(starts, f, starts.length - 1, doc);
    return i >= 0 ? i : -i - 2;
  }

  /** The number of runs. */
  int count() {
    return keys.length;
  }

  /** The first document of run i. */
  int start(int run) {
    return starts[run];
  }

  /** The first document after run i. */
  int end(int run) {
    return starts[run + 1];
  }

  long key(int run) {
    return keys[run];
  }
}
