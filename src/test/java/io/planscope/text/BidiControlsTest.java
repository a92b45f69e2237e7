package io.planscope.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import org.junit.jupiter.api.Test;

class BidiControlsTest {
  @Test
  void stripsEveryBidiControl() {
    String all = "\u202A\u202B\u202C\u202D\u202E\u2066\u2067\u2068\u2069\u200E\u200F\u061C";
    assertEquals("计划.txt", BidiControls.strip("计" + all + "划.txt"));
  }

  @Test
  void leavesOtherTextAsItIs() {
    String name = "某县2024年工作要点 (定稿)\u200B.docx";
    assertSame(name, BidiControls.strip(name));
  }
}
