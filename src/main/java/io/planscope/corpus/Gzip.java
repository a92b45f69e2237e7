package io.planscope.corpus;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.util.zip.Deflater;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * The store's compression: gzip at the fastest level, for plan files and originals. Gzip rather than anything
 * newer so that a person can read a backup of the store with {@code zcat} and nothing else.
 */
final class Gzip {
  private Gzip() {}

  /** A gzip stream at the fastest level over {@code out}; closing it finishes the gzip member and closes out. */
  static OutputStream fastest(OutputStream out) throws IOException {
    return new GZIPOutputStream(out, 8192) {
      {
        def.setLevel(Deflater.BEST_SPEED);
      }
    };
  }

  static byte[] compress(byte[] bytes) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream(bytes.length / 3 + 64);
    try (OutputStream gz = fastest(out)) {
      gz.write(bytes);
    }
    return out.toByteArray();
  }

  static byte[] decompress(byte[] bytes) throws IOException {
    try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(bytes), 8192)) {
      return in.readAllBytes();
    }
  }

  /** Whether the bytes start as a gzip member does. */
  static boolean is(byte[] bytes) {
    return bytes.length > 2 && bytes[0] == (byte) 0x1f && bytes[1] == (byte) 0x8b;
  }
}
