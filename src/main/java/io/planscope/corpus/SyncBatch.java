package io.planscope.corpus;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * When the store's new documents reach the disk. Normally each is forced (its files, then the directory entries
 * that name them) before its import returns: about six fsyncs a document. During a batched bulk import
 * ({@link DocumentStore#batchSyncs}) new documents and plan files are written and renamed into place unforced; their
 * paths are remembered and forced together by {@link #flush}: before every index commit (so the index never holds a
 * plan the disk may lack), before the catalogue is saved, and when the batch ends, before the import reports.
 *
 * <p>Renaming an unforced file into place can leave it empty or short after a crash. So a marker file,
 * {@value #MARKER}, is written durably before the first unforced write and removed after the last flush; a store
 * opened with the marker present checks the documents and plan files written since it ({@link Healing}).
 */
final class SyncBatch {
  /** Present while files may be in place unforced: the next open heals what a crash left torn. */
  static final String MARKER = "unsynced-import";

  private final Path root;
  private final Set<Path> files = ConcurrentHashMap.newKeySet();
  private final Set<Path> dirs = ConcurrentHashMap.newKeySet();
  private volatile int open;

  SyncBatch(Path root) {
    this.root = root;
  }

  /** Whether writes are batched now (new documents' fsyncs are deferred to {@link #flush}). */
  boolean active() {
    return open > 0;
  }

  /** Starts (or joins) a batch: the marker is durable before any unforced write. */
  synchronized void begin() throws IOException {
    if (open == 0) AtomicFiles.write(root.resolve(MARKER), Instant.now().toString().getBytes(StandardCharsets.UTF_8));
    open++;
  }

  /** Leaves the batch; the last one out forces everything and removes the marker. */
  synchronized void end() throws IOException {
    flush();
    if (--open > 0) return;
    Files.deleteIfExists(root.resolve(MARKER));
    AtomicFiles.syncDirectory(root);
  }

  /** Remembers files put in place unforced, and the directories whose new entries name them. */
  void placed(Collection<Path> newFiles, Collection<Path> newEntriesIn) {
    files.addAll(newFiles);
    dirs.addAll(newEntriesIn);
  }

  /** Makes a rename in {@code dir} durable now, or at the next flush while batched. */
  void syncDirectory(Path dir) throws IOException {
    if (active()) {
      dirs.add(dir);
    } else {
      AtomicFiles.syncDirectory(dir);
    }
  }

  /**
   * Forces every file remembered so far, then the directories (whose entries name those files), each group at once
   * (concurrent fsyncs share journal commits). A file removed meanwhile (a document deleted again) is skipped.
   */
  synchronized void flush() throws IOException {
    List<Path> f = drain(files);
    List<Path> d = drain(dirs);
    AtomicFiles.forceAll(f);
    AtomicFiles.forceAll(d);
  }

  private static List<Path> drain(Set<Path> pending) {
    List<Path> out = new ArrayList<>(pending.size());
    for (Path p : pending) {
      pending.remove(p);
      if (Files.exists(p)) out.add(p);
    }
    return out;
  }

  /** Whether a crash (or a kill) ended a batch before its last flush: the marker is still there. */
  static boolean interrupted(Path root) {
    return Files.exists(root.resolve(MARKER));
  }
}
