package io.planscope.corpus;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Comparator;
import java.util.UUID;
import java.util.stream.Stream;

/**
 * Durable file writes: write to a temporary name, fsync, rename atomically, fsync the directory. A crash at any point
 * leaves either the old file or the new one, never a torn one (a stray temporary file at worst, removed on open).
 */
public final class AtomicFiles {
  /** Temporary names start with this, so a scan can skip and clean them. */
  static final String TEMP_PREFIX = ".tmp-";

  private AtomicFiles() {}

  /** Replaces {@code target} with {@code bytes} atomically and durably. */
  public static void write(Path target, byte[] bytes) throws IOException {
    replace(target, bytes);
    syncDirectory(target.getParent());
  }

  /**
   * Replaces {@code target} atomically with fsynced content, but leaves the directory sync (which makes the rename
   * durable) to the caller, so several files can share one.
   */
  static void replace(Path target, byte[] bytes) throws IOException {
    Path temp = target.getParent().resolve(TEMP_PREFIX + UUID.randomUUID());
    try {
      writeSynced(temp, bytes);
      Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    } finally {
      Files.deleteIfExists(temp);
    }
  }

  /** Creates a new file with {@code bytes} and forces it to disk. */
  static void writeSynced(Path file, byte[] bytes) throws IOException {
    try (FileChannel ch =
        FileChannel.open(file, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
      ByteBuffer buf = ByteBuffer.wrap(bytes);
      while (buf.hasRemaining()) ch.write(buf);
      ch.force(true);
    }
  }

  /**
   * Renames a prepared directory (or file) to a name that must not exist yet. Returns false when the target already
   * exists (someone else stored the same content first).
   */
  static boolean moveIntoPlace(Path source, Path target) throws IOException {
    if (Files.exists(target)) return false;
    try {
      Files.move(source, target, StandardCopyOption.ATOMIC_MOVE);
    } catch (FileAlreadyExistsException | DirectoryNotEmptyException e) {
      return false;
    }
    syncDirectory(target.getParent());
    return true;
  }

  /** Makes a rename or a new entry in {@code dir} durable. */
  public static void syncDirectory(Path dir) throws IOException {
    try (FileChannel ch = FileChannel.open(dir, StandardOpenOption.READ)) {
      ch.force(true);
    }
  }

  /** Creates a directory (and parents), syncing the parent when the directory is new. */
  static void createDirectory(Path dir) throws IOException {
    if (Files.isDirectory(dir)) return;
    Files.createDirectories(dir);
    syncDirectory(dir.getParent());
  }

  /** Deletes a file tree; a missing tree is fine. */
  static void deleteTree(Path root) throws IOException {
    if (!Files.exists(root)) return;
    try (Stream<Path> walk = Files.walk(root)) {
      for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) Files.deleteIfExists(p);
    }
  }

  /** Wraps an I/O failure with a reason the web layer can map and a message that says what to do. */
  public static StoreException failure(String action, Path where, IOException e) {
    String detail = String.valueOf(e.getMessage());
    if (detail.contains("No space left") || detail.contains("Disk quota")) {
      return new StoreException(
          StoreException.Reason.DISK_FULL,
          "cannot " + action + ": the disk holding '" + where + "' is full; free space and retry",
          e);
    }
    if (e instanceof AccessDeniedException
        || (e instanceof FileSystemException && detail.contains("Read-only"))) {
      return new StoreException(
          StoreException.Reason.READ_ONLY,
          "cannot " + action + ": '" + where + "' is read-only or not writable; check its permissions or use --data",
          e);
    }
    return new StoreException(
        StoreException.Reason.IO, "cannot " + action + " in '" + where + "': " + detail, e);
  }
}
