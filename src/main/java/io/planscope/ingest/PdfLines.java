package io.planscope.ingest;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Joins a PDF's visual lines back into paragraphs: a line that reaches the right margin (at least 85% of the usual
 * full line length) and does not end a sentence continues on the next line, unless the next one starts an outline
 * item ("（二）", "3.").
 */
final class PdfLines {
  private PdfLines() {}

  static List<Line> join(List<Line> lines) {
    if (lines.size() < 2) return lines;
    int full = fullLength(lines);
    List<Line> out = new ArrayList<>();
    Line current = null;
    for (Line line : lines) {
      if (current != null && continues(current, full) && Marker.parse(line.norm()) == null) {
        String gap = latinBoundary(current, line) ? " " : "";
        current = new Line(current.text() + gap + line.text(), current.norm() + gap + line.norm());
      } else {
        if (current != null) out.add(current);
        current = line;
      }
    }
    out.add(current);
    return out;
  }

  /** Latin words wrapped at the margin need their space back; Chinese text has none. */
  private static boolean latinBoundary(Line before, Line after) {
    char a = before.norm().charAt(before.length() - 1);
    char b = after.norm().charAt(0);
    return a < 0x80 && Character.isLetterOrDigit(a) && b < 0x80 && Character.isLetterOrDigit(b);
  }

  private static boolean continues(Line line, int full) {
    if (line.length() < full * 0.85) return false;
    char last = line.norm().charAt(line.length() - 1);
    return "。！？；:!?;".indexOf(last) < 0;
  }

  /** The length of a full line: the 90th percentile of line lengths. */
  private static int fullLength(List<Line> lines) {
    int[] lengths = lines.stream().mapToInt(Line::length).toArray();
    Arrays.sort(lengths);
    return Math.max(10, lengths[(int) (lengths.length * 0.9)]);
  }
}
