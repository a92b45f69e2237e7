package io.planscope.ingest;

/** Reading a numbered line's text: is it only a heading, and where does a heading sentence end. */
final class Headings {
  private static final int MAX_HEADING_ONLY = 40;
  private static final int MAX_HEADING_SENTENCE = 30;
  private static final String INNER_STOPS = "。；;！!？?";

  private Headings() {}

  /**
   * Whether the text after a marker is a heading with no body: short and without a sentence inside it
   * ("指导思想", "工作目标：", "以项目建设为重点,不断改善办学条件", "加强组织领导。"). A heading-only line followed by
   * unnumbered paragraphs is a section whose paragraphs are measures (measure rule 4).
   */
  static boolean isHeadingOnly(String rest) {
    String r = rest.strip();
    if (r.isEmpty() || r.length() > MAX_HEADING_ONLY) return r.isEmpty();
    for (int i = 0; i < r.length() - 1; i++) {
      if (INNER_STOPS.indexOf(r.charAt(i)) >= 0) return false; // a sentence ends inside: there is body text
    }
    return true;
  }

  /**
   * The length of the heading sentence at the start of a text, 0 when there is none: "加强组织领导。成立…" has one
   * ("加强组织领导。"), as has "总体目标：教育普及…" ("总体目标："); a heading needs body text after it.
   */
  static int headingLength(String norm) {
    int limit = Math.min(norm.length() - 1, MAX_HEADING_SENTENCE + 1);
    for (int i = 1; i < limit; i++) {
      char c = norm.charAt(i);
      if (c == '。' || c == ':' || c == '：' || c == '!' || c == '！') return i + 1;
      if (c == '；' || c == ';' || c == '?' || c == '？') return 0;
    }
    return 0;
  }
}
