package io.planscope.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.planscope.corpus.DocumentStore;
import io.planscope.corpus.StoreException;
import io.planscope.corpus.TestPlans;
import io.planscope.index.PlanIndex;
import io.planscope.source.SourceDocument;
import java.io.IOException;
import java.nio.file.Path;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FilterDirectory;
import org.apache.lucene.store.IOContext;
import org.apache.lucene.store.IndexOutput;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The full-disk recovery without mounting anything: a directory that answers "No space left on device" on demand
 * makes the reopen's flush fail, Lucene closes the writer, and the recovery must refuse writes until the disk has
 * room, then reopen the writer and re-index from the store what the last commit lacks.
 */
class IndexRecoveryTest {
  @TempDir Path dir;

  /** An in-memory directory that fails every new file while {@link #full}, as a full disk does. */
  static final class FullDisk extends FilterDirectory {
    volatile boolean full;

    FullDisk(Directory in) {
      super(in);
    }

    @Override
    public IndexOutput createOutput(String name, IOContext context) throws IOException {
      if (full) throw new IOException("No space left on device");
      return super.createOutput(name, context);
    }

    @Override
    public IndexOutput createTempOutput(String prefix, String suffix, IOContext context) throws IOException {
      if (full) throw new IOException("No space left on device");
      return super.createTempOutput(prefix, suffix, context);
    }
  }

  @Test
  void aWriterClosedByAFullDiskIsReopenedAndCaughtUpFromTheStoreOnceThereIsRoom() throws Exception {
    DocumentStore store = DocumentStore.open(dir.resolve("store"));
    FullDisk disk = new FullDisk(new ByteBuffersDirectory());
    try (PlanIndex index = PlanIndex.over(disk)) {
      IndexSync sync = new IndexSync(store, index, null);
      IndexRecovery recovery = new IndexRecovery(sync, index, null);
      importPlan(store, sync, "淳安");
      sync.commit();
      disk.full = true;
      // Stored; indexing it needs a new segment file, which fails, and Lucene closes the writer for good.
      StoreException stored = assertThrows(StoreException.class, () -> importPlan(store, sync, "建德"));
      assertEquals(StoreException.Reason.DISK_FULL, stored.reason(), stored.getMessage());
      assertTrue(index.writerFailure().isPresent());
      StoreException commit = assertThrows(StoreException.class, sync::commit); // not Lucene's IllegalStateException
      assertEquals(StoreException.Reason.DISK_FULL, commit.reason(), commit.getMessage());

      assertFalse(recovery.healthy());
      StoreException refused = assertThrows(StoreException.class, recovery::checkWritable);
      assertEquals(StoreException.Reason.DISK_FULL, refused.reason());
      assertTrue(refused.getMessage().contains("free space"), refused.getMessage());
      assertEquals(1, recovery.degraded().orElseThrow().unindexed()); // 建德: stored, not in the last commit
      assertThrows(StoreException.class, () -> importPlan(store, sync, "桐庐"), "the writer is still closed");
      Thread.sleep(1200);
      assertFalse(recovery.healthy(), "still full: the retry fails and the writes stay refused");

      disk.full = false;
      long end = System.nanoTime() + 20_000_000_000L;
      while (!recovery.healthy() && System.nanoTime() < end) Thread.sleep(100);
      assertTrue(recovery.degraded().isEmpty(), "recovered once the disk had room");
      recovery.checkWritable();
      assertEquals(store.planIds().size(), index.stats().plans()); // 桐庐 too: stored before its sync failed
      assertEquals(0, sync.uncommitted());
    }
  }

  private static void importPlan(DocumentStore store, IndexSync sync, String seed) {
    SourceDocument doc = TestPlans.txt(seed + ".txt", TestPlans.planText(seed, 3));
    store.addParsed(doc, TestPlans.parse(doc).plans()).document().planIds().forEach(sync::sync);
  }
}
