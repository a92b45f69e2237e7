package io.planscope.corpus;

import java.io.IOException;
import java.nio.file.Path;

/**
 * The parts one store is made of, shared by the classes that change it ({@link Intake}, {@link Pruning}): its files,
 * who holds which plan, its catalogue snapshot, when its writes are forced, and the lock that serializes every change.
 */
record StoreParts(Path root, DocumentFiles documents, PlanFiles plans, Ownership owners, CatalogueFile catalogue,
    SyncBatch syncs, Object writeLock) {

  static StoreParts at(Path root) {
    SyncBatch syncs = new SyncBatch(root);
    DocumentFiles documents = new DocumentFiles(root, syncs);
    Ownership owners = new Ownership();
    return new StoreParts(root, documents, new PlanFiles(root, owners::holds, syncs), owners,
        new CatalogueFile(root, documents), syncs, new Object());
  }

  /** Replaces one document's metadata (the snapshot dropped first) and registers it. Under the write lock. */
  void writeDocument(DocumentFile file) {
    try {
      catalogue.drop();
      documents.write(file);
      owners.register(file);
    } catch (IOException e) {
      throw failure("update document " + file.id(), e);
    }
  }

  /** An I/O failure in this store, with a reason and a message saying what to do. */
  StoreException failure(String action, IOException e) {
    return AtomicFiles.failure(action, root, e);
  }
}
