package io.planscope.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Undoes what scraping did to line breaks. "二、切实推进素质教育…能力  6.以庆祝…" lost the break between a heading
 * and the next item (two or more spaces are left where it was): it is split there when an outline marker follows.
 * A fragment with no letters left over ("。" before "  19.…") is glued back to the line above.
 */
final class LineRepair {
  private static final Pattern GAP = Pattern.compile("[ \\u00a0\\u3000\\t]{2,}");

  private LineRepair() {}

  static List<Line> repair(List<Line> lines) {
    List<Line> out = new ArrayList<>(lines.size());
    for (Line line : lines) {
      for (Line piece : splitAtGaps(line)) addPiece(out, piece);
    }
    return out;
  }

  private static List<Line> splitAtGaps(Line line) {
    List<Line> pieces = new ArrayList<>(1);
    Matcher m = GAP.matcher(line.norm());
    int start = 0;
    while (m.find()) {
      if (Marker.parse(line.norm().substring(m.end())) != null && m.start() > start) {
        pieces.add(line.slice(start, m.start()).strip());
        start = m.end();
      }
    }
    pieces.add(line.slice(start, line.length()).strip());
    return pieces;
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
