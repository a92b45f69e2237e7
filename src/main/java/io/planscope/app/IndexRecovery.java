package io.planscope.app;

import io.planscope.corpus.AtomicFiles;
import io.planscope.corpus.StoreException;
import io.planscope.index.PlanIndex;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Optional;

/**
 * Notices when the index cannot write (Lucene closes its writer for good after "No space left on device" during a
 * reopen; a commit or its marker can fail the same way), refuses writes meanwhile, and brings the index back by
 * itself once writing works again: a new writer on the last commit, then the plans the store holds beyond it
 * re-indexed ({@link IndexSync#recover}). Retries wait 1 s, doubling to {@value #MAX_RETRY_MS} ms. The committer
 * thread drives it ({@link #healthy}); requests ask {@link #checkWritable}.
 */
final class IndexRecovery {
  private static final System.Logger LOG = System.getLogger(IndexRecovery.class.getName());
  private static final long FIRST_RETRY_MS = 1000;
  private static final long MAX_RETRY_MS = 15_000;
  private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss 'UTC'").withZone(ZoneOffset.UTC);

  /** Why writes are refused, since when, and how many stored plans the index's last commit lacks. */
  record Degraded(StoreException cause, Instant since, int unindexed) {}

  private final IndexSync sync;
  private final PlanIndex index;
  private final Path indexDir;
  private volatile Degraded degraded;
  private long retryMs = FIRST_RETRY_MS;
  private long nextRetryNanos;

  IndexRecovery(IndexSync sync, PlanIndex index, Path indexDir) {
    this.sync = sync;
    this.index = index;
    this.indexDir = indexDir == null ? Path.of("(in memory)") : indexDir;
  }

  /** The failure writes are refused for, when there is one. */
  Optional<Degraded> degraded() {
    return Optional.ofNullable(degraded);
  }

  /**
   * Whether the index writes normally; when it does not, notices why and, when a retry is due, tries to recover.
   * Called by the committer thread about once a second.
   */
  synchronized boolean healthy() {
    if (degraded == null) {
      Optional<Throwable> failure = index.writerFailure();
      if (failure.isEmpty()) return true;
      failed(asStoreException(failure.get()));
      return false;
    }
    if (System.nanoTime() - nextRetryNanos < 0) return false;
    tryRecover();
    return degraded == null;
  }

  /** Records a writer failure not yet noticed, without trying to recover (cheap: for health requests). */
  void notice() {
    if (degraded == null) index.writerFailure().ifPresent(f -> failed(asStoreException(f)));
  }

  /** Records a failed commit (or a failure a request met): writes are refused from now until {@link #healthy}. */
  synchronized void failed(StoreException cause) {
    if (degraded != null) return;
    degraded = new Degraded(cause, Instant.now(), sync.uncommitted());
    retryMs = FIRST_RETRY_MS;
    nextRetryNanos = System.nanoTime() + retryMs * 1_000_000;
    LOG.log(System.Logger.Level.WARNING, "the index cannot write; refusing writes until it recovers: "
        + cause.getMessage() + " (" + degraded.unindexed() + " stored plan(s) not in its last commit)");
  }

  private void tryRecover() {
    try {
      int reindexed = sync.recover();
      LOG.log(System.Logger.Level.INFO, "the index writes again: re-indexed " + reindexed + " plan(s) from the store "
          + "after the failure at " + TIME.format(degraded.since()) + "; accepting writes");
      degraded = null;
    } catch (RuntimeException e) {
      degraded = new Degraded(degraded.cause(), degraded.since(), sync.uncommitted());
      retryMs = Math.min(retryMs * 2, MAX_RETRY_MS);
      nextRetryNanos = System.nanoTime() + retryMs * 1_000_000;
      LOG.log(System.Logger.Level.INFO, "the index still cannot write (" + e + "); next try in " + retryMs + " ms");
    }
  }

  /**
   * Throws, saying what to do, while the index cannot write: a full disk is {@link StoreException.Reason#DISK_FULL}
   * (HTTP 507), anything else keeps its reason. Nothing is written by a refused request.
   */
  void checkWritable() {
    Degraded d = degraded;
    if (d == null) {
      Optional<Throwable> failure = index.writerFailure();
      if (failure.isEmpty()) return;
      failed(asStoreException(failure.get()));
      d = degraded;
    }
    throw new StoreException(d.cause().reason(), refusal(d), d.cause());
  }

  private static String refusal(Degraded d) {
    String fix = d.cause().reason() == StoreException.Reason.DISK_FULL ? "free space on that disk" : "fix the disk";
    return "writes are refused until the index can write again: " + d.cause().getMessage() + " (since "
        + TIME.format(d.since()) + "). Nothing was stored by this request. To resume, " + fix + ": the server "
        + "retries by itself, re-indexes the " + d.unindexed() + " stored plan(s) its last commit lacks and accepts "
        + "writes again; GET /api/health says \"ok\" then";
  }

  private StoreException asStoreException(Throwable failure) {
    if (failure instanceof StoreException s) return s;
    IOException io = failure instanceof IOException e ? e : new IOException(String.valueOf(failure.getMessage()), failure);
    return AtomicFiles.failure("write the index", indexDir, io);
  }
}
