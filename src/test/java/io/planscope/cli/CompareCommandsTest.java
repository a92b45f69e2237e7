package io.planscope.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class CompareCommandsTest {
  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private final ByteArrayOutputStream err = new ByteArrayOutputStream();

  private int run(String... argv) {
    return Main.run(
        argv, new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
  }

  private String out() {
    return out.toString(StandardCharsets.UTF_8);
  }

  @Test
  void diffOfTwoTextsInlineMarksTheChangedNumber() {
    assertEquals(0, run("diff", "--text", "--inline", "新增学位1800个。", "新增学位2400个。"));
    assertEquals("similarity 0.78\n新增学位[-1800个-]{+2400个+}。\n", out());
  }

  @Test
  void diffSideBySidePutsAOnTheLeftAndBOnTheRight() {
    assertEquals(0, run("diff", "--text", "--width", "60", "新增学位1800个。", "新增学位2400个。"));
    String row = out().lines().skip(1).findFirst().orElseThrow();
    assertTrue(row.startsWith("新增学位[-1800个-]。"), row);
    assertTrue(row.endsWith(" │ 新增学位{+2400个+}。"), row);
  }

  @Test
  void sideBySideNeverBreaksANumberOrAMarkerAcrossLines() {
    String a = "全面加强学校建设，新增中小学学位1800个，建成智慧校园示范校45所，覆盖率达到90%。";
    String b = "全面加强学校建设，新增中小学学位2400个，建成智慧校园示范校60所，覆盖率达到95%。";
    for (int width = 40; width <= 90; width++) {
      out.reset();
      assertEquals(0, run("diff", "--text", "--width", String.valueOf(width), a, b));
      String text = out();
      for (String token : List.of("[-1800个-]", "{+2400个+}", "[-45所-]", "{+60所+}", "[-90%-]", "{+95%+}")) {
        assertTrue(text.contains(token), "width " + width + " broke " + token + ":\n" + text);
      }
    }
  }

  @Test
  void diffJsonIsTheApiShape() {
    assertEquals(0, run("diff", "--text", "--json", "甲", "乙"));
    assertEquals("{\"a\":\"甲\",\"b\":\"乙\",\"similarity\":0.0,\"ops\":[{\"op\":\"delete\",\"text\":\"甲\"},"
        + "{\"op\":\"insert\",\"text\":\"乙\"}],\"granularity\":\"token\"}\n", out());
  }

  @Test
  void colourIsOnlyOnRequestWhenNotATerminal() {
    assertEquals(0, run("diff", "--text", "--inline", "--color", "always", "1800个", "2400个"));
    assertTrue(out().contains(Terminal.RED + "1800个" + Terminal.RESET), out());
    assertEquals(2, run("diff", "--text", "--color", "sometimes", "a", "b"));
  }

  @Test
  void missingArgumentsAreUsageErrors() {
    assertEquals(2, run("diff", "--text", "only one"));
    assertEquals(2, run("compare", "pa"));
    assertEquals(2, run("similar"));
  }
}
