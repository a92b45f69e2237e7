package io.planscope.ingest;

import io.planscope.text.Fold;

/**
 * One line of text as the stages see it: the original wording, kept exactly for display, and its normalized form
 * ({@link Fold#normalize}, same length) that every rule reads.
 */
record Line(String text, String norm) {
  static Line of(String text) {
    return new Line(text, Fold.normalize(text));
  }

  int length() {
    return text.length();
  }

  /** This line without its first n chars (both forms cut at the same offset). */
  Line from(int n) {
    return new Line(text.substring(n), norm.substring(n));
  }

  /** Chars [start, end) of this line. */
  Line slice(int start, int end) {
    return new Line(text.substring(start, end), norm.substring(start, end));
  }

  /** Strips whitespace (ideographic spaces included) from both ends, keeping the forms aligned. */
  Line strip() {
    int s = 0;
    int e = norm.length();
    while (s < e && isSpace(norm.charAt(s))) s++;
    while (e > s && isSpace(norm.charAt(e - 1))) e--;
    return s == 0 && e == norm.length() ? this : slice(s, e);
  }

  static boolean isSpace(char c) {
    return Character.isWhitespace(c) || c == '\u00a0' || c == '\u3000' || c == '\ufeff' || c == '\u200b';
  }
}
