package io.planscope.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the parts of a paragraph that enumerates inline: "一是…二是…三是…" (also 一要/二要, 一抓/二抓; measure rule 6)
 * and month entries "一月份：…二月份：…" (rule 7). Markers count only at the start of the text or after punctuation
 * or a space, so "统一是" or "唯一要求" never start a part.
 */
final class Enumerations {
  private static final String CN_ORDINALS = "一二三四五六七八九十";
  private static final Pattern MONTH =
      Pattern.compile(
          "((?:十一|十二|十|[一二三四五六七八九]|1[0-2]|[1-9])(?:\\s*[-—~至、]\\s*(?:十一|十二|十|[一二三四五六七八九]|1[0-2]|[1-9]))?"
              + "\\s*月份?)\\s*[:：]");

  /** The chars a {@link #MONTH} entry can start with. */
  private static final String MONTH_STARTS = "十一二三四五六七八九123456789";

  private Enumerations() {}

  /** One part: where it starts in the text and its label ("二是", "三月份"). */
  record Part(int start, String label) {}

  /** The 一是/二是 parts of a text, in order, or an empty list when there are fewer than two. */
  static List<Part> ordinals(String norm) {
    List<Part> parts = new ArrayList<>();
    int from = 0;
    for (int k = 0; k < CN_ORDINALS.length(); k++) {
      int at = find(norm, CN_ORDINALS.charAt(k), from);
      if (at < 0) break;
      parts.add(new Part(at, norm.substring(at, at + 2)));
      from = at + 2;
    }
    return parts.size() >= 2 ? parts : List.of();
  }

  private static int find(String norm, char ordinal, int from) {
    for (int i = norm.indexOf(ordinal, from); i >= 0 && i + 2 < norm.length(); i = norm.indexOf(ordinal, i + 1)) {
      char suffix = norm.charAt(i + 1);
      boolean boundary = atBoundary(norm, i) || ordinal == '一' && afterHeading(norm, i);
      if ((suffix == '是' || suffix == '要' || suffix == '抓') && boundary && !isWord(norm, i + 2)) {
        return i;
      }
    }
    return -1;
  }

  private static final int MIN_HEADING = 4;
  private static final int MAX_HEADING = 40;
  // chars that make a word with 一 ("统一", "唯一", "逐一"): "统一是非" is no enumeration
  private static final String WORD_WITH_ONE = "统唯单同逐万第之专划整归合均";

  /**
   * "今年以来的工作亮点和创新性做法一是教育综合改革扎实推进。…" — the first part right after a heading that lost its
   * line break: a short text from the start, without a sentence stop.
   */
  private static boolean afterHeading(String norm, int i) {
    if (i < MIN_HEADING || i > MAX_HEADING || WORD_WITH_ONE.indexOf(norm.charAt(i - 1)) >= 0) return false;
    for (int k = 0; k < i; k++) if ("。；;！!？?\n".indexOf(norm.charAt(k)) >= 0) return false;
    return true;
  }

  /** "三是否" is not "三是…": 是否/要求/要素 after the ordinal are words, not enumeration. */
  private static boolean isWord(String norm, int after) {
    char next = norm.charAt(after);
    return next == '否' || next == '求' || next == '素' || next == '点';
  }

  /**
   * Numbered parts inside a paragraph: "…措施：①建立…；②完善…；③落实…" or "…：(1)…；(2)…" (full-width brackets are
   * normalized to ASCII). They count from ① or (1) in steps of one, each at a boundary; fewer than two is none.
   */
  static List<Part> inlineNumbers(String norm) {
    List<Part> parts = circled(norm);
    if (parts.isEmpty()) parts = bracketed(norm);
    return parts.isEmpty() ? arabic(norm) : parts;
  }

  /**
   * "完善经费保障。1、足额落实…；2、加大…；3、规范…": items 1、 2、 3、 (or 1. 2.) inside a paragraph, each right after a
   * sentence stop or a colon, counting from 1; "1.5亿元", "1、2年级" and "第1、2条" are numbers, not items.
   */
  private static List<Part> arabic(String norm) {
    if (norm.indexOf('1') < 0) return List.of();
    List<Part> parts = new ArrayList<>();
    int from = 0;
    for (int k = 1; k <= 20; k++) {
      int at = arabicAt(norm, String.valueOf(k), from);
      if (at < 0) break;
      int end = at + String.valueOf(k).length() + 1;
      parts.add(new Part(at, norm.substring(at, end)));
      from = end;
    }
    return parts.size() >= 2 ? parts : List.of();
  }

  private static int arabicAt(String norm, String number, int from) {
    for (int i = norm.indexOf(number, Math.max(from, 1)); i > 0; i = norm.indexOf(number, i + 1)) {
      int sep = i + number.length();
      if (sep + 1 >= norm.length()) return -1;
      char c = norm.charAt(sep);
      boolean separated = (c == '、' || c == '.') && !Character.isDigit(norm.charAt(sep + 1));
      if (separated && "。；;：:".indexOf(norm.charAt(i - 1)) >= 0) return i;
    }
    return -1;
  }

  private static List<Part> circled(String norm) {
    List<Part> parts = new ArrayList<>();
    int from = 0;
    for (char c = '①'; c <= '⑳'; c++) {
      int at = norm.indexOf(c, from);
      while (at >= 0 && !atBoundary(norm, at)) at = norm.indexOf(c, at + 1);
      if (at < 0 || at + 1 >= norm.length()) break;
      parts.add(new Part(at, String.valueOf(c)));
      from = at + 1;
    }
    return parts.size() >= 2 ? parts : List.of();
  }

  private static List<Part> bracketed(String norm) {
    if (norm.indexOf("(1)") < 0) return List.of();
    List<Part> parts = new ArrayList<>();
    int from = 0;
    for (int k = 1; k <= 20; k++) {
      String label = "(" + k + ")";
      int at = norm.indexOf(label, from);
      while (at >= 0 && !atBoundary(norm, at)) at = norm.indexOf(label, at + 1);
      if (at < 0 || at + label.length() >= norm.length()) break;
      parts.add(new Part(at, label));
      from = at + label.length();
    }
    return parts.size() >= 2 ? parts : List.of();
  }

  /**
   * Bulleted lines under an item: "(一)发展基础。…\n——教育事业全面发展。…\n——教育结构更加合理。…" — each line that
   * starts with a dash or a bullet mark (——, •, ●, ◆, ■, ▲, ★) is a part; fewer than two is none.
   */
  static List<Part> bullets(String norm) {
    List<Part> parts = new ArrayList<>();
    for (int i = norm.indexOf('\n'); i >= 0 && i + 1 < norm.length(); i = norm.indexOf('\n', i + 1)) {
      int at = i + 1;
      String mark = bulletAt(norm, at);
      if (mark != null && at + mark.length() < norm.length()) parts.add(new Part(at, mark));
    }
    return parts.size() >= 2 ? parts : List.of();
  }

  private static String bulletAt(String norm, int at) {
    if (norm.startsWith("——", at)) return "——";
    return "•●◆■▲★".indexOf(norm.charAt(at)) >= 0 ? String.valueOf(norm.charAt(at)) : null;
  }

  /** Month entries: every "X月份：" at a boundary, or an empty list when the text does not start with one. */
  static List<Part> months(String norm) {
    if (norm.isEmpty() || MONTH_STARTS.indexOf(norm.charAt(0)) < 0 || norm.indexOf('月') < 0) return List.of();
    Matcher m = MONTH.matcher(norm);
    if (!m.lookingAt()) return List.of();
    List<Part> parts = new ArrayList<>();
    do {
      if (atBoundary(norm, m.start())) parts.add(new Part(m.start(), m.group(1).replaceAll("\\s", "")));
    } while (m.find());
    return parts;
  }

  static boolean atBoundary(String norm, int i) {
    if (i == 0) return true;
    char p = norm.charAt(i - 1);
    return "。；;，,：:！!？?、）)“\"\n ".indexOf(p) >= 0 || Character.isWhitespace(p);
  }
}
