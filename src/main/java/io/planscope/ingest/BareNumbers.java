package io.planscope.ingest;

import java.util.ArrayList;
import java.util.List;

/**
 * Item numbers set on a line of their own above the item's heading, as newspapers and WeChat reposts lay a plan out
 * ("…作出新贡献。" / "1" / "用习近平新时代中国特色社会主义思想武装干部师生" / "深入学习…"). Read alone, such a "1" is a page
 * number and the heading an unnumbered line, and the plan has no outline. The number is joined to the heading as
 * "1.heading" when it reads as an item number: the text above it ended a sentence (a page number cuts one), the
 * heading below is short, without a sentence or a marker of its own, and the numbers run 1, 2, 3….
 */
final class BareNumbers {
  private static final int HEADING_MIN = 4;
  private static final int HEADING_MAX = 40;
  private static final String STOPS = "。；;！!？?”";
  private static final String NO_HEADING = "。；;！!？?，,";

  private BareNumbers() {}

  /** The lines with each bare item number joined to the heading below it. */
  static List<Line> join(List<Line> lines) {
    List<Line> out = null;
    int expected = 1;
    for (int i = 0; i < lines.size(); i++) {
      Line line = lines.get(i);
      int number = bareNumber(line.norm());
      if (number == expected && i + 1 < lines.size() && endsBlock(lines, i) && isHeading(lines.get(i + 1))) {
        if (out == null) out = new ArrayList<>(lines.subList(0, i));
        Line num = line.strip();
        Line next = lines.get(++i).strip();
        out.add(new Line(num.text() + "." + next.text(), num.norm() + "." + next.norm()));
        expected++;
        continue;
      }
      if (out != null) out.add(line);
    }
    return out == null ? lines : out;
  }

  /** "1", "02" alone on a line: the number, else -1. */
  private static int bareNumber(String norm) {
    String n = norm.strip();
    if (n.isEmpty() || n.length() > 2) return -1; // "1", "02"
    for (int i = 0; i < n.length(); i++) if (n.charAt(i) < '0' || n.charAt(i) > '9') return -1;
    return Integer.parseInt(n);
  }

  /** Whether the text above the number ended a sentence, or there is none. */
  private static boolean endsBlock(List<Line> lines, int i) {
    int j = i - 1;
    while (j >= 0 && lines.get(j).strip().norm().isEmpty()) j--;
    if (j < 0) return true;
    String above = lines.get(j).strip().norm();
    return STOPS.indexOf(above.charAt(above.length() - 1)) >= 0;
  }

  private static boolean isHeading(Line line) {
    String n = line.strip().norm();
    if (n.length() < HEADING_MIN || n.length() > HEADING_MAX || Marker.parse(n) != null) return false;
    for (int i = 0; i < n.length(); i++) if (NO_HEADING.indexOf(n.charAt(i)) >= 0) return false;
    return Boilerplate.isHan(n.codePointAt(0)) || n.charAt(0) == '“';
  }
}
