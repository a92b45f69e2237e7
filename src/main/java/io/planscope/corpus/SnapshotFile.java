package io.planscope.corpus;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.function.IntPredicate;

/**
 * The binary layout of the snapshot files read at every start, while the JVM is still cold (the store's
 * {@link Catalogue} and the index marker): a magic number, the layout version, a stamp, the count of entries, the
 * entries, the count again (so a damaged file fails to read rather than reading short), then what the file adds at
 * its end. Strings are {@link DataStrings}. Written atomically ({@link AtomicFiles#write}).
 *
 * <p>To add a snapshot file: pick a new magic number, write each entry with a {@link Writer} and read it back with a
 * {@link Reader} that knows every layout version still read.
 */
public final class SnapshotFile {
  private final int magic;
  private final String what;

  /**
   * The format of one kind of snapshot file.
   *
   * @param magic the first int of every such file ("PSCT" for the catalogue)
   * @param what what the file is, for messages ("store catalogue")
   */
  public SnapshotFile(int magic, String what) {
    this.magic = magic;
    this.what = what;
  }

  /** Writes one entry, or the end of the file. */
  @FunctionalInterface
  public interface Writer<T> {
    void write(DataOutputStream out, T value) throws IOException;
  }

  /** Reads one entry, or the end of the file, as written in layout {@code version}. */
  @FunctionalInterface
  public interface Reader<T> {
    T read(DataInputStream in, int version) throws IOException;
  }

  /**
   * What a file held.
   *
   * @param version its layout version
   * @param stamp the stamp written with it (may be null)
   * @param entries the entries in the order written
   * @param end what followed the entries (null when the file adds nothing)
   */
  public record Contents<T, E>(int version, String stamp, List<T> entries, E end) {}

  /** Writes the file atomically and durably: header, each entry, the count again, then {@code end}. */
  public <T, E> void write(Path file, int version, String stamp, Collection<T> entries, Writer<T> entry, E end,
      Writer<E> endWriter) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream(entries.size() * 64 + 64);
    try (DataOutputStream out = new DataOutputStream(bytes)) {
      out.writeInt(magic);
      out.writeInt(version);
      DataStrings.write(out, stamp);
      out.writeInt(entries.size());
      for (T e : entries) entry.write(out, e);
      out.writeInt(entries.size());
      if (endWriter != null) endWriter.write(out, end);
    }
    AtomicFiles.write(file, bytes.toByteArray());
  }

  /**
   * Reads a file. Throws {@link IOException} saying why when it is not such a file, is in a layout version that
   * {@code readable} refuses, or is damaged.
   */
  public <T, E> Contents<T, E> read(Path file, IntPredicate readable, Reader<T> entry, Reader<E> endReader)
      throws IOException {
    try (InputStream raw = Files.newInputStream(file);
        DataInputStream in = new DataInputStream(new BufferedInputStream(raw, 1 << 16))) {
      if (in.readInt() != magic) throw new IOException("not a PlanScope " + what);
      int version = in.readInt();
      if (!readable.test(version)) throw new IOException("layout " + version + " is not one this version reads");
      String stamp = DataStrings.read(in);
      int count = in.readInt();
      if (count < 0) throw new IOException("implausible count " + count);
      List<T> entries = new ArrayList<>(Math.min(count, 1 << 16)); // a damaged count must not allocate gigabytes
      for (int i = 0; i < count; i++) entries.add(entry.read(in, version));
      if (in.readInt() != count) throw new IOException("the trailing count does not match");
      E end = endReader == null ? null : endReader.read(in, version);
      return new Contents<>(version, stamp, entries, end);
    }
  }
}
