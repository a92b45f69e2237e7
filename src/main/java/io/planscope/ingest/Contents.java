package io.planscope.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A contents list: a "目录" header with the entries below it; entries that carry page numbers ("2.市教育局2024年工作要点
 * 19"); or a run of short headings that all come back further down the page with their text ("一、坚持…目标" /
 * "1.全面完成年度工作任务" listed first, then each again as "1.全面完成年度工作任务。围绕…"), or standing right above
 * the plan's title. A list of what the page
 * holds is not the plan's text, and its entries must not count as measures twice.
 */
final class Contents {
  private static final Pattern HEADER = Pattern.compile("^[【\\[]?\\s*(目\\s*录|内容目录|本文目录|提\\s*纲)\\s*[】\\]]?\\s*[:：]?$");
  private static final Pattern GLUED_HEADER = Pattern.compile("^[【\\[]\\s*(目\\s*录|提\\s*纲|内容提要)\\s*[】\\]]");
  // "2.市教育局2024年工作要点19", "县教育局2024年工作要点……42" — a title and its page number
  private static final Pattern PAGED_ENTRY =
      Pattern.compile("^.{2,60}?(计划|要点|方案|安排|意见|总结|打算|思路)\\s*[.…·．\\s]*\\d{1,3}$");
  private static final int ENTRY_MAX = 60;
  private static final int MIN_RUN = 3;
  private static final int LOOK_AHEAD = 4000;

  private Contents() {}

  /** "【提纲】一、…（一）…二、…": a contents list run into one line, to be kept whole (and then removed whole). */
  static boolean startsGlued(String norm) {
    return GLUED_HEADER.matcher(norm).lookingAt();
  }

  /** The end (exclusive) of a contents list starting at line i, or i when none starts there. */
  static int endOf(List<Line> lines, int i) {
    String first = lines.get(i).norm();
    if (HEADER.matcher(first).matches()) return onlyOutline(lines, i + 1) ? i + 1 : entriesEnd(lines, i + 1);
    // "【提纲】一、2024年工作开展情况。" — the header glued to its first entry
    if (GLUED_HEADER.matcher(first).lookingAt()) return entriesEnd(lines, i + 1);
    if (isPagedEntry(first)) return pagedEnd(lines, i);
    int run = repeatedRunEnd(lines, i);
    return run > i ? run : outlineEnd(lines, i);
  }

  // "1.1政策背景", "10.4注重长效建设": a section numbered after its chapter
  private static final Pattern DECIMAL_ENTRY = Pattern.compile("^\\d{1,2}\\.\\d{1,2}(?![\\d.])\\s*\\S");
  private static final int MIN_OUTLINE = 8;
  private static final int MIN_CHAPTERS = 2;

  /**
   * An outline listed before the text it outlines (a document site's preview of a report-style plan): at least
   * {@link #MIN_OUTLINE} bare headings, chapters ("一、背景分析") with sections numbered after them ("1.1政策背景"),
   * then a line where the text starts over at the first chapter ("…10.4注重长效建设一、背景分析1.1政策背景 国家层面,…").
   * A plan's own headings have text between them, and its text does not start over.
   */
  private static int outlineEnd(List<Line> lines, int i) {
    int j = outlineRun(lines, i);
    return j > i && lines.get(j).norm().contains(headingText(lines.get(i).norm())) ? j : i;
  }

  /**
   * Lines where a report-style outline's last entry and the text starting over after it were run together ("10.4注重
   * 长效建设一、背景分析1.1政策背景 国家层面,…") are cut apart at the restart, so that the outline can go as contents and
   * the text stays whole.
   */
  static List<Line> cutRestarts(List<Line> lines) {
    List<Line> out = null;
    int added = 0; // lines inserted into out so far: line j of lines is line j + added of out
    for (int i = 0; i < lines.size(); i++) {
      int j = outlineRun(lines, i);
      if (j == i) continue;
      Line restart = lines.get(j);
      int at = restart.norm().indexOf(lines.get(i).norm().strip());
      if (at <= 0 || !isEntry(restart.slice(0, at))) continue;
      if (out == null) out = new ArrayList<>(lines);
      out.set(j + added, restart.slice(0, at).strip());
      out.add(j + added + 1, restart.from(at).strip());
      added++;
      i = j;
    }
    return out == null ? lines : out;
  }

  /**
   * The end of an outline's entries starting at line i (exclusive; a line is left after them), or i when no outline
   * starts there: at least {@link #MIN_OUTLINE} bare headings, chapters with their sections numbered after them.
   */
  private static int outlineRun(List<Line> lines, int i) {
    // cheap tests first: this runs at every line; an outline opens with a chapter and its first section
    if (i + MIN_OUTLINE >= lines.size() || !isChapter(lines.get(i))) return i;
    if (!DECIMAL_ENTRY.matcher(lines.get(i + 1).norm()).lookingAt()) return i;
    String first = headingText(lines.get(i).norm());
    if (first.length() < 2) return i;
    int j = i;
    int chapters = 0;
    int sections = 0;
    while (j < lines.size() && isEntry(lines.get(j))) {
      Line line = lines.get(j);
      if (j > i && line.norm().contains(first)) break; // the text starts over
      if (DECIMAL_ENTRY.matcher(line.norm()).lookingAt()) sections++;
      else if (isChapter(line)) chapters++;
      else break;
      j++;
    }
    boolean outline = j - i >= MIN_OUTLINE && chapters >= MIN_CHAPTERS && sections >= chapters && j < lines.size();
    return outline ? j : i;
  }

  /** "一、背景分析": a short heading numbered with a Chinese numeral. */
  private static boolean isChapter(Line line) {
    return !line.norm().isEmpty() && Marker.isCnDigit(line.norm().charAt(0)) && isNumberedEntry(line);
  }

  private static boolean isEntry(Line line) {
    String n = line.norm();
    return n.length() <= ENTRY_MAX && !TitleLines.hasStop(n);
  }

  private static boolean isPagedEntry(String norm) {
    return norm.length() <= ENTRY_MAX + 4 && !TitleLines.hasStop(norm) && PAGED_ENTRY.matcher(norm).matches();
  }

  /**
   * Whether the numbered entries from line i run to the end of the page: a page cut off inside a plan's contents
   * ("目录 / 一、发展基础 / （一）主要成就 / …") has no text to list twice, and the entries are the only outline of the
   * plan there is; only the header goes. A compilation's contents lists titles, which are not numbered headings.
   */
  private static boolean onlyOutline(List<Line> lines, int i) {
    if (lines.size() - i < MIN_RUN) return false;
    for (int j = i; j < lines.size(); j++) {
      Line line = lines.get(j);
      if (Marker.parse(line.norm()) == null || !isEntry(line) || SplitMarkers.isPlanMarker(line)) return false;
    }
    return true;
  }

  private static int entriesEnd(List<Line> lines, int i) {
    int j = i;
    while (j < lines.size() && isEntry(lines.get(j)) && !SplitMarkers.isPlanMarker(lines.get(j))) j++;
    return j;
  }

  private static int pagedEnd(List<Line> lines, int i) {
    int j = i;
    // a bare number ("1.") between entries is an entry whose title was lost
    while (j < lines.size() && (isPagedEntry(lines.get(j).norm()) || isBareNumber(lines.get(j).norm()))) j++;
    return j;
  }

  private static boolean isBareNumber(String norm) {
    return norm.matches("\\d{1,3}\\s*[.、]?");
  }

  /**
   * A run of at least {@link #MIN_RUN} short numbered headings, each of which starts a later line of the page after
   * its number: the run is the page's own contents list.
   */
  private static int repeatedRunEnd(List<Line> lines, int i) {
    int j = i;
    java.util.Set<String> seen = new java.util.HashSet<>();
    // the list ends where its first entries come back as the text's headings
    while (j < lines.size() && isNumberedEntry(lines.get(j)) && seen.add(headingText(lines.get(j).norm()))) j++;
    if (j - i < MIN_RUN) return i;
    // the plan's outline listed above its own title ("一、…/（一）…/1.…" then "县教育局2024年工作要点")
    if (j < lines.size() && TitleLines.isTitleLike(lines.get(j))) return j;
    int limit = Math.min(lines.size(), j + LOOK_AHEAD);
    // the next plan of a compilation may well repeat this plan's headings: look no further than its marker
    for (int k = j; k < limit; k++) {
      if (SplitMarkers.isPlanMarker(lines.get(k))) limit = k;
    }
    for (int k = i; k < j; k++) {
      if (!comesBack(lines.get(k), lines, j, limit)) return i;
    }
    return j;
  }

  private static boolean isNumberedEntry(Line line) {
    Marker m = Marker.parse(line.norm());
    return m != null && isEntry(line) && Headings.isHeadingOnly(line.norm().substring(m.length()));
  }

  private static boolean comesBack(Line entry, List<Line> lines, int from, int to) {
    String text = headingText(entry.norm());
    if (text.length() < 4) return false;
    for (int k = from; k < to; k++) {
      String norm = lines.get(k).norm();
      Marker m = Marker.parse(norm);
      int start = m == null ? 0 : m.length();
      if (norm.startsWith(text, start) && (norm.length() > start + text.length() || m != null)) return true;
    }
    return false;
  }

  /** An entry's heading without its number, trailing page number and stops. */
  private static String headingText(String norm) {
    Marker m = Marker.parse(norm);
    String t = m == null ? norm : norm.substring(m.length());
    return t.replaceAll("[\\s.…·．]*\\d{0,3}$", "").replaceAll("[。:：]$", "").strip();
  }
}
