package io.planscope.index;

import io.planscope.plan.Plan;
import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.MultiBits;
import org.apache.lucene.index.MultiTerms;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.SearcherFactory;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.Bits;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.FixedBitSet;

/**
 * The Lucene index of measures: one document per measure with its plan's metadata (schema in {@link Fields}). Writes
 * replace a plan's documents atomically; a reopen thread makes them searchable within a second (near-real-time);
 * {@link #commit} makes them durable, and {@link #close} commits.
 */
public final class PlanIndex implements Closeable {
  /** Reopen at most this long after a change: "newly imported plans are searchable within a second". */
  private static final long REFRESH_EVERY_MS = 500;

  /**
   * During a bulk import: every NRT reopen flushes a small segment that merges must later rewrite (measured on the
   * 1k bench: merges, reopens and commits took 39% of the import's CPU at one reopen per 0.5 s).
   */
  private static final long BULK_REFRESH_EVERY_MS = 10_000;

  /** Lucene buffers this much before flushing a segment (the default 16 MB gives many small segments to merge). */
  private static final double RAM_BUFFER_MB = 64;

  /** During a bulk import: fewer, larger segments, so less merging (the import's own process, not serve's heap). */
  private static final double BULK_RAM_BUFFER_MB = 256;

  private final Directory directory;
  /** Replaced by {@link #reopenWriter} after a failure (a full disk) closed it; null when read-only. */
  private volatile IndexWriter writer;
  private volatile SearcherManager searchers;
  private final Refresher refresher;
  private final FacetsConfig facetsConfig = MeasureDocuments.facetsConfig();
  private volatile ReaderCache cache;

  private PlanIndex(Directory directory) throws IOException {
    this.directory = directory;
    this.writer = newWriter(directory, RAM_BUFFER_MB);
    this.searchers = new SearcherManager(writer, new SearcherFactory());
    this.refresher = new Refresher(this::refreshWhileWritable, REFRESH_EVERY_MS);
  }

  private static IndexWriter newWriter(Directory directory, double ramBufferMb) throws IOException {
    IndexWriterConfig config = new IndexWriterConfig(Analyzers.indexing());
    config.setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND);
    config.setRAMBufferSizeMB(ramBufferMb);
    return new IndexWriter(directory, config);
  }

  /** An index over any directory (tests wrap one to fail like a full disk); closing closes the directory. */
  public static PlanIndex over(Directory directory) throws IOException {
    return new PlanIndex(directory);
  }

  /** The reopen thread's work: nothing once the writer failed (searches keep the last good view until it is back). */
  private void refreshWhileWritable() throws IOException {
    if (writer.isOpen()) searchers.maybeRefreshBlocking();
  }

  /**
   * Why the writer closed itself, when it did: Lucene closes it for good after a write failed mid-flush (e.g. "No
   * space left on device" during a reopen), and every later change throws {@code AlreadyClosedException}. Empty while
   * it works, and always when read-only. {@link #reopenWriter} brings it back.
   */
  public Optional<Throwable> writerFailure() {
    IndexWriter w = writer;
    if (w == null || w.isOpen()) return Optional.empty();
    Throwable tragic = w.getTragicException();
    return Optional.of(tragic != null ? tragic : new IllegalStateException("the index writer was closed"));
  }

  /**
   * After {@link #writerFailure}: opens a new writer on the last commit (what was not committed is gone; the caller
   * re-indexes it from the store) and a searcher manager over it. Searches in flight finish on the old view. Throws
   * when it cannot open (the old writer then stays closed and this can be tried again).
   */
  public synchronized void reopenWriter() throws IOException {
    if (writer().isOpen()) return;
    IndexWriter fresh = newWriter(directory, bulkLoadsNow() > 0 ? BULK_RAM_BUFFER_MB : RAM_BUFFER_MB);
    SearcherManager freshSearchers;
    try {
      freshSearchers = new SearcherManager(fresh, new SearcherFactory());
    } catch (IOException | RuntimeException e) {
      fresh.rollback();
      throw e;
    }
    SearcherManager old = searchers;
    writer = fresh;
    searchers = freshSearchers;
    old.close();
  }

  private int bulkLoadsNow() {
    synchronized (bulkLoads) {
      return bulkLoads[0];
    }
  }

  /** Every plan id in what searches see now (read from the plan-id terms, one per plan). */
  public Set<String> planIds() throws IOException {
    return withSearcher(s -> {
      Set<String> ids = new HashSet<>();
      Terms terms =
          MultiTerms.getTerms(s.getIndexReader(), Fields.PLAN_ID);
      if (terms == null) return ids;
      TermsEnum te = terms.iterator();
      PostingsEnum docs = null;
      Bits live = MultiBits.getLiveDocs(s.getIndexReader());
      for (BytesRef t = te.next(); t != null; t = te.next()) {
        docs = te.postings(docs, PostingsEnum.NONE);
        if (hasLiveDoc(docs, live)) ids.add(t.utf8ToString());
      }
      return ids;
    });
  }

  private static boolean hasLiveDoc(PostingsEnum docs, Bits live) throws IOException {
    for (int d = docs.nextDoc(); d != DocIdSetIterator.NO_MORE_DOCS; d = docs.nextDoc()) {
      if (live == null || live.get(d)) return true;
    }
    return false;
  }

  /** Read-only: the last commit, no writer (so no lock: another process may be writing). */
  private PlanIndex(Directory directory, DirectoryReader reader) throws IOException {
    this.directory = directory;
    this.writer = null;
    this.searchers = new SearcherManager(reader, new SearcherFactory());
    this.refresher = null;
  }

  /**
   * Opens the last commit of an index for searching only, without taking the write lock: for CLI searches while a
   * server holds the index. Writes throw {@link IllegalStateException}.
   */
  public static PlanIndex openReadOnly(Path dir) throws IOException {
    Directory d = FSDirectory.open(dir);
    try {
      return new PlanIndex(d, DirectoryReader.open(d));
    } catch (IOException | RuntimeException e) {
      d.close();
      throw e;
    }
  }

  private IndexWriter writer() {
    if (writer == null) throw new IllegalStateException("the index is open read-only");
    return writer;
  }

  /**
   * Switches to bulk loading until the returned handle is closed: searches see new plans within
   * {@value #BULK_REFRESH_EVERY_MS} ms instead of half a second, so the writer flushes few, large segments. Handles
   * nest; the normal interval comes back when the last one closes.
   */
  public AutoCloseable bulk() {
    return bulk(BULK_REFRESH_EVERY_MS);
  }

  /**
   * As {@link #bulk()}, reopening for searches at most every {@code refreshEveryMs}: a process that only imports (the
   * CLI's import) searches nothing meanwhile, and each reopen flushes a segment that merges must rewrite later.
   */
  public AutoCloseable bulk(long refreshEveryMs) {
    writer();
    refresher.slowDown(refreshEveryMs);
    synchronized (bulkLoads) {
      if (bulkLoads[0]++ == 0) writer().getConfig().setRAMBufferSizeMB(BULK_RAM_BUFFER_MB);
    }
    return () -> {
      synchronized (bulkLoads) {
        if (--bulkLoads[0] == 0) writer().getConfig().setRAMBufferSizeMB(RAM_BUFFER_MB);
      }
      refresher.speedUp(REFRESH_EVERY_MS);
    };
  }

  private final int[] bulkLoads = new int[1];

  /** Opens (creating when needed) the index in a directory on disk. */
  public static PlanIndex open(Path dir) throws IOException {
    Files.createDirectories(dir);
    return new PlanIndex(FSDirectory.open(dir));
  }

  /** An index in memory, for tests. */
  public static PlanIndex inMemory() {
    try {
      return new PlanIndex(new ByteBuffersDirectory());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot create an in-memory index", e);
    }
  }

  /**
   * Indexes a plan's measures, replacing whatever the index held for that plan id.
   *
   * @param sourceUris every URL or path the plan was found at (provenance shown with hits)
   * @param documentId the stored original's id, for the {@code /api/documents/{id}/original} link; may be null
   */
  public void add(Plan plan, List<String> sourceUris, String documentId) throws IOException {
    List<org.apache.lucene.document.Document> docs =
        MeasureDocuments.build(facetsConfig, plan, sourceUris, documentId);
    writer().updateDocuments(new Term(Fields.PLAN_ID, plan.id()), docs);
  }

  /** Removes a plan's measures. */
  public void delete(String planId) throws IOException {
    writer().deleteDocuments(new Term(Fields.PLAN_ID, planId));
  }

  /** Removes everything (reindex starts with this). */
  public void deleteAll() throws IOException {
    writer().deleteAll();
  }

  /** Makes every change so far durable. */
  public void commit() throws IOException {
    writer().commit();
  }

  /** Makes every change so far visible to searches now, instead of within the next reopen. */
  public void refresh() throws IOException {
    searchers.maybeRefreshBlocking();
  }

  /** The facet dimensions' configuration (the search side needs it for drill-down). */
  public FacetsConfig facetsConfig() {
    return facetsConfig;
  }

  /** Something done with a searcher; the searcher is only valid inside. */
  @FunctionalInterface
  public interface SearcherWork<T> {
    T apply(IndexSearcher searcher) throws IOException;
  }

  /** Runs work on the current point-in-time searcher and releases it afterwards. */
  public <T> T withSearcher(SearcherWork<T> work) throws IOException {
    SearcherManager manager = searchers; // released to the manager it came from, even if the writer is reopened
    IndexSearcher searcher = manager.acquire();
    try {
      return work.apply(searcher);
    } finally {
      manager.release(searcher);
    }
  }

  /** Counts of what is searchable now. */
  public record Stats(long plans, long measures) {}

  public Stats stats() {
    try {
      return withSearcher(s -> cached(s).stats());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the index statistics", e);
    }
  }

  /** Per-reader cache: the statistics (and, via {@link ReaderCache#facetState}, the facet state). */
  public ReaderCache cached(IndexSearcher searcher) throws IOException {
    ReaderCache c = cache;
    if (c != null && c.reader() == searcher.getIndexReader()) return c;
    synchronized (this) { // built once per reader, even when the warm-up and a first query ask together
      c = cache;
      if (c != null && c.reader() == searcher.getIndexReader()) return c;
      c = new ReaderCache(searcher.getIndexReader(), countStats(searcher), facetsConfig);
      cache = c;
      return c;
    }
  }

  /**
   * Builds the current reader's statistics and facet state on a background thread, so that on a large index the
   * first query does not pay for them (at 1.6 M measures, about half a second); a query that comes first simply
   * waits for the same work.
   */
  public void warmUpInBackground() {
    Thread t = new Thread(() -> {
      try {
        withSearcher(s -> cached(s).facetState());
      } catch (IOException | RuntimeException e) {
        // Not fatal: the first query builds them (and reports a real problem there).
      }
    }, "planscope-warm-index");
    t.setDaemon(true);
    t.start();
  }

  /**
   * Distinct plans and live measures (preamble paragraphs not counted). A plan's measures are added as one block, so they share one segment; a
   * segment without deletions holds as many plans as its plan-id doc values have values, and only segments with
   * deletions (a re-imported or deleted plan) are walked.
   */
  private static Stats countStats(IndexSearcher searcher) throws IOException {
    long plans = 0;
    for (LeafReaderContext leaf : searcher.getIndexReader().leaves()) {
      SortedDocValues ids = leaf.reader().getSortedDocValues(Fields.PLAN_ID);
      if (ids == null) continue;
      Bits live = leaf.reader().getLiveDocs();
      if (live == null) {
        plans += ids.getValueCount();
        continue;
      }
      FixedBitSet seen = new FixedBitSet(ids.getValueCount());
      for (int doc = ids.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = ids.nextDoc()) {
        if (live.get(doc)) seen.set(ids.ordValue());
      }
      plans += seen.cardinality();
    }
    // preamble paragraphs are indexed to be found, but are no measures
    int framing = searcher.count(new TermQuery(new Term(Fields.PREAMBLE, "1")));
    return new Stats(plans, searcher.getIndexReader().numDocs() - framing);
  }

  @Override
  public void close() throws IOException {
    if (writer == null) {
      searchers.close();
      directory.close();
      return;
    }
    refresher.close();
    searchers.close();
    if (writer.isOpen()) { // a writer that failed has nothing to commit: the store re-indexes it on the next open
      writer.commit();
      writer.close();
    }
    directory.close();
  }

  /** Whether the directory holds a committed index (for tools that must not create one). */
  public static boolean exists(Path dir) throws IOException {
    if (!Files.isDirectory(dir)) return false;
    try (Directory d = FSDirectory.open(dir)) {
      return DirectoryReader.indexExists(d);
    }
  }
}
