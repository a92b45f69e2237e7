package io.planscope.app;

import io.planscope.corpus.ArchiveLimits;
import io.planscope.corpus.DocumentStore;
import io.planscope.corpus.StoreException;
import io.planscope.corpus.StoredDocument;
import io.planscope.index.Analyzers;
import io.planscope.index.PlanIndex;
import io.planscope.ingest.Ingestor;
import io.planscope.plan.NotFoundException;
import java.io.Closeable;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.apache.lucene.store.LockObtainFailedException;

/**
 * An opened data directory: the store, the index and the services over them, shared by the web and cli adapters.
 * Open one per process (the index takes a lock). Opening catches the index up with the store (what a crash left
 * unparsed or uncommitted); a background task commits the index about once a second while it changes; closing
 * commits and releases it.
 */
public final class Workspace implements Closeable {
  private static final System.Logger LOG = System.getLogger(Workspace.class.getName());
  private static final long COMMIT_EVERY_MS = 1000;
  private static final long WARM_UP_DELAY_MS = 5000;

  /**
   * During a bulk import ({@link #bulk}): every commit writes the segments' files and the marker listing every plan,
   * so committing once a second made the import rewrite the marker thousands of times. A crash loses nothing either
   * way: the next open re-indexes from the store what the last commit lacks.
   */
  private static final long BULK_COMMIT_EVERY_MS = 30_000;

  private final DataDir dataDir;
  private final DocumentStore store;
  private final PlanIndex index;
  private final IndexSync sync;
  private final Importer importer;
  private final ScheduledExecutorService committer;
  private final java.util.concurrent.atomic.AtomicInteger bulkLoads = new java.util.concurrent.atomic.AtomicInteger();
  private volatile long lastCommitNanos = System.nanoTime();

  private final boolean readOnly;
  /** Why writes are refused for good (a read-only data directory), or null. */
  private final String readOnlyReason;
  private final IndexRecovery recovery;
  private volatile BackgroundReparse background;
  private volatile BackgroundReindex reindexing;
  /** Stored plans a read-only index lacks (its last commit is older than the store); 0 when writable. */
  private volatile int readOnlyUnindexed;

  private Workspace(DataDir dataDir, DocumentStore store, PlanIndex index, Path indexDir, Importer.Parser parser,
      String readOnlyReason) {
    this.readOnly = readOnlyReason != null;
    this.readOnlyReason = readOnlyReason;
    this.dataDir = dataDir;
    this.store = store;
    this.index = index;
    this.sync = new IndexSync(store, index, indexDir);
    this.recovery = new IndexRecovery(sync, index, indexDir);
    this.importer = new Importer(store, sync, parser, ArchiveLimits.DEFAULT, this::checkWritable);
    this.committer = Executors.newSingleThreadScheduledExecutor(r -> Daemons.daemon(r, "planscope-commit"));
  }

  /** Opens (creating when needed) the store and index under the data directory, with the real ingestion. */
  public static Workspace open(DataDir dataDir) throws IOException {
    return open(dataDir, new LazyIngestor());
  }

  /**
   * The real parser, built on first use: building an {@link Ingestor} loads the gazetteer and the topic codebook
   * (about a second on a loaded machine), which searching never needs, so opening a workspace to serve or search
   * does not pay it. {@link #warmUp} builds it ahead of the first upload.
   */
  static final class LazyIngestor implements Importer.Parser {
    private volatile Ingestor ingestor;

    @Override
    public io.planscope.ingest.ParseResult parse(io.planscope.source.SourceDocument doc) {
      return get().parse(doc);
    }

    Ingestor get() {
      Ingestor i = ingestor;
      if (i == null) {
        synchronized (this) {
          if (ingestor == null) ingestor = new Ingestor();
          i = ingestor;
        }
      }
      return i;
    }
  }

  /**
   * Loads, on a background thread, what the first import would otherwise load (the ingestion's tables), a few seconds
   * from now: on 2 cores, loading them at once slowed the first search after a start by a fifth.
   */
  public void warmUp() {
    if (!(importer.parser() instanceof LazyIngestor lazy)) return;
    Thread t = Daemons.background(() -> {
      try {
        Thread.sleep(WARM_UP_DELAY_MS);
        lazy.get();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      } catch (RuntimeException e) {
        LOG.log(System.Logger.Level.WARNING, "warming up ingestion failed: " + e.getMessage());
      }
    }, "planscope-warmup");
    t.start();
  }

  /**
   * Opens for reading: normally as {@link #open}; when another process (a running {@code serve}) holds the data
   * directory, read-only on the last commit of its index instead, and {@code note} hears why. Imports, deletes and
   * reindexing then fail with a clear message; searching, similar measures and comparisons work.
   */
  public static Workspace openForReading(DataDir dataDir, java.util.function.Consumer<String> note) throws IOException {
    try {
      return open(dataDir);
    } catch (DataDirInUseException e) {
      note.accept("the data directory is in use by a running PlanScope; reading its last commit (read-only)");
      Analyzers.warmUpInBackground();
      DocumentStore store = DocumentStore.openReadOnly(dataDir.store());
      PlanIndex index = PlanIndex.openReadOnly(dataDir.index());
      return new Workspace(dataDir, store, index, null, new LazyIngestor(),
          "the data directory '" + dataDir.root() + "' is in use by a running PlanScope; use its HTTP API to write");
    }
  }

  /**
   * Opens with a given parser (tests use a small stand-in). A data directory that cannot be written (a read-only
   * mount, no write permission) is opened read-only instead ({@link ReadOnlyOpening}): searches work, writes throw
   * {@link StoreException} (READ_ONLY) saying so, and {@link #health} reports it.
   */
  public static Workspace open(DataDir dataDir, Importer.Parser parser) throws IOException {
    try {
      return openWritable(dataDir, parser);
    } catch (IOException | StoreException e) {
      Optional<String> why = ReadOnlyOpening.reason(dataDir, e);
      if (why.isEmpty()) throw e;
      LOG.log(System.Logger.Level.WARNING, why.get() + "; serving reads only, refusing writes");
      ReadOnlyOpening.Opened o = ReadOnlyOpening.open(dataDir);
      Workspace ws = new Workspace(dataDir, o.store(), o.index(), null, parser, why.get());
      ws.readOnlyUnindexed = o.unindexed();
      return ws;
    }
  }

  private static Workspace openWritable(DataDir dataDir, Importer.Parser parser) throws IOException {
    Analyzers.warmUpInBackground(); // overlaps the dictionaries' load with opening the store and the index
    // The index and its marker open on a second thread while the store reads its catalogue: they share nothing, and
    // on a large data directory each takes about half a second.
    FutureTask<OpenedIndex> indexSide = new FutureTask<>(() -> new OpenedIndex(
        openIndex(dataDir), IndexSync.readMarkerIn(dataDir.index())));
    Daemons.daemon(indexSide, "planscope-open-index").start();
    DocumentStore store;
    try {
      store = DocumentStore.open(dataDir.store());
    } catch (RuntimeException e) {
      closeWhenOpened(indexSide);
      throw e;
    }
    OpenedIndex opened = awaitIndex(indexSide);
    Workspace ws = new Workspace(dataDir, store, opened.index(), dataDir.index(), parser, null);
    try {
      ws.catchUp(opened.marker());
    } catch (RuntimeException e) {
      opened.index().close();
      throw e;
    }
    ws.committer.scheduleWithFixedDelay(ws::commitQuietly, COMMIT_EVERY_MS, COMMIT_EVERY_MS, TimeUnit.MILLISECONDS);
    opened.index().warmUpInBackground();
    return ws;
  }

  private record OpenedIndex(PlanIndex index, Optional<IndexMarker> marker) {}

  private static OpenedIndex awaitIndex(FutureTask<OpenedIndex> task) throws IOException {
    try {
      return task.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      closeWhenOpened(task);
      throw new java.io.InterruptedIOException("interrupted while opening the index");
    } catch (ExecutionException e) {
      if (e.getCause() instanceof IOException io) throw io;
      if (e.getCause() instanceof RuntimeException r) throw r;
      throw new IllegalStateException("opening the index failed", e.getCause());
    }
  }

  /** After the store failed to open: releases the index (and its lock) once its thread is done. */
  private static void closeWhenOpened(FutureTask<OpenedIndex> task) {
    try {
      task.get().index().close();
    } catch (Exception e) {
      // the index did not open, or closing it failed: nothing more to release here
    }
  }

  private static PlanIndex openIndex(DataDir dataDir) throws IOException {
    try {
      return PlanIndex.open(dataDir.index());
    } catch (LockObtainFailedException e) {
      throw new DataDirInUseException(dataDir.root(), e);
    }
  }

  private void catchUp(Optional<IndexMarker> marker) {
    int parsed = importer.parsePending();
    int indexed = parsed > 0 ? sync.catchUp() : sync.catchUp(marker); // parsing changed the store: read it again
    if (parsed + indexed > 0) {
      LOG.log(System.Logger.Level.INFO, "caught up: parsed " + parsed + " stored document(s), re-indexed " + indexed
          + " plan(s)");
    }
  }

  /**
   * The committer's task, about once a second. It must never throw: a scheduled task that throws is never run again,
   * and the index would then neither commit nor recover.
   */
  private void commitQuietly() {
    try {
      commitOrRecover();
    } catch (RuntimeException | AssertionError e) {
      LOG.log(System.Logger.Level.WARNING, "index commit or recovery failed (retried in a second): " + e, e);
    }
  }

  private void commitOrRecover() {
    if (!recovery.healthy()) return; // writes are refused; it retries (and commits) by itself
    long sinceLast = (System.nanoTime() - lastCommitNanos) / 1_000_000;
    if (bulkLoads.get() > 0 && sinceLast < BULK_COMMIT_EVERY_MS) return;
    try {
      if (sync.dirty()) commit();
    } catch (StoreException e) {
      recovery.failed(e); // a full disk: refuse writes until a commit works again
    } catch (RuntimeException e) {
      // The store still holds everything; the next commit or the next open's catch-up retries.
      LOG.log(System.Logger.Level.WARNING, "index commit failed: " + e.getMessage());
    }
  }

  /** Opened read-only: by {@link #openForReading} on a data directory another process holds, or not writable. */
  public boolean readOnly() {
    return readOnly;
  }

  /**
   * Throws {@link StoreException} when a write cannot be taken now: READ_ONLY for a read-only
   * workspace, DISK_FULL (or IO) while the index cannot write, with what to do. Every write asks first.
   */
  public void checkWritable() {
    if (readOnly) {
      throw new StoreException(StoreException.Reason.READ_ONLY,
          "writes are refused: " + readOnlyReason + ". Searches work; to write, make the data directory writable "
              + "and start again", null);
    }
    recovery.checkWritable();
  }

  /**
   * How the workspace is doing: {@code ok}; {@code degraded} while the index cannot write (a full disk), with the
   * reason and the number of stored plans its last commit lacks; {@code read-only} when writes are refused for good.
   */
  public record Health(String status, String reason, int unindexed) {}

  public Health health() {
    if (readOnly) return new Health("read-only", readOnlyReason, readOnlyUnindexed);
    recovery.notice(); // the writer may have failed since the committer last looked
    return recovery.degraded().map(x -> new Health("degraded", x.cause().getMessage(), x.unindexed()))
        .orElse(new Health("ok", null, 0));
  }

  public DataDir dataDir() {
    return dataDir;
  }

  public DocumentStore store() {
    return store;
  }

  public PlanIndex index() {
    return index;
  }

  public Importer importer() {
    return importer;
  }

  /** Counts of what is searchable now. */
  public record Stats(long plans, long measures) {}

  public Stats stats() {
    PlanIndex.Stats s = index.stats();
    return new Stats(s.plans(), s.measures());
  }

  /** Commits the index now (imports are searchable within a second anyway; this makes them durable). */
  public void commit() {
    sync.commit();
    lastCommitNanos = System.nanoTime();
  }

  /**
   * Bulk loading until the handle is closed: the index is reopened for searches every few seconds and committed
   * every {@value #BULK_COMMIT_EVERY_MS} ms instead of about once a second; closing commits. Each document is still
   * durable in the store before its import returns.
   */
  public Bulk bulk() {
    checkWritable();
    return bulk(index.bulk());
  }

  private Bulk bulk(AutoCloseable indexBulk) {
    bulkLoads.incrementAndGet();
    return () -> {
      try {
        indexBulk.close();
      } catch (Exception e) {
        throw new IllegalStateException("cannot leave bulk mode", e);
      } finally {
        bulkLoads.decrementAndGet();
      }
      commit();
    };
  }

  /**
   * A bulk import by this process alone (the CLI's import, the benchmark): as {@link #bulk}, and the store batches
   * the fsyncs of new documents ({@link DocumentStore#batchSyncs}): they are forced together before every index
   * commit and when the handle closes, before the commit that ends it; the index is reopened for searches only as
   * often as it commits, since nothing searches meanwhile. Every document is durable when the close
   * returns, not when its own import does; a crash before leaves the store to heal on the next open.
   */
  public Bulk bulkImport() {
    checkWritable();
    Bulk bulk = bulk(index.bulk(BULK_COMMIT_EVERY_MS)); // nothing searches meanwhile: reopen only as often as commits
    DocumentStore.SyncHandle syncs;
    try {
      syncs = store.batchSyncs();
    } catch (RuntimeException e) {
      bulk.close();
      throw e;
    }
    return () -> {
      try {
        bulk.close(); // commits, which forces the batch first
      } finally {
        syncs.close();
      }
    };
  }

  /** The handle of {@link #bulk}: closing it ends the bulk load and commits. */
  @FunctionalInterface
  public interface Bulk extends AutoCloseable {
    @Override
    void close();
  }

  /** Makes every change so far searchable now. */
  public void refresh() throws IOException {
    index.refresh();
  }

  /** Rebuilds the index from the store alone; returns the number of plans indexed. */
  public int reindex() {
    checkWritable();
    try (Bulk bulk = bulk()) {
      return sync.rebuild();
    }
  }

  /** Deletes a plan from the store and the index; returns the documents that held it (see DocumentStore). */
  public DocumentStore.PlanDeleted deletePlan(String planId) {
    checkWritable();
    return importer.shared(() -> {
      DocumentStore.PlanDeleted holders = store.deletePlan(planId);
      sync.sync(planId);
      return holders;
    });
  }

  /** Deletes a document, its plans found nowhere else, and their index entries; returns what changed. */
  public DocumentStore.Deleted deleteDocument(String docId) {
    StoredDocument doc = store.document(docId).orElseThrow(() -> new NotFoundException("document", docId));
    checkWritable();
    return importer.shared(() -> {
      DocumentStore.Deleted deleted = store.deleteDocument(doc.id());
      deleted.removedPlans().forEach(sync::sync);
      deleted.changedPlans().forEach(sync::sync);
      return deleted;
    });
  }

  // ---- re-parsing ----

  /**
   * Parses every stored original again with today's rules and brings the store and the index in line (see
   * {@link Reparser}); with {@code dryRun} only reports what would change.
   */
  public ReparseReport reparse(boolean dryRun, Reparser.Listener listener) {
    Reparser reparser = new Reparser(store, importer, dryRun ? null : sync);
    if (dryRun) return reparser.run(d -> true, listener);
    checkWritable();
    try (Bulk bulk = bulk()) {
      return reparser.run(d -> true, listener);
    }
  }

  /**
   * What {@link #reparse} would change, read from a data directory without writing anything to it (the store is
   * opened read-only and the index not at all, so this also works while a server holds the directory).
   */
  public static ReparseReport dryRunReparse(DataDir dataDir, Reparser.Listener listener) {
    DocumentStore store = DocumentStore.openReadOnly(dataDir.store());
    Importer importer = new Importer(store, null, new LazyIngestor(), ArchiveLimits.DEFAULT, () -> {});
    return new Reparser(store, importer, null).run(d -> true, listener);
  }

  /**
   * When documents were parsed by older rules than this build's, re-parses them (with the documents sharing their
   * plans) on a background thread while searches go on; the index follows each document as it is done. Progress
   * lines go to {@code log}. Returns whether a re-parse started.
   */
  public boolean reparseInBackground(PrintStream log) {
    long outdated = store.documents().stream().filter(StoredDocument::outdated).count();
    if (readOnly || outdated == 0) return false;
    log.println("planscope: " + outdated + " document(s) parsed by older rules; re-parsing them in the background");
    background = BackgroundReparse.start(new Reparser(store, importer, sync), log);
    return true;
  }

  /** The background re-parse's progress, when one ran since opening. */
  public Optional<Reparser.Progress> reparseProgress() {
    BackgroundReparse b = background;
    return b == null ? Optional.empty() : Optional.of(b.progress());
  }

  /** Waits for the background re-parse, if any, to end (tests; a server just keeps serving). */
  public void awaitReparse(long timeoutMillis) throws InterruptedException {
    BackgroundReparse b = background;
    if (b != null) b.await(timeoutMillis);
  }

  // ---- re-indexing while serving ----

  /**
   * Starts re-indexing every stored plan in place on a background thread ({@link BackgroundReindex}); searches keep
   * the whole index meanwhile. Returns its progress; when one is already running, that one's.
   */
  public synchronized BackgroundReindex.Progress reindexInBackground() {
    BackgroundReindex running = reindexing;
    if (running != null && running.progress().running()) return running.progress();
    checkWritable();
    reindexing = BackgroundReindex.start(sync, store.planIds().size());
    return reindexing.progress();
  }

  /** The last re-index started by {@link #reindexInBackground}, when there was one since opening. */
  public Optional<BackgroundReindex.Progress> reindexProgress() {
    BackgroundReindex r = reindexing;
    return r == null ? Optional.empty() : Optional.of(r.progress());
  }

  /** Imports the demo corpus when the store is empty; prints progress to {@code log}. */
  public void importDemoIfEmpty(PrintStream log) {
    if (readOnly || !store.isEmpty()) return;
    Path demo = DataDir.demoCorpus();
    if (!java.nio.file.Files.isDirectory(demo)) {
      log.println("planscope: no demo corpus at " + demo + "; starting with an empty store");
      return;
    }
    ImportRun run = new ImportRun(importer, ImportRun.Progress.lines(log, "demo"));
    log.println("planscope: empty store; importing the demo corpus from " + demo + " ...");
    ImportRun.Report report;
    try (Bulk bulk = bulk()) {
      report = run.importPaths(List.of(demo));
    }
    log.println("planscope: demo " + report.summary());
  }

  @Override
  public void close() throws IOException {
    if (readOnly()) {
      committer.shutdown();
      index.close();
      return;
    }
    BackgroundReparse b = background;
    if (b != null) b.stop(); // the groups of documents already parsed are written whole
    BackgroundReindex r = reindexing;
    if (r != null) r.stop();
    committer.shutdown();
    try {
      committer.awaitTermination(10, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    if (!recovery.healthy()) {
      // Nothing more can be committed; the store has every plan, and the next open re-indexes what the index lacks.
      LOG.log(System.Logger.Level.WARNING, "closing without committing the index (it cannot write); the next start "
          + "re-indexes from the store what it lacks");
      index.close();
      return;
    }
    Optional<String> unchanged = store.catalogueStamp();
    if (unchanged.isPresent() && sync.marks(unchanged.get())) {
      index.close(); // nothing changed since open or since the last clean commit: the files on disk already say so
      return;
    }
    try {
      // The catalogue first, then the index marker quoting its stamp: a crash between leaves them unmatched, and the
      // next open compares the store with the index plan by plan, as without either.
      String stamp = store.saveCatalogue(); // the next open reads one file instead of every document's metadata
      sync.commit(stamp);
    } finally {
      index.close();
    }
  }
}
