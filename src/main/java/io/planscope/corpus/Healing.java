package io.planscope.corpus;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Opening a store whose batched bulk import ({@link SyncBatch}) ended before its last flush (a crash or a kill): the
 * documents and plan files written since the batch began may be empty or short. Each document directory changed
 * since then is checked: an original whose SHA-256 is not its id, or an unreadable document.json, removes the
 * document (that import never reported success; importing the file again stores it); a document whose plan files are
 * missing or unreadable is set back to unparsed, so the workspace parses its original again on open. A plan file
 * written since that does not read is removed. What remains is forced to disk, then the marker removed.
 */
final class Healing {
  /** A little before the marker's time: file times are coarse on some file systems. */
  private static final long SLACK_MS = 2_000;

  private Healing() {}

  /** What was repaired: documents removed, documents set back to unparsed, plan files removed. */
  record Healed(int removed, int unparsed, int plans) {}

  /** Heals the store at {@code root} when the marker says a batch was interrupted; nothing otherwise. */
  static Healed heal(Path root, DocumentFiles documents, PlanFiles plans) throws IOException {
    if (!SyncBatch.interrupted(root)) return new Healed(0, 0, 0);
    FileTime since = FileTime.fromMillis(
        Files.getLastModifiedTime(root.resolve(SyncBatch.MARKER)).toMillis() - SLACK_MS);
    List<Path> checked = new ArrayList<>();
    int plansRemoved = removeTornPlans(root.resolve("plans"), since, checked);
    int removed = 0;
    int unparsed = 0;
    for (Path dir : documents.changedSince(since)) {
      DocumentFile file = documents.readIntact(dir);
      if (file == null) {
        AtomicFiles.deleteTree(dir);
        removed++;
      } else if (file.parsed() && !file.planIds().stream().allMatch(id -> readable(plans.file(id)))) {
        documents.write(file.unparsed());
        unparsed++;
      } else {
        checked.addAll(DocumentFiles.toForce(dir));
      }
      checked.add(dir.getParent());
    }
    // a catalogue saved after the torn writes lists them as whole: the next load must read the documents instead
    if (removed + unparsed + plansRemoved > 0) Catalogue.delete(root);
    checked.add(root.resolve("plans"));
    AtomicFiles.forceAll(checked.stream().filter(Files::exists).distinct().toList());
    Files.delete(root.resolve(SyncBatch.MARKER));
    AtomicFiles.syncDirectory(root);
    return new Healed(removed, unparsed, plansRemoved);
  }

  private static int removeTornPlans(Path plansDir, FileTime since, List<Path> checked) throws IOException {
    if (!Files.isDirectory(plansDir)) return 0;
    int n = 0;
    try (Stream<Path> files = Files.list(plansDir)) {
      for (Path f : files.filter(f -> f.getFileName().toString().endsWith(".json")).toList()) {
        if (Files.getLastModifiedTime(f).compareTo(since) < 0) continue;
        if (readable(f)) {
          checked.add(f);
        } else {
          Files.delete(f);
          n++;
        }
      }
    }
    return n;
  }

  /** Whether a plan file is there and reads as a plan (a torn one is empty or cut short). */
  static boolean readable(Path planFile) {
    try {
      PlanFiles.decode(Files.readAllBytes(planFile));
      return true;
    } catch (IOException | RuntimeException e) {
      return false;
    }
  }
}
