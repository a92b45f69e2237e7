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
