package io.planscope.compare;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits text into the units a readable diff keeps whole. Chinese has no spaces, and java-diff-utils' word mode
 * splits on spaces, so a whole CJK sentence would be one "word"; its character mode scatters numbers
 * ("1800个" → "2400个" as 18→24 with "00个" equal). So:
 *
 * <ul>
 *   <li>a number with its decimals, percent sign and one measure word is one token: "1800个", "92%", "2024年",
 *       "3.5万人" (a 万/亿/千/百 may take one more unit);
 *   <li>a run of Latin letters is one token ("STEAM"), a run of whitespace is one token;
 *   <li>every other character (each Han character, each punctuation mark) is a token of its own.
 * </ul>
 *
 * Word segmentation (smartcn) was not used: it runs at about 1 MB/s, segments traditional text badly, and segments
 * the same phrase differently in two contexts, which shows as spurious changes. Single characters plus the semantic
 * cleanup in {@link SemanticCleanup} read better.
 */
final class DiffTokens {
  // "1800个", "30所学校" → "30所", "2024年", "5项", "100%"; 期 as in "3期", 届 as in "第2届".
  private static final String UNITS = "个年月日号所人名项万亿千百元次家校节门台套批场天周期届篇本部件条座间户支份位岁亩册类级";
  private static final String MULTIPLIERS = "万亿千百";

  private DiffTokens() {}

  /** Token boundaries found in {@code key} (the text to compare, same length as the original): [start, end) pairs. */
  static List<int[]> split(String key) {
    List<int[]> tokens = new ArrayList<>();
    int i = 0;
    while (i < key.length()) {
      int end = tokenEnd(key, i);
      tokens.add(new int[] {i, end});
      i = end;
    }
    return tokens;
  }

  private static int tokenEnd(String s, int i) {
    char c = s.charAt(i);
    if (isDigit(c)) return numberEnd(s, i);
    if (isLatin(c)) return runEnd(s, i, DiffTokens::isLatin);
    if (Character.isWhitespace(c)) return runEnd(s, i, Character::isWhitespace);
    if (Character.isHighSurrogate(c) && i + 1 < s.length()) return i + 2;
    return i + 1;
  }

  private static int numberEnd(String s, int i) {
    int j = runEnd(s, i, DiffTokens::isDigit);
    // decimals and thousands: "3.5", "1,200", full-width "３．５" (not "，": "1，2" is a list)
    while (j + 1 < s.length() && ".,．".indexOf(s.charAt(j)) >= 0 && isDigit(s.charAt(j + 1))) {
      j = runEnd(s, j + 1, DiffTokens::isDigit);
    }
    if (j < s.length() && "%％‰".indexOf(s.charAt(j)) >= 0) return j + 1;
    if (j < s.length() && UNITS.indexOf(s.charAt(j)) >= 0) {
      boolean multiplier = MULTIPLIERS.indexOf(s.charAt(j)) >= 0;
      j++;
      if (multiplier && j < s.length() && UNITS.indexOf(s.charAt(j)) >= 0) j++;
    }
    return j;
  }

  private interface CharTest {
    boolean test(char c);
  }

  private static int runEnd(String s, int i, CharTest test) {
    int j = i;
    while (j < s.length() && test.test(s.charAt(j))) j++;
    return j;
  }

  private static boolean isDigit(char c) {
    return (c >= '0' && c <= '9') || (c >= '０' && c <= '９');
  }

  private static boolean isLatin(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= 'ａ' && c <= 'ｚ') || (c >= 'Ａ' && c <= 'Ｚ');
  }
}
