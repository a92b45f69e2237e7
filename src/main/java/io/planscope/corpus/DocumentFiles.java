package io.planscope.corpus;

import io.planscope.plan.NotFoundException;
import io.planscope.source.SourceDocument;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The document side of the store's disk: each original and its {@code document.json} under
 * {@code documents/ab/abcdef0123456789/}, and the work area {@code tmp/} where a document directory is prepared (both
 * files fsynced) before it is renamed into place, so a document exists whole or not at all. Knows files only: which
 * document holds which plan is {@link Ownership}'s, and when a write may happen is {@link DocumentStore}'s.
 */
final class DocumentFiles {
  private static final Pattern DOC_ID = Pattern.compile("[0-9a-f]{16}");
  /** An original as older stores wrote it, uncompressed; still read, never written. */
  static final String ORIGINAL = "original";
  /** An original as written now: the received bytes, gzip-compressed (pages are HTML, a fifth of it compressed). */
  static final String ORIGINAL_GZ = "original.gz";
  static final String METADATA = "document.json";

  private final Path documentsDir;
  private final Path tmpDir;
  private final SyncBatch syncs;

  DocumentFiles(Path root, SyncBatch syncs) {
    this.documentsDir = root.resolve("documents");
    this.tmpDir = root.resolve("tmp");
    this.syncs = syncs;
  }

  /** Creates documents/ and empties tmp/ (half-prepared documents and deleted ones' trash from a crash). */
  void prepareDirectories() throws IOException {
    AtomicFiles.createDirectory(documentsDir);
    AtomicFiles.deleteTree(tmpDir);
    AtomicFiles.createDirectory(tmpDir);
  }

  /** The metadata of a document that just arrived: its one source, no plans yet. */
  static DocumentFile arrived(String id, SourceDocument doc) {
    String filename = ContentTypes.cleanFilename(doc.filename());
    String type = doc.httpContentType() == null ? ContentTypes.guess(filename) : doc.httpContentType();
    PlanSource source = new PlanSource(id, sourceUri(doc, filename), fetchedAt(doc));
    return new DocumentFile(
        id, filename, type, doc.bytes().length, List.of(source), List.of(), false, null, List.of(), doc.published());
  }

  /** Where {@code doc} came from; an upload without one is named after its file. */
  static String sourceUri(SourceDocument doc, String filename) {
    return doc.sourceUri() == null || doc.sourceUri().isBlank() ? "upload:" + filename : doc.sourceUri();
  }

  static Instant fetchedAt(SourceDocument doc) {
    return doc.fetchedAt() == null ? Instant.now() : doc.fetchedAt();
  }

  /**
   * Writes original + document.json into a fresh directory under tmp/; the caller forces {@link #toForce} (with other
   * files, at once) before placing it.
   */
  Path prepareUnsynced(DocumentFile file, byte[] bytes) throws IOException {
    Path dir = tmpDir.resolve(UUID.randomUUID().toString());
    Files.createDirectory(dir);
    try {
      AtomicFiles.writeUnsynced(dir.resolve(ORIGINAL_GZ), Gzip.compress(bytes));
      AtomicFiles.writeUnsynced(dir.resolve(METADATA), DocumentStore.JSON.writeValueAsBytes(file));
    } catch (IOException | RuntimeException e) {
      AtomicFiles.deleteQuietly(dir); // a full disk: the caller never sees the directory, so it is removed here
      throw e;
    }
    return dir;
  }

  /** What makes a prepared directory durable: its two files and the directory itself. */
  static List<Path> toForce(Path prepared) {
    return List.of(originalIn(prepared), prepared.resolve(METADATA), prepared);
  }

  /**
   * Moves a prepared (fsynced) document directory into place, durably; the id must not be stored yet. While writes
   * are batched ({@link SyncBatch}) the directory is unforced, and it and its files are forced at the next flush.
   */
  void place(String id, Path prepared) throws IOException {
    Path target = dir(id);
    AtomicFiles.createDirectory(target.getParent());
    if (!AtomicFiles.moveIntoPlace(prepared, target, syncs.active())) {
      throw new IOException("'" + target + "' exists but is not in the store's catalogue");
    }
    if (syncs.active()) syncs.placed(toForce(target), List.of(target.getParent()));
  }

  /** Replaces one document's document.json atomically and durably. */
  void write(DocumentFile file) throws IOException {
    AtomicFiles.write(dir(file.id()).resolve(METADATA), DocumentStore.JSON.writeValueAsBytes(file));
  }

  /**
   * Replaces several documents' document.json together: prepared under tmp/, forced at once, renamed into place, the
   * document directories forced at once.
   */
  void writeAll(Collection<DocumentFile> files) throws IOException {
    Map<Path, DocumentFile> temps = new LinkedHashMap<>();
    try {
      for (DocumentFile f : files) {
        Path temp = tmpDir.resolve(UUID.randomUUID() + ".json");
        temps.put(temp, f);
        AtomicFiles.writeUnsynced(temp, DocumentStore.JSON.writeValueAsBytes(f));
      }
      AtomicFiles.forceAll(temps.keySet());
      for (Map.Entry<Path, DocumentFile> e : temps.entrySet()) {
        Files.move(e.getKey(), dir(e.getValue().id()).resolve(METADATA), StandardCopyOption.ATOMIC_MOVE,
            StandardCopyOption.REPLACE_EXISTING);
      }
      AtomicFiles.forceAll(files.stream().map(f -> dir(f.id())).toList());
    } finally {
      for (Path temp : temps.keySet()) AtomicFiles.deleteQuietly(temp);
    }
  }

  /**
   * Moves a document's directory into tmp/ (durably gone from documents/) and returns where it went: the caller
   * deletes that once the document is forgotten, and the next open empties tmp/ should it not.
   */
  Path moveToTrash(String docId) throws IOException {
    Path trash = tmpDir.resolve(UUID.randomUUID().toString());
    Files.move(dir(docId), trash, StandardCopyOption.ATOMIC_MOVE);
    AtomicFiles.syncDirectory(dir(docId).getParent());
    return trash;
  }

  /** The original bytes, exactly as received. */
  byte[] original(String docId) throws IOException {
    return readOriginal(dir(docId));
  }

  /** A document directory's original file: compressed, or uncompressed as older stores wrote it. */
  static Path originalIn(Path dir) {
    Path plain = dir.resolve(ORIGINAL);
    return Files.exists(plain) ? plain : dir.resolve(ORIGINAL_GZ);
  }

  private static byte[] readOriginal(Path dir) throws IOException {
    Path file = originalIn(dir);
    byte[] bytes = Files.readAllBytes(file);
    return file.getFileName().toString().equals(ORIGINAL_GZ) ? Gzip.decompress(bytes) : bytes;
  }

  boolean exist() {
    return Files.isDirectory(documentsDir);
  }

  /** Reads every document.json on disk (the slow path of opening, without a catalogue snapshot). */
  List<DocumentFile> scan() throws IOException {
    List<DocumentFile> found = new ArrayList<>();
    for (Path shard : shards()) {
      try (Stream<Path> dirs = Files.list(shard)) {
        for (Path dir : dirs.filter(d -> isId(d.getFileName().toString())).toList()) {
          Path meta = dir.resolve(METADATA);
          if (!Files.exists(meta)) continue; // cannot happen with the rename protocol; skip rather than guess
          found.add(DocumentStore.JSON.readValue(meta.toFile(), DocumentFile.class));
        }
      }
    }
    return found;
  }

  /** Document directories changed at or after {@code since} (for {@link Healing}). */
  List<Path> changedSince(java.nio.file.attribute.FileTime since) throws IOException {
    List<Path> changed = new ArrayList<>();
    for (Path shard : shards()) {
      if (Files.getLastModifiedTime(shard).compareTo(since) < 0) continue; // no entry added or removed since
      try (Stream<Path> dirs = Files.list(shard)) {
        for (Path dir : dirs.filter(d -> isId(d.getFileName().toString())).toList()) {
          if (Files.getLastModifiedTime(dir).compareTo(since) >= 0) changed.add(dir);
        }
      }
    }
    return changed;
  }

  /**
   * The metadata of a document directory when the document is whole: its document.json reads, and its original has
   * the recorded size and the SHA-256 its id names; null otherwise (torn by a crash before its files were forced).
   */
  DocumentFile readIntact(Path dir) {
    try {
      DocumentFile file = DocumentStore.JSON.readValue(dir.resolve(METADATA).toFile(), DocumentFile.class);
      byte[] original = readOriginal(dir);
      boolean whole = file.id().equals(dir.getFileName().toString()) && original.length == file.size()
          && DocumentStore.documentId(original).equals(file.id());
      return whole ? file : null;
    } catch (IOException | RuntimeException e) {
      return null;
    }
  }

  /** The ids of the document directories on disk (cheap next to reading each one). */
  Set<String> idsOnDisk() throws IOException {
    Set<String> ids = new HashSet<>();
    for (Path shard : shards()) {
      try (Stream<Path> dirs = Files.list(shard)) {
        dirs.map(d -> d.getFileName().toString()).filter(DocumentFiles::isId).forEach(ids::add);
      }
    }
    return ids;
  }

  /** Each shard directory's modification time in nanoseconds: adding or removing a document changes its shard's. */
  Map<String, Long> shardTimes() throws IOException {
    Map<String, Long> times = new TreeMap<>();
    for (Path shard : shards()) {
      times.put(shard.getFileName().toString(), Files.getLastModifiedTime(shard).to(TimeUnit.NANOSECONDS));
    }
    return times;
  }

  private List<Path> shards() throws IOException {
    if (!exist()) return List.of();
    try (Stream<Path> shards = Files.list(documentsDir)) {
      return shards.filter(Files::isDirectory).toList();
    }
  }

  private Path dir(String docId) {
    if (!isId(docId)) throw new NotFoundException("document", docId);
    return documentsDir.resolve(docId.substring(0, 2)).resolve(docId);
  }

  private static boolean isId(String name) {
    return DOC_ID.matcher(name).matches();
  }
}
