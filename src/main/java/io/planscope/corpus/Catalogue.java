package io.planscope.corpus;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * A snapshot of every document's metadata in one file ({@value #FILE} in the store), so that opening a large store
 * reads one file instead of one {@code document.json} per document (measured: ≈ 0.1 s per thousand documents, so
 * 10 s at 100k). The rule that keeps it honest: <em>the snapshot is valid exactly when it exists</em>. It is written
 * (atomically) when the store is closed cleanly, and deleted, durably, before the first change to the store after
 * that. A crash, an older version or a hand edit therefore leave no snapshot, and the next open scans the documents
 * as before (and cleans up after a crash).
 *
 * <p>A compact binary layout rather than JSON: it is read while the JVM is still cold, where a JSON parser with
 * date parsing cost ≈ 40 ms per thousand documents. Layout ({@link SnapshotFile}): magic, version, stamp, count, then per document its fields
 * (strings as length + UTF-8, times as epoch second + nano), then the count again as a check. The stamp after the
 * version is a random id: the index marker written at the same clean shutdown quotes it, so an open that finds both
 * knows the index holds exactly the store and skips comparing them plan by plan. Version 2 adds, after the second
 * count, each shard directory's modification time: adding or removing a document directory changes its shard's time,
 * so an open compares 256 times instead of listing every document directory. Version 3 adds, after each document's
 * sources, its parser version (-1 when not recorded) and the plans deleted from it by hand; version 4 adds the publish
 * date given by hand (empty when none). Older versions are still read (their documents lack what came later).
 */
final class Catalogue {
  static final String FILE = "catalogue.bin";
  private static final SnapshotFile FORMAT = new SnapshotFile(0x50534354, "store catalogue"); // "PSCT"
  private static final int VERSION = 4;

  private Catalogue() {}

  /**
   * A snapshot: its stamp (a random id written with it, which the index marker can quote), the documents, and the
   * shard directories' modification times in nanoseconds when it was written (null from a version 1 file).
   */
  record Snapshot(String stamp, List<DocumentFile> documents, Map<String, Long> shardTimes, int layout) {
    /** Read from an older layout: still valid, but to be written again in the current one. */
    boolean outdated() {
      return layout < VERSION;
    }
  }

  /** A valid snapshot, or empty when there is none (or it cannot be read: then scan). */
  static Optional<Snapshot> read(Path root) {
    Path file = root.resolve(FILE);
    if (!Files.isRegularFile(file)) return Optional.empty();
    try {
      SnapshotFile.Contents<DocumentFile, Map<String, Long>> c = FORMAT.read(file, v -> v >= 1 && v <= VERSION,
          Catalogue::readDocument, (in, version) -> version == 1 ? null : readShardTimes(in));
      return Optional.of(new Snapshot(c.stamp(), c.entries(), c.end(), c.version()));
    } catch (IOException | RuntimeException e) {
      System.getLogger(Catalogue.class.getName()).log(System.Logger.Level.WARNING,
          "ignoring the unreadable store catalogue " + file + " (" + e + "); scanning the documents");
      return Optional.empty();
    }
  }

  /** Writes the snapshot atomically (temp file, fsync, rename, directory sync). */
  static void write(Path root, String stamp, List<DocumentFile> documents, Map<String, Long> shardTimes)
      throws IOException {
    FORMAT.write(root.resolve(FILE), VERSION, stamp, documents, Catalogue::writeDocument, shardTimes,
        Catalogue::writeShardTimes);
  }

  /** Deletes the snapshot durably; true when there was one. */
  static boolean delete(Path root) throws IOException {
    boolean existed = Files.deleteIfExists(root.resolve(FILE));
    if (existed) AtomicFiles.syncDirectory(root);
    return existed;
  }

  private static void writeDocument(DataOutputStream out, DocumentFile d) throws IOException {
    DataStrings.write(out, d.id());
    DataStrings.write(out, d.filename());
    DataStrings.write(out, d.contentType());
    out.writeLong(d.size());
    out.writeBoolean(d.parsed());
    writeIds(out, d.planIds());
    out.writeInt(d.sources().size());
    for (PlanSource s : d.sources()) {
      DataStrings.write(out, s.documentId());
      DataStrings.write(out, s.uri());
      out.writeBoolean(s.fetchedAt() != null);
      if (s.fetchedAt() != null) {
        out.writeLong(s.fetchedAt().getEpochSecond());
        out.writeInt(s.fetchedAt().getNano());
      }
    }
    out.writeInt(d.parserVersion() == null ? -1 : d.parserVersion());
    writeIds(out, d.deletedPlans());
    DataStrings.write(out, d.published() == null ? "" : d.published());
  }

  private static void writeIds(DataOutputStream out, List<String> ids) throws IOException {
    out.writeInt(ids.size());
    for (String id : ids) DataStrings.write(out, id);
  }

  private static List<String> readIds(DataInputStream in) throws IOException {
    int n = count(in);
    List<String> ids = new ArrayList<>(n);
    for (int i = 0; i < n; i++) ids.add(DataStrings.read(in));
    return ids;
  }

  private static DocumentFile readDocument(DataInputStream in, int layout) throws IOException {
    String id = DataStrings.read(in);
    String filename = DataStrings.read(in);
    String contentType = DataStrings.read(in);
    long size = in.readLong();
    boolean parsed = in.readBoolean();
    List<String> planIds = readIds(in);
    int sourceCount = count(in);
    List<PlanSource> sources = new ArrayList<>(sourceCount);
    for (int n = 0; n < sourceCount; n++) {
      String docId = DataStrings.read(in);
      String uri = DataStrings.read(in);
      Instant fetchedAt = in.readBoolean() ? Instant.ofEpochSecond(in.readLong(), in.readInt()) : null;
      sources.add(new PlanSource(docId, uri, fetchedAt));
    }
    Integer parserVersion = layout < 3 ? null : readParserVersion(in);
    List<String> deleted = layout < 3 ? List.of() : readIds(in);
    String published = layout < 4 ? "" : DataStrings.read(in);
    return new DocumentFile(id, filename, contentType, size, sources, planIds, parsed, parserVersion, deleted,
        published.isEmpty() ? null : published);
  }

  private static Integer readParserVersion(DataInputStream in) throws IOException {
    int v = in.readInt();
    if (v < -1 || v == 0 || v > 1_000) throw new IOException("implausible parser version " + v);
    return v == -1 ? null : v;
  }

  private static void writeShardTimes(DataOutputStream out, Map<String, Long> shardTimes) throws IOException {
    out.writeInt(shardTimes.size());
    for (Map.Entry<String, Long> e : shardTimes.entrySet()) {
      DataStrings.write(out, e.getKey());
      out.writeLong(e.getValue());
    }
  }

  private static Map<String, Long> readShardTimes(DataInputStream in) throws IOException {
    int n = count(in);
    Map<String, Long> times = new TreeMap<>();
    for (int i = 0; i < n; i++) times.put(DataStrings.read(in), in.readLong());
    return times;
  }

  private static int count(DataInputStream in) throws IOException {
    int n = in.readInt();
    if (n < 0 || n > 1_000_000) throw new IOException("implausible count " + n);
    return n;
  }
}
