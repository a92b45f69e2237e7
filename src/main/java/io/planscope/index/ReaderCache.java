package io.planscope.index;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.FieldInfo;
import org.apache.lucene.index.FieldInfos;
import org.apache.lucene.index.IndexReader;

/**
 * What is computed once per point-in-time reader: the statistics and the facet ordinal state (building the latter
 * costs a pass over the facet terms, so it is done lazily and reused until the next reopen).
 */
public final class ReaderCache {
  private final IndexReader reader;
  private final PlanIndex.Stats stats;
  private final FacetsConfig config;
  private SortedSetDocValuesReaderState facetState;
  private boolean facetStateBuilt;
  private final Map<Object, Object> memo = new LinkedHashMap<>(16, 0.75f, true) {
    @Override
    protected boolean removeEldestEntry(Map.Entry<Object, Object> eldest) {
      return size() > MEMO_ENTRIES;
    }
  };
  private static final int MEMO_ENTRIES = 64;

  ReaderCache(IndexReader reader, PlanIndex.Stats stats, FacetsConfig config) {
    this.reader = reader;
    this.stats = stats;
    this.config = config;
  }

  IndexReader reader() {
    return reader;
  }

  public PlanIndex.Stats stats() {
    return stats;
  }

  /** The facet state, or null while no document has facets (an empty index). */
  public synchronized SortedSetDocValuesReaderState facetState() throws IOException {
    if (!facetStateBuilt) {
      FieldInfo info = FieldInfos.getMergedFieldInfos(reader).fieldInfo(FacetsConfig.DEFAULT_INDEX_FIELD_NAME);
      facetState = info == null ? null : new DefaultSortedSetDocValuesReaderState(reader, config);
      facetStateBuilt = true;
    }
    return facetState;
  }

  /** Something computed from this reader alone. */
  @FunctionalInterface
  public interface ReaderWork<T> {
    T compute() throws IOException;
  }

  /**
   * A result that depends only on this reader and {@code key} (which must have value equality), computed once and
   * kept for this reader's lifetime (the newest 64). Answers that do not depend on the query, such as the plans per
   * year under a filter that every trend divides by, are then computed once per reopen instead of per query.
   */
  @SuppressWarnings("unchecked")
  public <T> T memo(Object key, ReaderWork<T> work) throws IOException {
    synchronized (memo) {
      Object v = memo.get(key);
      if (v != null) return (T) v;
    }
    T v = work.compute(); // outside the lock: two first askers may both compute; the results are equal
    synchronized (memo) {
      memo.put(key, v);
    }
    return v;
  }
}
