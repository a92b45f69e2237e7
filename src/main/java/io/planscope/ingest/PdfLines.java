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

  /** Joins in linear time: a paragraph grows in a builder, not by copying it once per visual line. */
  static List<Line> join(List<Line> lines, Deadline deadline) {
    if (lines.size() < 2) return lines;
    int full = fullLength(lines);
    List<Line> out = new ArrayList<>();
    Paragraph current = null;
    for (Line line : lines) {
      deadline.check();
      if (current != null && current.continues(full) && Marker.parse(line.norm()) == null) {
        current.append(latinBoundary(current.last, line) ? " " : "", line);
      } else {
        if (current != null) out.add(current.line());
        current = new Paragraph(line);
      }
    }
    out.add(current.line());
    return out;
  }

  /** A paragraph being joined: both forms in builders, and its last visual line (for the Latin word boundary). */
  private static final class Paragraph {
    private final StringBuilder text = new StringBuilder();
    private final StringBuilder norm = new StringBuilder();
    private Line last;

    Paragraph(Line first) {
      append("", first);
    }

    void append(String gap, Line line) {
      text.append(gap).append(line.text());
      norm.append(gap).append(line.norm());
      last = line;
    }

    /** As the joined line would: long enough, and not ending a sentence. */
    boolean continues(int full) {
      return norm.length() >= full * 0.85 && "。！？；:!?;".indexOf(norm.charAt(norm.length() - 1)) < 0;
    }

    Line line() {
      return new Line(text.toString(), norm.toString());
    }
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
