package io.planscope.ingest;

import java.util.ArrayList;
import java.util.List;

/**
 * Lines a document site cut at its page's right margin (a PDF shown as text): "巩固提升学前教育工作成果。新建第二公办幼" /
 * "儿园,完成3所小区配套幼儿园移交工作,增加公办学前" / "教育学位900个。". Read as lines, each would be a measure of
 * its own and a word cut at the margin would not be found. A plan is taken to be wrapped when at least
 * {@link #MIN_RUN} of its unnumbered lines end without a stop at one common width (Chinese chars count two, ASCII
 * one); a line
 * of that width without a stop then runs on into the next line, unless the next starts an item, a bullet, a month or
 * a table row.
 */
final class WrappedLines {
  private static final int MIN_WIDTH = 30;
  private static final int TOLERANCE = 3;
  private static final int MIN_RUN = 4;
  private static final int MAX_WIDTH = 200;
  private static final String STOPS = "。；;！!？?：:”\"…)）";
  private static final String FULL_WIDTH_PUNCTUATION = ",;:()!?“”‘’";

  private WrappedLines() {}

  /** The common width of the tree's lines that end without a stop, or -1 when the plan is not wrapped. */
  static int width(OutlineParser.Node root) {
    int[] counts = new int[MAX_WIDTH + 1];
    count(root, counts);
    int best = -1;
    int bestRun = MIN_RUN - 1;
    for (int w = MIN_WIDTH; w <= MAX_WIDTH; w++) {
      int run = 0;
      for (int d = -TOLERANCE; d <= TOLERANCE; d++) if (w + d >= 0 && w + d <= MAX_WIDTH) run += counts[w + d];
      if (run > bestRun) {
        bestRun = run;
        best = w;
      }
    }
    return best;
  }

  /** Only unnumbered lines count: headings of one length are no margin. */
  private static void count(OutlineParser.Node node, int[] counts) {
    for (Line p : node.paragraphs) count(p, counts);
    for (OutlineParser.Node child : node.children) count(child, counts);
  }

  private static void count(Line line, int[] counts) {
    int w = width(line.norm());
    if (w >= MIN_WIDTH && w <= MAX_WIDTH && !endsWithStop(line) && !TableText.isRow(line)) counts[w]++;
  }

  /** The lines with each wrapped line joined to the line it runs on into. */
  static List<Line> join(List<Line> lines, int width) {
    if (width < 0 || lines.size() < 2) return lines;
    List<Line> out = new ArrayList<>(lines.size());
    LineBuilder open = null;
    for (Line line : lines) {
      if (open != null && !startsPart(line)) open.append("", line);
      else {
        if (open != null) out.add(open.toLine());
        open = new LineBuilder(line);
      }
      if (!runsOn(line, width)) {
        out.add(open.toLine());
        open = null;
      }
    }
    if (open != null) out.add(open.toLine());
    return out;
  }

  private static boolean runsOn(Line line, int width) {
    return Math.abs(width(line.norm()) - width) <= TOLERANCE && !endsWithStop(line) && !TableText.isRow(line);
  }

  private static boolean startsPart(Line line) {
    String n = line.norm();
    return Marker.parse(n) != null || TableText.isRow(line) || !Enumerations.months(n).isEmpty()
        || n.startsWith("——") || "•●◆■▲★-".indexOf(n.charAt(0)) >= 0;
  }

  private static boolean endsWithStop(Line line) {
    String n = line.norm().strip();
    return n.isEmpty() || STOPS.indexOf(n.charAt(n.length() - 1)) >= 0;
  }

  /**
   * Display width: two for a Chinese or full-width char, one for ASCII. Punctuation that a Chinese text sets full-width
   * ("，" "：" "（" "“") counts two even where the text came normalized to ASCII (",", ":", "("), or a line with many
   * commas would seem shorter than the margin it was cut at.
   */
  private static int width(String s) {
    int w = 0;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      w += c >= 0x2E80 || FULL_WIDTH_PUNCTUATION.indexOf(c) >= 0 ? 2 : 1;
    }
    return w;
  }
}
