package io.planscope.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** {@link Utf8} must give the JDK decoder's verdict on every input, whole or cut anywhere. */
class Utf8Test {
  private static boolean jdk(byte[] bytes, int n, boolean endOfInput) {
    CharsetDecoder decoder =
        StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    return !decoder.decode(ByteBuffer.wrap(bytes, 0, n), CharBuffer.allocate(n + 16), endOfInput).isError();
  }

  private static void assertSameVerdict(byte[] bytes) {
    for (int n = 0; n <= bytes.length; n++) {
      for (boolean end : new boolean[] {true, false}) {
        int len = n;
        assertEquals(jdk(bytes, n, end), Utf8.decodesCleanly(bytes, n, end),
            () -> "verdict differs on " + Arrays.toString(Arrays.copyOf(bytes, len)) + " end=" + end);
      }
    }
  }

  @Test
  void everySequenceOfUpToThreeBytesGetsTheJdkVerdict() {
    int[] interesting = {0x00, 0x41, 0x7F, 0x80, 0x8F, 0x90, 0x9F, 0xA0, 0xBF, 0xC0, 0xC1, 0xC2, 0xDF, 0xE0, 0xE1,
        0xEC, 0xED, 0xEE, 0xEF, 0xF0, 0xF1, 0xF3, 0xF4, 0xF5, 0xF7, 0xF8, 0xFF};
    for (int a : interesting) {
      for (int b : interesting) {
        for (int c : interesting) {
          assertSameVerdict(new byte[] {(byte) a, (byte) b, (byte) c});
          for (int d : new int[] {0x41, 0x80, 0x8F, 0xBF, 0xC0}) {
            assertSameVerdict(new byte[] {(byte) a, (byte) b, (byte) c, (byte) d, (byte) 0x41});
          }
        }
      }
    }
  }

  @Test
  void damagedChineseTextGetsTheJdkVerdict() {
    byte[] text = "教育局2023年工作要点：一、指导思想 𠀀 ©".getBytes(StandardCharsets.UTF_8);
    Random random = new Random(7);
    for (int n = 0; n < 5000; n++) {
      byte[] damaged = text.clone();
      for (int k = random.nextInt(3); k >= 0; k--) damaged[random.nextInt(damaged.length)] = (byte) random.nextInt(256);
      assertSameVerdict(damaged);
    }
  }

  @Test
  void acceptsTextAndRejectsGbk() {
    assertTrue(Utf8.decodesCleanly("工作计划".getBytes(StandardCharsets.UTF_8), 12, true));
    byte[] gbk = "工作计划".getBytes(java.nio.charset.Charset.forName("GBK"));
    assertFalse(Utf8.decodesCleanly(gbk, gbk.length, true));
  }
}
