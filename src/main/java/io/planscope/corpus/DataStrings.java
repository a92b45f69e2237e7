package io.planscope.corpus;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * Strings in the binary snapshot files read at every start (the store's catalogue, the index marker): a length, -1
 * for null, then UTF-8. A length that cannot be right is an {@link IOException}, so a damaged file reads as unreadable.
 */
public final class DataStrings {
  private static final int MAX_BYTES = 1 << 24;

  private DataStrings() {}

  public static void write(DataOutputStream out, String s) throws IOException {
    if (s == null) {
      out.writeInt(-1);
      return;
    }
    byte[] b = s.getBytes(StandardCharsets.UTF_8);
    out.writeInt(b.length);
    out.write(b);
  }

  public static String read(DataInputStream in) throws IOException {
    int n = in.readInt();
    if (n == -1) return null;
    if (n < 0 || n > MAX_BYTES) throw new IOException("implausible string length " + n);
    byte[] b = new byte[n];
    in.readFully(b);
    return new String(b, StandardCharsets.UTF_8);
  }
}
