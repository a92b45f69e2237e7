package io.planscope.corpus;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * One store's {@link Catalogue} snapshot and what is known about it: loading the documents on open (from the snapshot
 * when it matches the disk, else by reading every document.json), deleting it durably before the first change after
 * that, and writing it again on a clean close. The snapshot is valid exactly while it exists, so a crash or another
 * version's change leaves none and the next open scans. Thread-safe; {@link #drop} and {@link #save} run under the
 * store's write lock.
 */
final class CatalogueFile {
  private final Path root;
  private final DocumentFiles files;
  /** Whether the snapshot may exist on disk: it must be gone before the first change. */
  private volatile boolean onDisk = true;
  /** The snapshot on disk was read in an older layout: still valid, but saved again in the current one. */
  private volatile boolean outdated;
  /** The stamp of the snapshot on disk while {@link #onDisk}. */
  private volatile String stamp;

  CatalogueFile(Path root, DocumentFiles files) {
    this.root = root;
    this.files = files;
  }

  /** What opening read: every document, and whether they were scanned from disk (no valid snapshot). */
  record Loaded(List<DocumentFile> documents, boolean scanned) {}

  /** Reads the documents: from the snapshot when it matches the disk, else from every document.json. */
  Loaded load(boolean writable) throws IOException {
    Optional<Catalogue.Snapshot> snapshot = Catalogue.read(root);
    if (snapshot.isPresent() && matchesDisk(snapshot.get())) {
      stamp = snapshot.get().stamp();
      outdated = snapshot.get().outdated(); // an older layout: rewritten at the next save
      return new Loaded(snapshot.get().documents(), false);
    }
    if (writable) Catalogue.delete(root); // stale or unreadable: gone before any change
    onDisk = false;
    if (!files.exist()) return new Loaded(List.of(), false);
    return new Loaded(files.scan(), true);
  }

  /**
   * Whether the snapshot describes the documents on disk, catching a store changed by a version that does not know
   * the snapshot. The shard directories' times answer it when each has sub-second precision (a file system that
   * keeps whole seconds could hide an addition in the second the snapshot was written); else the document
   * directories are listed and compared with the snapshot's ids (also when the times differ: a copy may not keep them).
   */
  private boolean matchesDisk(Catalogue.Snapshot snapshot) throws IOException {
    Map<String, Long> times = snapshot.shardTimes();
    boolean fine = times != null && times.values().stream().allMatch(t -> t % 1_000_000_000L != 0);
    return fine && times.equals(files.shardTimes()) || sameIds(snapshot.documents()); // maybe only copied
  }

  private boolean sameIds(List<DocumentFile> snapshot) throws IOException {
    Set<String> onDisk = files.idsOnDisk();
    if (onDisk.size() != snapshot.size()) return false;
    for (DocumentFile f : snapshot) if (!onDisk.contains(f.id())) return false;
    return true;
  }

  /** The stamp of the snapshot this store was loaded from (or saved), while nothing has changed since. */
  Optional<String> stamp() {
    return onDisk ? Optional.ofNullable(stamp) : Optional.empty();
  }

  /** Deletes the snapshot (durably) before the first change after it was read or written. */
  synchronized void drop() throws IOException {
    if (onDisk) {
      Catalogue.delete(root);
      onDisk = false;
    }
  }

  /**
   * Writes the snapshot of {@code documents} (unless the one on disk is still valid) and returns its stamp. The same
   * documents in a newer layout keep their stamp (the index marker quotes it); a change gets a new one.
   */
  synchronized String save(List<DocumentFile> documents) throws IOException {
    if (onDisk && !outdated) return stamp; // unchanged since read or written: valid
    String next = onDisk ? stamp : UUID.randomUUID().toString();
    Catalogue.write(root, next, documents, files.shardTimes());
    stamp = next;
    onDisk = true;
    outdated = false;
    return next;
  }
}
