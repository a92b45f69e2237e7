package io.planscope.app;

import io.planscope.corpus.AtomicFiles;
import io.planscope.corpus.DocumentStore;
import io.planscope.corpus.PlanSource;
import io.planscope.index.Fields;
import io.planscope.corpus.StoredPlans;
import io.planscope.index.PlanIndex;
import io.planscope.source.ParserVersion;
import io.planscope.plan.Plan;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReadWriteLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import org.apache.lucene.store.AlreadyClosedException;

/**
 * Keeps the index in step with the store, the store being the truth. Every plan change goes through {@link #sync};
 * {@link #commit} commits the index and then writes a marker ({@link IndexMarker} in the index directory) listing what
 * that commit holds: each plan id with a fingerprint of its sources. On open, {@link #catchUp} compares the marker
 * with the store and re-indexes the difference, so a crash (even kill -9) between storing and committing loses
 * nothing. A missing or unreadable marker means a full rebuild.
 */
final class IndexSync {
  private static final int STRIPES = 64;
  /** The index layout the marker vouches for ({@link Fields#LAYOUT}, where the fields and dimensions are named). */
  static final int SCHEMA = Fields.LAYOUT;

  private final DocumentStore store;
  private final PlanIndex index;
  private final Path indexDir;
  /** What the index holds now (committed or not): plan id to source fingerprint. */
  private final Map<String, String> indexed = new ConcurrentHashMap<>();
  /** Adds and deletes share; a commit excludes them so the marker matches exactly what was committed. */
  private final ReadWriteLock commitLock = new ReentrantReadWriteLock();
  private final Object[] planLocks = new Object[STRIPES];
  private volatile boolean dirty;
  /** What the last successful commit holds (plan id to fingerprint): what a writer reopened after a failure has. */
  private volatile Map<String, String> committed = Map.of();
  /** The store catalogue's stamp that the index marker on disk quotes (read on open or written by a commit). */
  private volatile String markedStamp;

  IndexSync(DocumentStore store, PlanIndex index, Path indexDir) {
    this.store = store;
    this.index = index;
    this.indexDir = indexDir;
    for (int i = 0; i < STRIPES; i++) planLocks[i] = new Object();
  }

  /** Brings one plan's index entry in line with the store: added, replaced with new sources, or deleted. */
  void sync(String planId) {
    sync(planId, StoredPlans.NONE);
  }

  /**
   * Brings the plans' index entries in line with the store, indexing each plan the store just handed out
   * ({@code stored}) as it is instead of reading it back, while it is still what the store holds (the store's plan
   * revision unchanged since); any other plan is read from the store.
   */
  void sync(List<String> planIds, StoredPlans stored) {
    for (String planId : planIds) sync(planId, stored);
  }

  private void sync(String planId, StoredPlans stored) {
    commitLock.readLock().lock();
    try {
      synchronized (planLocks[Math.floorMod(planId.hashCode(), STRIPES)]) {
        // Sources and fingerprint first, the plan after: what is indexed is then at least as new as the fingerprint
        // recorded with it, so a change racing this sync cannot hide behind a fingerprint already recorded.
        List<PlanSource> sources = store.sources(planId); // none: no document holds the plan any more
        String fingerprint = fingerprint(planId);
        if (!sources.isEmpty() && fingerprint.equals(indexed.get(planId))) return; // e.g. a duplicate upload
        Optional<Plan> plan = sources.isEmpty() ? Optional.empty() : current(planId, stored);
        if (plan.isPresent()) {
          index.add(plan.get(), sources.stream().map(PlanSource::uri).toList(), firstDocument(sources));
          indexed.put(planId, fingerprint);
        } else {
          index.delete(planId);
          indexed.remove(planId);
        }
        dirty = true;
      }
    } catch (IOException e) {
      throw AtomicFiles.failure("index plan " + planId, indexDir(), e);
    } catch (IllegalStateException e) { // AlreadyClosedException, or "hit an unrecoverable error"
      throw writerFailed("index plan " + planId, e);
    } finally {
      commitLock.readLock().unlock();
    }
  }

  /** The plan as handed out by the store while that is still current, else as the store reads it now. */
  private Optional<Plan> current(String planId, StoredPlans stored) {
    Optional<Plan> given = stored.revision() == store.planRevision() ? stored.find(planId) : Optional.empty();
    return given.isPresent() ? given : store.plan(planId);
  }

  /**
   * The index writer closed itself after a failed write (a full disk during a reopen): reported as what closed it,
   * so a full disk is DISK_FULL (HTTP 507) rather than an unexpected error. Any other state error is rethrown.
   */
  private RuntimeException writerFailed(String action, IllegalStateException closed) {
    if (index.writerFailure().isEmpty() && !(closed instanceof AlreadyClosedException)) return closed;
    Throwable cause = index.writerFailure().orElse(closed);
    IOException io = cause instanceof IOException e ? e : new IOException(String.valueOf(cause.getMessage()), cause);
    return AtomicFiles.failure(action, indexDir(), io);
  }

  /**
   * Re-indexes a plan whose content changed under the same id and sources (a re-parse with newer rules), or removes
   * it when the store no longer holds it.
   */
  void resync(String planId) {
    indexed.remove(planId);
    sync(planId);
  }

  private Path indexDir() {
    return indexDir == null ? Path.of("(in memory)") : indexDir;
  }

  private static String firstDocument(List<PlanSource> sources) {
    return sources.isEmpty() ? null : sources.get(0).documentId();
  }

  /** Commits the index, then records what the commit holds. */
  void commit() {
    commit(null);
  }

  /**
   * Commits, recording the store catalogue's stamp when the caller knows the store is exactly that snapshot (on a
   * clean shutdown); the next open then trusts the marker without comparing every plan.
   */
  void commit(String catalogueStamp) {
    commitLock.writeLock().lock();
    try {
      store.flushSyncs(); // a batched import's documents are on disk before the index commits their plans
      index.commit();
      Map<String, String> holds = new TreeMap<>(indexed);
      if (indexDir != null) {
        new IndexMarker(SCHEMA, catalogueStamp, holds).write(indexDir);
        markedStamp = catalogueStamp;
      }
      committed = holds;
      dirty = false;
    } catch (IOException e) {
      throw AtomicFiles.failure("commit the index", indexDir(), e);
    } catch (IllegalStateException e) {
      throw writerFailed("commit the index", e);
    } finally {
      commitLock.writeLock().unlock();
    }
  }

  /** Commits when something changed since the last commit. */
  void commitIfDirty() {
    if (dirty) commit();
  }

  boolean dirty() {
    return dirty;
  }

  /**
   * Whether the index and its marker on disk already stand for exactly this store catalogue snapshot: nothing was
   * indexed since the last commit, and the marker quotes the stamp. A process that only read (a CLI search) then has
   * nothing to write when it closes.
   */
  boolean marks(String catalogueStamp) {
    return !dirty && catalogueStamp != null && catalogueStamp.equals(markedStamp);
  }

  /**
   * Re-indexes what the store holds but the last commit does not (and removes what it no longer holds). Returns the
   * number of plans touched; commits when that is more than zero.
   */
  int catchUp() {
    return catchUp(readMarkerIn(indexDir));
  }

  /** As {@link #catchUp()}, with the marker already read (by {@link #readMarkerIn}, e.g. on another thread). */
  int catchUp(Optional<IndexMarker> marker) {
    if (marker.isEmpty()) return rebuild();
    Map<String, String> committedPlans = marker.get().plans() == null ? Map.of() : marker.get().plans();
    indexed.putAll(committedPlans);
    committed = Map.copyOf(committedPlans);
    String stamp = marker.get().catalogue();
    markedStamp = stamp;
    if (stamp != null && stamp.equals(store.catalogueStamp().orElse(null))) {
      return 0; // both written at one clean shutdown, and the store unchanged since: the index holds exactly it
    }
    // Compared in memory (the store's catalogue against the marker): no plan file is read unless it changed.
    Set<String> todo = new HashSet<>();
    Set<String> stored = new HashSet<>(store.planIds());
    for (String planId : stored) {
      if (!fingerprint(planId).equals(indexed.get(planId))) todo.add(planId);
    }
    for (String planId : committedPlans.keySet()) {
      if (!stored.contains(planId)) todo.add(planId);
    }
    todo.stream().sorted().forEach(this::sync);
    if (!todo.isEmpty()) commit();
    return todo.size();
  }

  /** Takes a marker as what the index holds, without touching the index (a read-only one: for {@link #uncommitted}). */
  void assumeCommitted(IndexMarker marker) {
    committed = marker.plans() == null ? Map.of() : Map.copyOf(marker.plans());
  }

  /**
   * Stored plans the last commit lacks or holds with other sources: what searches miss after the writer failed, and
   * what {@link #recover} re-indexes. Reads every plan's fingerprint: for health reports, not for every request.
   */
  int uncommitted() {
    Map<String, String> holds = committed;
    int n = 0;
    for (String planId : store.planIds()) {
      if (!fingerprint(planId).equals(holds.get(planId))) n++;
    }
    return n;
  }

  /**
   * After the writer failed ({@link PlanIndex#writerFailure}): opens a new one on the last commit and re-indexes
   * from the store what that commit lacks (and removes what the store no longer holds), then commits. Returns the
   * number of plans re-indexed. Throws, leaving the writer failed, when the disk is still full.
   */
  int recover() {
    commitLock.writeLock().lock();
    try {
      index.reopenWriter();
      indexed.clear();
      indexed.putAll(committed);
      Set<String> stored = new HashSet<>(store.planIds());
      Set<String> todo = new HashSet<>();
      for (String planId : stored) {
        if (!fingerprint(planId).equals(indexed.get(planId))) todo.add(planId);
      }
      // The commit may hold plans the marker missed (the marker is written after it): any the store lacks go too.
      for (String planId : index.planIds()) {
        if (!stored.contains(planId)) todo.add(planId);
      }
      todo.stream().sorted().forEach(this::resync);
      commit();
      index.refresh(); // searchable before writes are taken again
      return todo.size();
    } catch (IOException e) {
      throw AtomicFiles.failure("reopen the index", indexDir(), e);
    } finally {
      commitLock.writeLock().unlock();
    }
  }

  /**
   * Re-indexes every stored plan in place, one plan at a time, and removes plans the store no longer holds: unlike
   * {@link #rebuild}, searches keep the whole index meanwhile (each plan's measures are replaced atomically), so a
   * running server can do it. {@code done} hears each plan; returns the number of plans indexed.
   */
  int reindexInPlace(java.util.function.IntConsumer done) {
    List<String> ids = store.planIds();
    int n = 0;
    for (String planId : ids) {
      resync(planId);
      done.accept(++n);
    }
    commit();
    try {
      for (String planId : index.planIds()) {
        if (store.plan(planId).isEmpty()) sync(planId);
      }
      commit();
      index.refresh(); // "done" means searchable
    } catch (IOException e) {
      throw AtomicFiles.failure("list the indexed plans", indexDir(), e);
    }
    return ids.size();
  }

  /** Drops the whole index and indexes every stored plan again (same ids: they come from the store). */
  int rebuild() {
    List<String> ids = store.planIds();
    commitLock.writeLock().lock();
    try {
      index.deleteAll();
      indexed.clear();
      dirty = true;
    } catch (IOException e) {
      throw AtomicFiles.failure("clear the index", indexDir(), e);
    } finally {
      commitLock.writeLock().unlock();
    }
    ids.forEach(this::sync);
    commit();
    return ids.size();
  }

  /**
   * A fingerprint of a plan's sources and of the parser versions of the documents holding it: re-index when it
   * changes. The versions are there for a crash during a re-parse: a plan rewritten under its old id and sources is
   * still re-indexed by the next open's catch-up once its document records the new version (before that, the
   * document is re-parsed again). Version 1 adds nothing, so markers written before versions existed stay valid.
   */
  String fingerprint(String planId) {
    StringBuilder sb = new StringBuilder();
    for (PlanSource s : store.sources(planId)) sb.append(s.documentId()).append(' ').append(s.uri()).append('\n');
    for (String docId : store.documentsOf(planId)) {
      int version = store.parserVersion(docId);
      if (version != ParserVersion.UNRECORDED) sb.append(docId).append('@').append(version).append('\n');
    }
    try {
      byte[] d = MessageDigest.getInstance("SHA-256").digest(sb.toString().getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(d, 0, 8);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("the JDK has no SHA-256", e);
    }
  }

  /** The marker in an index directory (null: in memory), or empty when there is none or it is stale or unreadable. */
  static Optional<IndexMarker> readMarkerIn(Path indexDir) {
    if (indexDir == null) return Optional.empty();
    try {
      Optional<IndexMarker> m = IndexMarker.read(indexDir);
      if (m.isPresent() && m.get().version() != SCHEMA) {
        System.getLogger(IndexSync.class.getName()).log(System.Logger.Level.INFO, "the index was written by another "
            + "version (layout " + m.get().version() + ", this one reads " + SCHEMA + "); rebuilding it from the store");
        return Optional.empty();
      }
      return m;
    } catch (IOException | RuntimeException e) {
      // A torn marker cannot happen (written by rename); an unreadable one is treated as none: full rebuild.
      System.getLogger(IndexSync.class.getName()).log(System.Logger.Level.WARNING,
          "unreadable index marker in " + indexDir + " (" + e.getMessage() + "); rebuilding the index");
      return Optional.empty();
    }
  }
}
