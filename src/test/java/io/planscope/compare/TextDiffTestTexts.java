package io.planscope.compare;

import java.util.Random;

/** Texts for diff tests built on the fly, so no large blobs are committed. */
public final class TextDiffTestTexts {
  private TextDiffTestTexts() {}

  /** {@code length} random characters from the CJK Unified Ideographs block: two such texts share almost nothing. */
  public static String randomHan(Random random, int length) {
    StringBuilder sb = new StringBuilder(length);
    for (int i = 0; i < length; i++) sb.append((char) (0x4E00 + random.nextInt(0x9FA5 - 0x4E00)));
    return sb.toString();
  }
}
