package io.planscope.ingest;

import java.util.ArrayList;
import java.util.List;

/**
 * Undoes what scraping did to line breaks. "二、切实推进素质教育…能力  6.以庆祝…" lost the break between a heading
 * and the next item (two or more spaces are left where it was): it is split there when an outline marker follows.
 * A fragment with no letters left over ("。" before "  19.…") is glued back to the line above.
 */
final class LineRepair {
  private LineRepair() {}

  static List<Line> repair(List<Line> lines) {
    List<Line> out = new ArrayList<>(lines.size());
    for (Line line : lines) {
      for (Line piece : splitAtGaps(line)) addPiece(out, piece);
    }
    return out;
  }

  private static List<Line> splitAtGaps(Line line) {
    String norm = line.norm();
    List<Line> pieces = new ArrayList<>(1);
    int start = 0;
    int gap = 0; // where the current run of gap chars began
    for (int i = 0; i <= norm.length(); i++) {
      if (i < norm.length() && isGap(norm.charAt(i))) continue;
      // [gap, i) is a maximal run of gap chars, as the regex [ \u00a0\u3000\t]{2,} would find it
      if (i - gap >= 2 && Marker.parse(norm.substring(i)) != null && gap > start) {
        pieces.add(line.slice(start, gap).strip());
        start = i;
      }
      gap = i + 1;
    }
    pieces.add(line.slice(start, line.length()).strip());
    return pieces;
  }

  /** A char of a gap: two or more of them in a row are where a line break was lost. */
  private static boolean isGap(char c) {
    return c == ' ' || c == '\u00a0' || c == '\u3000' || c == '\t';
  }

  private static void addPiece(List<Line> out, Line piece) {
    if (piece.text().isEmpty()) return;
    if (!hasLetter(piece.norm()) && !out.isEmpty()) {
      Line prev = out.remove(out.size() - 1);
      out.add(new Line(prev.text() + piece.text(), prev.norm() + piece.norm()));
      return;
    }
    out.add(piece);
  }

  private static boolean hasLetter(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (Character.isLetterOrDigit(s.charAt(i))) return true;
    }
    return false;
  }
}
