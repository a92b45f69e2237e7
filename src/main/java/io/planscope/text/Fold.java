package io.planscope.text;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Length-preserving normalization of Chinese text, shared by ingestion, the index and comparison so that every
 * stage folds the same way. Every method returns a string of exactly the input's length, char for char, so offsets
 * found in the folded text are valid in the original (highlighting depends on this).
 *
 * <p>Traditional to simplified: most pages are simplified, so the cheap check {@link #hasTraditional} runs first
 * and ICU's context-aware Traditional-Simplified rules (乾坤 stays, 甚麼 → 什么) run only on text that has a
 * traditional character, by {@link T2sRules}: the same output as ICU's Transliterator at table speed. When the rules
 * would change the length (rare), a 1:1 table built from them is used instead.
 */
public final class Fold {
  private static final int TABLE_START = 0x3400;
  private static final int TABLE_END = 0xFFFF;
  // "贯彻落实?关于加强中小学校党的建设的意见?" — Word conversion turned 《》 into ASCII question marks.
  private static final Pattern QUESTION_TITLE = Pattern.compile("\\?([^\\s?？。，；：！、]{2,40}?)\\?");

  private Fold() {}

  /** ICU's rules and the 1:1 traditional→simplified table over the BMP from U+3400 (0 where a char is not traditional). */
  private static final class Table {
    static final T2sRules RULES = T2sRules.load();
    static final char[] MAP = build();
    /** One bit per BMP char, set where {@link #MAP} has a mapping: 8 KB, so the common check stays in cache. */
    static final long[] TRADITIONAL = bits(MAP);

    // The table is what the transliterator makes of each ideograph alone: its single-char rule, when 1:1.
    private static char[] build() {
      char[] map = new char[TABLE_END - TABLE_START + 1];
      for (int c = TABLE_START; c <= TABLE_END; c++) {
        if (!Character.isIdeographic(c)) continue;
        char s = RULES.single((char) c);
        if (s != 0 && s != c) map[c - TABLE_START] = s;
      }
      return map;
    }

    private static long[] bits(char[] map) {
      long[] bits = new long[0x10000 / 64];
      for (int i = 0; i < map.length; i++) {
        if (map[i] != 0) bits[(TABLE_START + i) >>> 6] |= 1L << (TABLE_START + i);
      }
      return bits;
    }
  }

  /** The simplified form of one char by the 1:1 table, or the char itself. */
  public static char simplify(char c) {
    if (c < TABLE_START) return c;
    char s = Table.MAP[c - TABLE_START];
    return s == 0 ? c : s;
  }

  /** Whether the text has at least one character the table would simplify. */
  public static boolean hasTraditional(CharSequence text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if ((Table.TRADITIONAL[c >>> 6] >>> c & 1) != 0) return true;
    }
    return false;
  }

  /** Traditional to simplified, same length; simplified text is returned as is. */
  public static String toSimplified(String text) {
    if (!hasTraditional(text)) return text;
    String t = Table.RULES.apply(text);
    return t.length() == text.length() ? t : byTable(text);
  }

  /** Traditional to simplified by the 1:1 table only: fast, not context-aware. */
  public static String byTable(String text) {
    char[] out = text.toCharArray();
    for (int i = 0; i < out.length; i++) out[i] = simplify(out[i]);
    return new String(out);
  }

  /**
   * The normalized form used for structure parsing and search: traditional folded to simplified, full-width ASCII
   * (digits, letters and punctuation such as ，；：（）) to ASCII, the ideographic space to a space, Word's 〔〕 to ()
   * and 〝〞 to “”, and ?书名? to 《书名》. Same length as the input.
   */
  public static String normalize(String text) {
    String s = restoreTitleMarks(toSimplified(text));
    char[] out = s.toCharArray();
    for (int i = 0; i < out.length; i++) out[i] = normalizeChar(out[i]);
    return new String(out);
  }

  /** The per-char part of {@link #normalize}: width and bracket folding (no script folding, no context). */
  public static char normalizeChar(char c) {
    if (c >= 0xFF01 && c <= 0xFF5E) return (char) (c - 0xFEE0);
    switch (c) {
      case '\u3000':
        return ' ';
      case '〔':
        return '(';
      case '〕':
        return ')';
      case '〝':
        return '“';
      case '〞':
        return '”';
      default:
        return c;
    }
  }

  private static String restoreTitleMarks(String s) {
    if (s.indexOf('?') < 0) return s;
    Matcher m = QUESTION_TITLE.matcher(s);
    StringBuilder sb = new StringBuilder(s.length());
    while (m.find()) m.appendReplacement(sb, Matcher.quoteReplacement("《" + m.group(1) + "》"));
    m.appendTail(sb);
    return sb.toString();
  }
}
