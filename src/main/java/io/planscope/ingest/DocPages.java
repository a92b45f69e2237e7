package io.planscope.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Undoes a document-sharing site's page breaks. Such sites show a document as one long line per page, each headed by
 * its page number ("1、县教育局2024年工作要点 2024年，…通过" / "2、主题教育活动，增强…"), so a page number looks like an
 * item number and a sentence is cut where the page ended. Pages are recognised as page-long lines numbered 1、2、3…
 * in order, most of them starting where the line before stopped mid-sentence; their numbers are dropped and each is
 * joined to the line it continues.
 */
final class DocPages {
  private static final Pattern PAGE_NUMBER = Pattern.compile("^(\\d{1,3})\\s*、");
  private static final int MIN_PAGE = 200;
  private static final String STOPS = "。；;！!？?”\")）";

  // "…2018 年 3 月 30 日 - 2 -2018 年全县…", "…与社区- 3 -“同力”" — a printed page number left inside a page-long line
  private static final Pattern INNER_NUMBER = Pattern.compile("-[ \u00a0\u3000]+\\d{1,3}[ \u00a0\u3000]+-");
  // "…3 月 30 日" — a signature's date ends a block as a stop does
  private static final Pattern DATE_END = Pattern.compile("\\d{1,2}\\s*日$");

  private DocPages() {}

  /**
   * Lines without the printed page numbers ("- 2 -") a document site left inside them: where the text before the
   * number ended a sentence or a signature's date, a new line starts there ("…3 月 30 日 - 2 -2018 年全县教育工作要点");
   * elsewhere the number cut a sentence and goes without a trace ("…学校与社区- 3 -“同力”").
   */
  static List<Line> cutPageNumbers(List<Line> lines) {
    List<Line> out = new ArrayList<>(lines.size());
    for (Line line : lines) {
      if (line.norm().indexOf('-') < 0) out.add(line);
      else cutPageNumbers(line, out);
    }
    return out;
  }

  private static void cutPageNumbers(Line line, List<Line> out) {
    Matcher m = INNER_NUMBER.matcher(line.norm());
    LineBuilder open = null;
    Line last = null; // the last piece glued to the open line
    int start = 0;
    while (m.find()) {
      if (isNumberPart(line.norm(), m.start() - 1)) continue; // "2018 - 2 - 3": a date, not a page number
      Line piece = line.slice(start, m.start()).strip();
      start = m.end();
      if (piece.norm().isEmpty()) continue;
      open = appendOrBreak(open, last, piece, out);
      last = piece;
    }
    if (start == 0) {
      out.add(line);
      return;
    }
    Line rest = line.from(start).strip();
    if (!rest.norm().isEmpty()) open = appendOrBreak(open, last, rest, out);
    if (open != null) out.add(open.toLine());
  }

  /** The open line with the piece glued on, or the piece opening a new line when the open one ended a block. */
  private static LineBuilder appendOrBreak(LineBuilder open, Line last, Line piece, List<Line> out) {
    if (open == null) return new LineBuilder(piece);
    if (STOPS.indexOf(open.lastNonSpace()) >= 0 || DATE_END.matcher(last.norm()).find()) {
      out.add(open.toLine());
      return new LineBuilder(piece);
    }
    return open.append("", piece);
  }

  private static boolean isNumberPart(String norm, int i) {
    while (i >= 0 && Line.isSpace(norm.charAt(i))) i--;
    return i >= 0 && Character.isDigit(norm.charAt(i));
  }

  static List<Line> join(List<Line> lines) {
    List<Integer> pages = pageLines(lines);
    if (pages.size() < 2 || !midSentence(lines, pages)) return lines;
    List<Line> out = new ArrayList<>(lines.size());
    LineBuilder last = null; // the line before, still open to the pages that continue it
    int next = 0;
    for (int i = 0; i < lines.size(); i++) {
      Line line = lines.get(i);
      if (next < pages.size() && pages.get(next) == i) {
        next++;
        Matcher m = PAGE_NUMBER.matcher(line.norm());
        if (m.find()) line = line.from(m.end()).strip();
        if (next > 1 && last != null && STOPS.indexOf(last.lastNonSpace()) < 0) { // page 1 continues nothing
          last.append("", line);
          continue;
        }
      }
      if (last != null) out.add(last.toLine());
      last = new LineBuilder(line);
    }
    if (last != null) out.add(last.toLine());
    return out;
  }

  /** The indexes of lines numbered 1、2、3… in order, each but the last a page long; empty when they are not. */
  private static List<Integer> pageLines(List<Line> lines) {
    List<Integer> pages = new ArrayList<>();
    for (int i = 0; i < lines.size(); i++) {
      Matcher m = PAGE_NUMBER.matcher(lines.get(i).norm());
      if (!m.find() || Integer.parseInt(m.group(1)) != pages.size() + 1) continue;
      if (!pages.isEmpty() && lines.get(pages.get(pages.size() - 1)).length() < MIN_PAGE) return List.of();
      pages.add(i);
    }
    return pages;
  }

  /** Whether most page breaks fall inside a sentence (a plan's own items 1、2、 end theirs with a stop). */
  private static boolean midSentence(List<Line> lines, List<Integer> pages) {
    int inside = 0;
    for (int k = 1; k < pages.size(); k++) {
      int before = pages.get(k) - 1;
      if (before >= 0 && !endsWithStop(lines.get(before))) inside++;
    }
    return inside * 2 >= pages.size() - 1 && inside > 0;
  }

  private static boolean endsWithStop(Line line) {
    String n = line.norm().strip();
    return !n.isEmpty() && STOPS.indexOf(n.charAt(n.length() - 1)) >= 0;
  }
}
