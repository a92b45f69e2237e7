package io.planscope.ingest;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An outline number at the start of a line, read on the normalized text (full-width ASCII folded, 〔〕 and （） to
 * ()). The {@link Style} says which family it belongs to; levels are not fixed per style but decided by the order
 * styles appear in ({@link OutlineParser}).
 *
 * @param style the family, e.g. {@link Style#CN_PAREN} for "（一）", "(一)" and "〔一〕"
 * @param number its value (一 = 1), for plausibility checks only; numbering may skip or restart
 * @param length how many chars of the line the marker takes, separator included ("（一）" = 3, "1、" = 2)
 */
record Marker(Style style, int number, int length) {
  /** The marker families, with the forms each accepts (tolerating typos like "(3.)" and "三." for "三、"). */
  enum Style {
    /** 第一章, 第二部分. */
    CHAPTER("第([一二三四五六七八九十百零〇两]{1,4}|\\d{1,2})(?:章|部分)[\\s:、.]*"),
    /** 第一节. */
    JIE("第([一二三四五六七八九十百零〇两]{1,4}|\\d{1,2})节[\\s:、.]*"),
    /** 一、 (also 一. 一， typed by mistake), but not "一、二年级" or the month range "八、九月份". */
    CN("([一二三四五六七八九十]{1,3})\\s*[、.,](?![一二三四五六七八九十]{1,2}\\s*[、年月])\\s*"),
    /** (一), （一）, 〔一〕, tolerating (一). and (一)、. */
    CN_PAREN("\\(\\s*([一二三四五六七八九十]{1,3})\\s*[、.]?\\s*\\)[、.]?\\s*"),
    /** 1. 1、 1． but not 1.5 or 2023. */
    ARABIC("(\\d{1,2})\\s*[.、,](?!\\d)\\s*"),
    /** (1), （1）, (3.) typed by mistake. */
    ARABIC_PAREN("\\(\\s*(\\d{1,2})\\s*[.、]?\\s*\\)[、.]?\\s*"),
    /** 1) with a half bracket. */
    ARABIC_HALF("(\\d{1,2})\\)\\s*"),
    /** ① to ⑳. */
    CIRCLED("([①-⑳])[、.]?\\s*");

    final Pattern pattern;

    Style(String regex) {
      this.pattern = Pattern.compile(regex);
    }

    /** Whether a marker of this style can start with the char: each style's regex starts with one fixed class. */
    boolean mayStartWith(char c) {
      return switch (this) {
        case CHAPTER, JIE -> c == '第';
        case CN -> isCnDigit(c);
        case CN_PAREN, ARABIC_PAREN -> c == '(';
        case ARABIC, ARABIC_HALF -> c >= '0' && c <= '9';
        case CIRCLED -> c >= '①' && c <= '⑳';
      };
    }
  }

  private static final Style[] STYLES = Style.values();

  /** The marker at the start of a normalized line, or null. The line must have text after it. */
  static Marker parse(String norm) {
    if (norm.isEmpty()) return null;
    char c = norm.charAt(0);
    if (!(c == '第' || c == '(' || isCnDigit(c) || (c >= '0' && c <= '9') || (c >= '①' && c <= '⑳'))) {
      return null;
    }
    for (Style style : STYLES) {
      if (!style.mayStartWith(c)) continue; // at most two regexes run, not eight
      Matcher m = style.pattern.matcher(norm);
      if (m.lookingAt() && m.end() < norm.length()) return new Marker(style, number(m.group(1)), m.end());
    }
    return null;
  }

  static boolean isCnDigit(char c) {
    return "一二三四五六七八九十".indexOf(c) >= 0;
  }

  /** The value of "12", "十二", "二十一", "③". */
  static int number(String s) {
    char c0 = s.charAt(0);
    if (c0 >= '①' && c0 <= '⑳') return c0 - '①' + 1;
    if (c0 >= '0' && c0 <= '9') return Integer.parseInt(s);
    return chinese(s);
  }

  /** 一..九十九 (also 两, 〇/零 as digits); 0 when it is not a plain Chinese number. */
  static int chinese(String s) {
    int total = 0;
    int digit = 0;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '十') {
        total += (digit == 0 ? 1 : digit) * 10;
        digit = 0;
      } else if (c == '百') {
        total += (digit == 0 ? 1 : digit) * 100;
        digit = 0;
      } else {
        int d = "零一二三四五六七八九".indexOf(c);
        if (c == '〇') d = 0;
        if (c == '两') d = 2;
        if (d < 0) return 0;
        digit = digit * 10 + d;
      }
    }
    return total + digit;
  }
}
