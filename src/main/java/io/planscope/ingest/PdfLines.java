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

  /** Joins in linear time ({@link LineBuilder}). */
  static List<Line> join(List<Line> lines, Deadline deadline) {
    if (lines.size() < 2) return lines;
    int full = fullLength(lines);
    List<Line> out = new ArrayList<>();
    LineBuilder current = null;
    Line last = null;
    for (Line line : lines) {
      deadline.check();
      if (current != null && continues(current, full) && Marker.parse(line.norm()) == null) {
        current.append(latinBoundary(last, line) ? " " : "", line);
      } else {
        if (current != null) out.add(current.toLine());
        current = new LineBuilder(line);
      }
      last = line;
    }
    out.add(current.toLine());
    return out;
  }

  /** Whether the paragraph so far reaches the margin and does not end a sentence. */
  private static boolean continues(LineBuilder paragraph, int full) {
    return paragraph.length() >= full * 0.85 && "。！？；:!?;".indexOf(paragraph.last()) < 0;
  }

  /** Latin words wrapped at the margin need their space back; Chinese text has none. */
  private static boolean latinBoundary(Line before, Line after) {
    char a = before.norm().charAt(before.length() - 1);
    char b = after.norm().charAt(0);
    return a < 0x80 && Character.isLetterOrDigit(a) && b < 0x80 && Character.isLetterOrDigit(b);
  }

  /** The length of a full line: the 90th percentile of line lengths. */
  private static int fullLength(List<Line> lines) {
    int[] lengths = lines.stream().mapToInt(Line::length).toArray();
    Arrays.sort(lengths);
    return Math.max(10, lengths[(int) (lengths.length * 0.9)]);
  }
}
