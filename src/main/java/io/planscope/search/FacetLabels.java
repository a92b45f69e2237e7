package io.planscope.search;

import java.io.IOException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicReferenceArray;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.FilterSortedSetDocValues;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.MultiDocValues.MultiSortedSetDocValues;
import org.apache.lucene.index.OrdinalMap;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.util.BytesRef;

/**
 * Facet labels remembered per point-in-time reader. Reading the facet counts out (top children of seven dimensions,
 * the region tree two levels deep) looks up hundreds of paths and labels in the doc values' terms dictionary, and
 * every lookup decompresses a terms block: measured at 10,000 plans, that was half the time of a search, whatever
 * the number of hits. Here each ordinal's label is decompressed once per reader and kept; counting is untouched
 * (the same ordinal map, the same per-segment doc values), so the counts are exactly Lucene's.
 */
final class FacetLabels {
  private static final int MAX_REMEMBERED_PATHS = 100_000;
  /**
   * The wrapper of the current reader's state. Only the latest is kept (a map keyed by state would hold every old
   * reader open, since each wrapper refers to its state); a reopen replaces it, and its labels are read again lazily.
   */
  private static volatile Cached latest;

  private FacetLabels() {}

  /** The state with remembered labels; one per underlying state (which is itself one per reader). */
  static SortedSetDocValuesReaderState of(SortedSetDocValuesReaderState state) {
    if (state == null) return null;
    Cached c = latest;
    if (c != null && c.delegate == state) return c;
    c = new Cached(state);
    latest = c;
    return c;
  }

  /**
   * The last component of an ordinal's path ("杭州市" for region/浙江省/杭州市), remembered per reader when the state
   * came from {@link #of}.
   */
  static String leaf(SortedSetDocValuesReaderState state, int ord) throws IOException {
    if (state instanceof Cached c) return c.leaf(ord);
    return leafOf(state.getDocValues().lookupOrd(ord));
  }

  /** The ordinal of a path ("region"), or a negative number when no document has it. */
  static long ordOf(SortedSetDocValuesReaderState state, String path) throws IOException {
    if (state instanceof Cached c) return c.ordOf(path);
    return state.getDocValues().lookupTerm(new BytesRef(path));
  }

  /**
   * The map from each segment's ordinals to the global ones; null for a single segment. Every state's doc values
   * share it, but getting them builds doc values for every segment: a cached state keeps the map.
   */
  static OrdinalMap ordinalMap(SortedSetDocValuesReaderState state) throws IOException {
    if (state instanceof Cached c) return c.ordinalMap();
    return mapOf(state.getDocValues());
  }

  private static OrdinalMap mapOf(SortedSetDocValues dv) {
    return dv instanceof MultiSortedSetDocValues m ? m.mapping : null;
  }

  private static String leafOf(BytesRef pathBytes) {
    String[] path = FacetsConfig.stringToPath(pathBytes.utf8ToString());
    return path[path.length - 1];
  }

  /** Delegates everything to the real state; its doc values remember labels by ordinal. */
  private static final class Cached extends SortedSetDocValuesReaderState {
    private final SortedSetDocValuesReaderState delegate;
    private final AtomicReferenceArray<BytesRef> labels;
    private final AtomicReferenceArray<String> leaves;
    /** Paths looked up (the region tree asks for each province and city on every search). */
    private final Map<BytesRef, Long> ords = new ConcurrentHashMap<>();

    Cached(SortedSetDocValuesReaderState in) {
      this.delegate = in;
      this.labels = new AtomicReferenceArray<>(in.getSize());
      this.leaves = new AtomicReferenceArray<>(in.getSize());
    }

    /** Doc values for label reads on a miss (created once; lookups are not thread-safe, so under this lock). */
    private SortedSetDocValues lookups;

    private volatile OrdinalMap map;
    private volatile boolean mapKnown;

    String leaf(int ord) throws IOException {
      if (ord < 0 || ord >= leaves.length()) return readLeaf(ord);
      String s = leaves.get(ord);
      if (s == null) {
        s = readLeaf(ord);
        leaves.set(ord, s);
      }
      return s;
    }

    private synchronized String readLeaf(int ord) throws IOException {
      return leafOf(lookups().lookupOrd(ord));
    }

    synchronized long ordOf(String path) throws IOException {
      return lookups().lookupTerm(new BytesRef(path));
    }

    private SortedSetDocValues lookups() throws IOException {
      if (lookups == null) lookups = getDocValues();
      return lookups;
    }

    OrdinalMap ordinalMap() throws IOException {
      if (!mapKnown) {
        map = mapOf(delegate.getDocValues());
        mapKnown = true;
      }
      return map;
    }

    @Override
    public SortedSetDocValues getDocValues() throws IOException {
      SortedSetDocValues dv = delegate.getDocValues();
      if (dv instanceof MultiSortedSetDocValues m) {
        // Counting reads the ordinal map from this class: keep the class, change only the label lookups.
        return new MultiSortedSetDocValues(m.values, m.docStarts, m.mapping, m.cost()) {
          @Override
          public BytesRef lookupOrd(long ord) throws IOException {
            return label(ord, () -> super.lookupOrd(ord));
          }

          @Override
          public long lookupTerm(BytesRef key) throws IOException {
            return search(this, key);
          }
        };
      }
      return new FilterSortedSetDocValues(dv) {
        @Override
        public BytesRef lookupOrd(long ord) throws IOException {
          return label(ord, () -> in.lookupOrd(ord));
        }

        @Override
        public long lookupTerm(BytesRef key) throws IOException {
          return search(this, key);
        }
      };
    }

    private interface Lookup {
      BytesRef get() throws IOException;
    }

    /** The label of an ordinal, read once (callers only read the returned bytes). */
    private BytesRef label(long ord, Lookup lookup) throws IOException {
      if (ord < 0 || ord >= labels.length()) return lookup.get();
      int i = (int) ord;
      BytesRef b = labels.get(i);
      if (b == null) {
        b = BytesRef.deepCopyOf(lookup.get());
        labels.set(i, b);
      }
      return b;
    }

    /** {@link SortedSetDocValues#lookupTerm}'s contract: the ordinal, or -(insertion point) - 1. */
    private long search(SortedSetDocValues dv, BytesRef key) throws IOException {
      Long known = ords.get(key);
      if (known != null) return known;
      long ord = binarySearch(dv, key);
      if (ords.size() < MAX_REMEMBERED_PATHS) ords.put(BytesRef.deepCopyOf(key), ord);
      return ord;
    }

    private static long binarySearch(SortedSetDocValues dv, BytesRef key) throws IOException {
      long low = 0;
      long high = dv.getValueCount() - 1;
      while (low <= high) {
        long mid = (low + high) >>> 1;
        int cmp = dv.lookupOrd(mid).compareTo(key);
        if (cmp < 0) low = mid + 1;
        else if (cmp > 0) high = mid - 1;
        else return mid;
      }
      return -(low + 1);
    }

    @Override
    public String getField() {
      return delegate.getField();
    }

    @Override
    public IndexReader getReader() {
      return delegate.getReader();
    }

    @Override
    public int getSize() {
      return delegate.getSize();
    }

    @Override
    public FacetsConfig getFacetsConfig() {
      return delegate.getFacetsConfig();
    }

    @Override
    public OrdRange getOrdRange(String dim) {
      return delegate.getOrdRange(dim);
    }

    @Override
    public Map<String, OrdRange> getPrefixToOrdRange() {
      return delegate.getPrefixToOrdRange();
    }

    @Override
    public DimTree getDimTree(String dim) {
      return delegate.getDimTree(dim);
    }

    @Override
    public Iterable<String> getDims() {
      return delegate.getDims();
    }

    @Override
    public long ramBytesUsed() {
      return delegate.ramBytesUsed();
    }
  }
}
