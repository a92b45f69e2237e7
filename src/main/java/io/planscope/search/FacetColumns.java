package io.planscope.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.util.LongValues;

/**
 * One segment's facet ordinals in heap arrays, for counting many hits. Most of a measure's facet values are its
 * plan's (region, year, level, kind, issuer, published…), the same on every measure of a plan run
 * ({@link PlanRuns}); those are kept once per run, and counted once per run with the number of hits in it. Each
 * document keeps only the ordinals it does not share with its whole run (section type, topics, lead units). Reading
 * the memory-mapped doc values for every hit had been a third of a two-word search over real-length plans.
 *
 * <p>Exact by construction: a run's shared ordinals are the intersection of every document's ordinals in the run,
 * and each document keeps the rest of its own. Built per segment on a background thread the first time a search
 * counts it, within a heap budget; until then, or without room, the search counts from the doc values, with the same
 * result.
 */
final class FacetColumns {
  private static final Map<Object, CompletableFuture<FacetColumns>> CACHE = new ConcurrentHashMap<>();
  private static final ExecutorService BUILDER = Executors.newSingleThreadExecutor(r -> {
    Thread t = new Thread(r, "planscope-facet-columns");
    t.setDaemon(true);
    t.setPriority(Thread.MIN_PRIORITY);
    return t;
  });

  /**
   * Heap the columns may take in all: an eighth of the maximum heap (128 MB of a 1 GB heap, about 5 million
   * measures). Segments beyond it are counted from the doc values, exactly as well, only slower.
   */
  private static final long BUDGET = Runtime.getRuntime().maxMemory() / 8;

  /** What a segment's columns are reckoned to take per document (measured: 21 bytes on real-length plans). */
  private static final long BYTES_PER_DOC = 24;

  private static final java.util.concurrent.atomic.AtomicLong USED = new java.util.concurrent.atomic.AtomicLong();

  /** Off: every count reads the doc values (tests compare the two ways). */
  static volatile boolean enabled = true;

  private final PlanRuns runs;
  /** Run i's shared ordinals are {@code runOrds[runStart[i] .. runStart[i + 1])}. */
  private final int[] runStart;
  private final int[] runOrds;
  /** Document d's own ordinals are {@code docOrds[docStart[d] .. docStart[d + 1])}. */
  private final int[] docStart;
  private final int[] docOrds;

  private FacetColumns(PlanRuns runs, int[] runStart, int[] runOrds, int[] docStart, int[] docOrds) {
    this.runs = runs;
    this.runStart = runStart;
    this.runOrds = runOrds;
    this.docStart = docStart;
    this.docOrds = docOrds;
  }

  /**
   * The segment's columns when they are built; otherwise starts building them and returns null (also when the
   * heap budget has no room for them).
   */
  static FacetColumns ifReady(LeafReader reader, String field) {
    if (!enabled) return null;
    CompletableFuture<FacetColumns> f = future(reader, field, true);
    return f != null && f.isDone() && !f.isCompletedExceptionally() ? f.join() : null;
  }

  /** The segment's columns, built now on this thread if no search has built them yet; null without room. */
  static FacetColumns of(LeafReader reader, String field) {
    return future(reader, field, false).join();
  }

  private static CompletableFuture<FacetColumns> future(LeafReader reader, String field, boolean background) {
    IndexReader.CacheHelper helper = reader.getCoreCacheHelper();
    if (helper == null) return background ? null : CompletableFuture.completedFuture(build(reader, field));
    Object key = helper.getKey();
    CompletableFuture<FacetColumns> mine = new CompletableFuture<>();
    CompletableFuture<FacetColumns> f = CACHE.putIfAbsent(key, mine);
    if (f != null) return f;
    long reserved = BYTES_PER_DOC * (reader.maxDoc() + 1L);
    if (USED.addAndGet(reserved) > BUDGET) { // no room: this segment is counted from the doc values
      USED.addAndGet(-reserved);
      mine.complete(null);
      return mine;
    }
    helper.addClosedListener(k -> {
      CACHE.remove(k);
      USED.addAndGet(-reserved);
    });
    Runnable work = () -> {
      try {
        mine.complete(build(reader, field));
      } catch (RuntimeException e) {
        mine.completeExceptionally(e); // counted from the doc values from then on
      }
    };
    if (background) BUILDER.execute(work);
    else work.run();
    return mine;
  }

  /** Waits for the columns being built (a benchmark measures the steady state, not the first minutes). */
  static void awaitBuilt() {
    for (CompletableFuture<FacetColumns> f : CACHE.values()) {
      try {
        f.join();
      } catch (RuntimeException e) {
        // counted from the doc values
      }
    }
  }

  private static FacetColumns build(LeafReader reader, String field) {
    try {
      PlanRuns runs = PlanRuns.of(reader);
      SortedSetDocValues values = DocValues.getSortedSet(reader, field);
      Builder b = new Builder(reader.maxDoc(), runs.count());
      for (int run = 0; run < runs.count(); run++) b.run(values, runs.start(run), runs.end(run));
      return b.done(runs);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the facet ordinals of a segment", e);
    }
  }

  /**
   * Counts the hits: each hit's own ordinals, and each run's shared ordinals by the number of hits in the run. With
   * {@code toGlobal} null, {@code counts} is indexed by the segment's ordinals, else by the global ones it maps to.
   */
  void count(DocIdSetIterator hits, int[] counts, LongValues toGlobal) throws IOException {
    int run = -1;
    int runEnd = 0;
    int inRun = 0;
    for (int doc = hits.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = hits.nextDoc()) {
      if (doc >= runEnd) {
        addShared(run, inRun, counts, toGlobal);
        run = runs.runOf(doc, run + 1);
        runEnd = runs.end(run);
        inRun = 0;
      }
      inRun++;
      int end = docStart[doc + 1];
      if (toGlobal == null) {
        for (int i = docStart[doc]; i < end; i++) counts[docOrds[i]]++;
      } else {
        for (int i = docStart[doc]; i < end; i++) counts[(int) toGlobal.get(docOrds[i])]++;
      }
    }
    addShared(run, inRun, counts, toGlobal);
  }

  private void addShared(int run, int hits, int[] counts, LongValues toGlobal) {
    if (run < 0 || hits == 0) return;
    for (int i = runStart[run], end = runStart[run + 1]; i < end; i++) {
      counts[toGlobal == null ? runOrds[i] : (int) toGlobal.get(runOrds[i])] += hits;
    }
  }

  /** How many ordinals the documents keep as their own, in all (the rest are their runs'). */
  int ownOrdinals() {
    return docOrds.length;
  }

  /** Fills the arrays run by run. */
  private static final class Builder {
    private final int[] docStart;
    private final int[] runStart;
    private int[] docOrds = new int[1 << 16];
    private int docOrdCount;
    private int[] runOrds = new int[1 << 12];
    private int runOrdCount;
    private int runs;
    /** One run's documents' ordinals, as read: {@code buf[bufStart[k] .. bufStart[k + 1])} for its k-th doc. */
    private int[] buf = new int[1 << 10];
    private int[] bufStart = new int[1 << 7];
    private int[] shared = new int[1 << 6];

    Builder(int maxDoc, int runCount) {
      docStart = new int[maxDoc + 1];
      runStart = new int[runCount + 1];
    }

    void run(SortedSetDocValues values, int from, int to) throws IOException {
      int n = to - from;
      if (bufStart.length < n + 1) bufStart = new int[Integer.highestOneBit(n) << 1];
      int len = 0;
      for (int k = 0; k < n; k++) {
        bufStart[k] = len;
        if (!values.advanceExact(from + k)) continue;
        for (int c = values.docValueCount(); c > 0; c--) {
          if (len == buf.length) buf = Arrays.copyOf(buf, len * 2);
          buf[len++] = (int) values.nextOrd(); // ascending within a document
        }
      }
      bufStart[n] = len;
      int sharedCount = intersection(n);
      runStart[runs] = runOrdCount;
      for (int i = 0; i < sharedCount; i++) appendRunOrd(shared[i]);
      runs++;
      for (int k = 0; k < n; k++) {
        docStart[from + k] = docOrdCount;
        int s = 0;
        for (int i = bufStart[k]; i < bufStart[k + 1]; i++) {
          while (s < sharedCount && shared[s] < buf[i]) s++;
          if (s < sharedCount && shared[s] == buf[i]) continue;
          appendDocOrd(buf[i]);
        }
      }
    }

    /** The ordinals every document of the run has (all sorted ascending), into {@code shared}; returns how many. */
    private int intersection(int n) {
      int count = bufStart[1] - bufStart[0];
      if (shared.length < count) shared = new int[count];
      System.arraycopy(buf, bufStart[0], shared, 0, count);
      for (int k = 1; k < n && count > 0; k++) {
        int kept = 0;
        int i = bufStart[k];
        for (int s = 0; s < count; s++) {
          while (i < bufStart[k + 1] && buf[i] < shared[s]) i++;
          if (i < bufStart[k + 1] && buf[i] == shared[s]) shared[kept++] = shared[s];
        }
        count = kept;
      }
      return count;
    }

    private void appendDocOrd(int ord) {
      if (docOrdCount == docOrds.length) docOrds = Arrays.copyOf(docOrds, docOrdCount * 2);
      docOrds[docOrdCount++] = ord;
    }

    private void appendRunOrd(int ord) {
      if (runOrdCount == runOrds.length) runOrds = Arrays.copyOf(runOrds, runOrdCount * 2);
      runOrds[runOrdCount++] = ord;
    }

    FacetColumns done(PlanRuns planRuns) {
      runStart[runs] = runOrdCount;
      docStart[docStart.length - 1] = docOrdCount;
      return new FacetColumns(planRuns, runStart, Arrays.copyOf(runOrds, runOrdCount), docStart,
          Arrays.copyOf(docOrds, docOrdCount));
    }
  }
}
