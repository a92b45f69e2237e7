package io.planscope.ingest;

import java.util.List;

/**
 * Lines a page shows twice: its description (a teaser cut short, "2099年是…全县教育工作的总体要求是:深入学习贯彻…二十届。")
 * right above the text it was cut from, and a heading repeated at once ("2099年教育工作要点" as the page's title and
 * again as the article's). The second copy of a heading and the teaser go; the full text stays.
 */
final class RepeatedLines {
  static final String TEASER = "page description (teaser)";
  static final String REPEAT = "repeated line";
  /** A teaser is a sentence's worth at least: a short line that starts a longer one is a heading over its text. */
  private static final int TEASER_MIN = 30;
  private static final int LOOK_AHEAD = 4;
  /** A heading shown twice is a title's length; a numbered item or a paragraph said twice is the text's own. */
  private static final int HEADING_MAX = 60;
  private static final String CUT_MARKS = "。….,，、 ";

  private RepeatedLines() {}

  /**
   * Whether line i is a teaser: unnumbered, and one of the next few lines starts with its text (without the mark or
   * stop the site put where it cut) and goes on.
   */
  static boolean isTeaser(List<Line> lines, int i) {
    String norm = lines.get(i).norm().strip();
    if (norm.length() < TEASER_MIN || Marker.parse(norm) != null) return false;
    String head = stripCut(norm);
    if (head.length() < TEASER_MIN) return false;
    for (int j = i + 1; j < Math.min(lines.size(), i + 1 + LOOK_AHEAD); j++) {
      String later = lines.get(j).norm().strip();
      if (later.length() > head.length() && later.startsWith(head) && !later.equals(norm)) return true;
    }
    return false;
  }

  /** Whether the line is a heading (short, unnumbered) that repeats the line kept just before it. */
  static boolean repeats(Line line, Line lastKept) {
    String norm = line.norm().strip();
    if (lastKept == null || norm.isEmpty() || norm.length() > HEADING_MAX || Marker.parse(norm) != null) return false;
    return norm.equals(lastKept.norm().strip());
  }

  private static String stripCut(String norm) {
    int end = norm.length();
    while (end > 0 && CUT_MARKS.indexOf(norm.charAt(end - 1)) >= 0) end--;
    return norm.substring(0, end);
  }
}
