package io.planscope.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.ibm.icu.text.Transliterator;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * {@link T2sRules} must give exactly what ICU's Traditional-Simplified transliterator gives, and {@link Fold} exactly
 * what it gave when it called the transliterator: on every char, on every rule key in context, on random text made of
 * the rules' chars and on the traditional demo pages.
 */
class T2sRulesTest {
  private static final Transliterator ICU = Transliterator.getInstance("Traditional-Simplified");
  private static final T2sRules RULES = T2sRules.load();

  /** Fold.toSimplified as it was, with ICU's transliterator: the reference. */
  private static String icuFold(String text) {
    if (!Fold.hasTraditional(text)) return text;
    String t = ICU.transliterate(text);
    return t.length() == text.length() ? t : Fold.byTable(text);
  }

  private static void assertSameAsIcu(String text) {
    assertEquals(ICU.transliterate(text), RULES.apply(text), () -> "rules differ from ICU on '" + text + "'");
    assertEquals(icuFold(text), Fold.toSimplified(text), () -> "fold differs from ICU on '" + text + "'");
  }

  private static List<String> keys() {
    List<String> keys = new ArrayList<>();
    for (String line : ICU.toRules(false).split("\n")) {
      if (!line.isBlank()) keys.add(line.substring(0, line.indexOf(" > ")));
    }
    return keys;
  }

  /** Refresh after an ICU upgrade: {@code mvn test -Dtest=T2sRulesTest -Dt2s.update=true}, and review the diff. */
  @Test
  void bundledRulesAreTheRulesOfTheIcuOnTheClassPath() throws IOException {
    String icu = T2sRules.icuRules();
    if (Boolean.getBoolean("t2s.update")) {
      Path home = Path.of(System.getProperty("planscope.home", "."));
      Files.writeString(home.resolve("src/main/resources/io/planscope/text/" + T2sRules.RESOURCE), icu);
      return;
    }
    assertEquals(icu, T2sRules.bundledRules(),
        "the bundled " + T2sRules.RESOURCE + " is not what this ICU prints; refresh it with"
            + " mvn test -Dtest=T2sRulesTest -Dt2s.update=true");
  }

  @Test
  void everyCharFoldsAsIcuFoldsIt() {
    for (int c = 0; c <= 0xFFFF; c++) {
      if (Character.isSurrogate((char) c)) continue;
      String s = String.valueOf((char) c);
      assertEquals(ICU.transliterate(s), RULES.apply(s), () -> "char U+" + Integer.toHexString(s.charAt(0)));
    }
    for (String key : keys()) {
      if (Character.isSupplementaryCodePoint(key.codePointAt(0))) assertSameAsIcu(key);
    }
  }

  @Test
  void everyRuleKeyInContextFoldsAsIcuFoldsIt() {
    List<String> keys = keys();
    assertTrue(keys.size() > 3000, "ICU has about 4,000 Traditional-Simplified rules, got " + keys.size());
    for (int i = 0; i < keys.size(); i++) {
      String key = keys.get(i);
      String before = keys.get((i + 7) % keys.size());
      String after = keys.get((i + 13) % keys.size());
      assertSameAsIcu(key);
      assertSameAsIcu("在" + key + "中");
      assertSameAsIcu(before + key + after);
      assertSameAsIcu(key.substring(0, key.length() - 1) + after);
    }
    assertSameAsIcu(String.join("", keys));
  }

  @Test
  void randomTextOfRuleCharsFoldsAsIcuFoldsIt() {
    StringBuilder alphabet = new StringBuilder("的一是在了和有国学校教育工作计划，。、（）1２a ");
    for (String key : keys()) alphabet.append(key);
    Random random = new Random(20261123);
    for (int n = 0; n < 3000; n++) {
      StringBuilder sb = new StringBuilder();
      int len = 1 + random.nextInt(40);
      while (sb.length() < len) {
        int start = random.nextInt(alphabet.length());
        // runs of 1-3 consecutive chars of the alphabet keep multi-char keys (and their prefixes) frequent
        int run = 1 + random.nextInt(3);
        sb.append(alphabet, start, Math.min(alphabet.length(), start + run));
      }
      assertSameAsIcu(sb.toString());
    }
  }

  @Test
  void traditionalDemoPagesFoldAsIcuFoldsThem() throws IOException {
    Path demo = Path.of(System.getProperty("planscope.home", ".")).resolve("corpus/demo");
    int pages = 0;
    try (Stream<Path> files = Files.list(demo)) {
      for (Path p : files.sorted().toList()) {
        String name = p.getFileName().toString();
        Charset cs = name.contains("big5") ? Charset.forName("Big5") : StandardCharsets.UTF_8;
        if (!name.contains("fanti") && !name.contains("big5")) continue;
        String text = Files.readString(p, cs);
        assertTrue(Fold.hasTraditional(text), name);
        assertSameAsIcu(text);
        for (String line : text.split("\n")) assertSameAsIcu(line);
        pages++;
      }
    }
    assertEquals(4, pages, "the demo corpus has four traditional pages");
  }

  @Test
  void contextRulesBeatTheTable() {
    assertEquals("乾坤", Fold.toSimplified("乾坤"));
    assertEquals("什么关系", Fold.toSimplified("甚麼關係"));
    assertEquals("干净", Fold.toSimplified("乾淨"));
  }

  @Test
  void rulesOfAnotherShapeFailLoudly() {
    assertThrows(IllegalStateException.class, () -> T2sRules.parse("$a = 國;\n"));
    assertThrows(IllegalStateException.class, () -> T2sRules.parse("國 } 家 > 国;\n"));
    assertFalse(RULES.apply("國").equals("國"));
  }
}
