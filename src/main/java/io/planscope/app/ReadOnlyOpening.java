package io.planscope.app;

import io.planscope.corpus.AtomicFiles;
import io.planscope.corpus.DocumentStore;
import io.planscope.corpus.StoreException;
import io.planscope.index.PlanIndex;
import java.io.IOException;
import java.util.Optional;

/**
 * Opening a data directory that cannot be written (a read-only mount, no write permission), so that reads still
 * work: the store read-only, the index's last commit without its write lock (Lucene's lock file cannot be created
 * there), and when there is no usable index on disk, one built in memory from the store.
 */
final class ReadOnlyOpening {
  /** The opened parts, and how many stored plans the index on disk lacks (searches miss them). */
  record Opened(DocumentStore store, PlanIndex index, int unindexed) {}

  private ReadOnlyOpening() {}

  /** Why opening for writing failed, when it is because the directory cannot be written; else empty. */
  static Optional<String> reason(DataDir dataDir, Exception e) {
    if (e instanceof DataDirInUseException) return Optional.empty();
    StoreException s = e instanceof StoreException se ? se
        : e instanceof IOException io ? AtomicFiles.failure("open", dataDir.root(), io) : null;
    if (s == null || s.reason() != StoreException.Reason.READ_ONLY) return Optional.empty();
    Throwable root = e;
    while (root.getCause() != null && root.getCause() != root) root = root.getCause();
    return Optional.of("the data directory '" + dataDir.root() + "' cannot be written (" + root.getMessage() + ")");
  }

  static Opened open(DataDir dataDir) throws IOException {
    DocumentStore store = DocumentStore.openReadOnly(dataDir.store());
    Optional<IndexMarker> marker = IndexSync.readMarkerIn(dataDir.index());
    if (marker.isPresent() && PlanIndex.exists(dataDir.index())) {
      PlanIndex index = PlanIndex.openReadOnly(dataDir.index());
      IndexSync sync = new IndexSync(store, index, dataDir.index());
      sync.assumeCommitted(marker.get());
      return new Opened(store, index, sync.uncommitted());
    }
    // No index this version can read (never built, removed, another layout): built in memory from the store.
    PlanIndex index = PlanIndex.inMemory();
    new IndexSync(store, index, null).rebuild();
    index.refresh();
    return new Opened(store, index, 0);
  }
}
