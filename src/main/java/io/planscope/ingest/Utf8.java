package io.planscope.ingest;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;

/**
 * UTF-8 validation without decoding: the same verdict as the JDK's UTF-8 {@link java.nio.charset.CharsetDecoder}
 * reporting malformed input, at a fraction of its cost (most pages are UTF-8, and the sniffer asks before the text is
 * decoded for real).
 */
final class Utf8 {
  private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
  private static final long HIGH_BITS = 0x8080808080808080L;

  private Utf8() {}

  /**
   * Whether {@code bytes[0, n)} decode without a malformed sequence. When {@code endOfInput} is false the bytes are a
   * prefix, and a sequence cut at the end is fine as long as what is there of it is valid (as the decoder's
   * underflow); at the end of input a cut sequence is malformed.
   */
  static boolean decodesCleanly(byte[] bytes, int n, boolean endOfInput) {
    int i = 0;
    while (i < n) {
      // markup and Latin text are ASCII: skip it eight bytes at a time
      while (i + 8 <= n && ((long) LONGS.get(bytes, i) & HIGH_BITS) == 0) i += 8;
      if (i >= n) break;
      int b1 = bytes[i] & 0xFF;
      if (b1 < 0x80) {
        i++;
        continue;
      }
      int length = sequenceLength(b1);
      if (length == 0) return false;
      for (int k = 1; k < length; k++) {
        if (i + k >= n) return !endOfInput;
        if (!validAt(b1, k, bytes[i + k] & 0xFF)) return false;
      }
      if (b1 == 0xED && (bytes[i + 1] & 0xFF) >= 0xA0) return false; // a surrogate, checked once all 3 bytes are in
      i += length;
    }
    return true;
  }

  /** How many multi-byte sequences in {@code bytes[0, n)} are valid and how many are not. */
  record Tally(int valid, int malformed) {
    // a page of Chinese has thousands of sequences; a few broken ones are damage (a cut copy, a stray byte), while
    // GBK or Big5 read as UTF-8 is malformed almost everywhere (about one per char)
    private static final int FEW = 8;
    private static final int MAX_MALFORMED_PER_1000 = 20;
    private static final int MIN_VALID = 20;

    /** Whether the bytes are UTF-8 with a few broken sequences, rather than another charset. */
    boolean mostlyValid() {
      if (valid < MIN_VALID || malformed * 4L > valid) return false;
      return malformed <= FEW || malformed * 1000L <= (long) valid * MAX_MALFORMED_PER_1000;
    }
  }

  /** Counts valid and malformed sequences; a broken one counts once, as a replacing decoder writes one U+FFFD. */
  static Tally tally(byte[] bytes, int n) {
    int valid = 0;
    int malformed = 0;
    int i = 0;
    while (i < n) {
      int b1 = bytes[i] & 0xFF;
      if (b1 < 0x80) {
        i++;
        continue;
      }
      int length = validLength(bytes, i, n);
      if (length == 0) {
        malformed++;
        i += brokenLength(bytes, i, n);
      } else {
        valid++;
        i += length;
      }
    }
    return new Tally(valid, malformed);
  }

  /** The length of the valid sequence at i, or 0 when it is malformed or cut off at n. */
  private static int validLength(byte[] bytes, int i, int n) {
    int b1 = bytes[i] & 0xFF;
    int length = sequenceLength(b1);
    if (length == 0 || i + length > n) return 0;
    for (int k = 1; k < length; k++) if (!validAt(b1, k, bytes[i + k] & 0xFF)) return 0;
    return b1 == 0xED && (bytes[i + 1] & 0xFF) >= 0xA0 ? 0 : length;
  }

  /** How many bytes a broken sequence at i takes: its lead and the continuation bytes valid after it ("E6 95" = 2). */
  private static int brokenLength(byte[] bytes, int i, int n) {
    int b1 = bytes[i] & 0xFF;
    int length = sequenceLength(b1);
    int k = 1;
    while (k < length && i + k < n && validAt(b1, k, bytes[i + k] & 0xFF)) k++;
    return k;
  }

  /** 2 for C2–DF, 3 for E0–EF, 4 for F0–F4; 0 for a byte that cannot start a sequence (80–C1, F5–FF). */
  private static int sequenceLength(int b1) {
    if (b1 >= 0xC2 && b1 <= 0xDF) return 2;
    if (b1 >= 0xE0 && b1 <= 0xEF) return 3;
    if (b1 >= 0xF0 && b1 <= 0xF4) return 4;
    return 0;
  }

  /** Whether the k-th byte after lead b1 is a continuation byte allowed there (no overlong forms, nothing past U+10FFFF). */
  private static boolean validAt(int b1, int k, int b) {
    if ((b & 0xC0) != 0x80) return false;
    if (k != 1) return true;
    if (b1 == 0xE0) return b >= 0xA0;
    if (b1 == 0xF0) return b >= 0x90;
    if (b1 == 0xF4) return b < 0x90;
    return true;
  }
}
