package io.planscope.index;

import java.io.IOException;
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
}
