package io.planscope.ingest;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Section headings that lost their numbers: a Word document's automatic numbering does not survive conversion, so a
 * farm or document site gives "工作目标", "具体工作及措施", "评估范围和时间" as bare lines, each over its text. Such a
 * line opens a section (typed by {@link SectionTypes}) rather than standing as a measure of its own.
 *
 * <p>A bare heading is short, all Han (a 、 or a trailing colon allowed), names no plan or document ("…工作计划",
 * "…通知"), no issuer ("某县教育局") and leads into no list ("具体内容如下："), follows a finished sentence or a heading, and stands over text: a sentence or
 * a numbered item. One such line in a plan may be anything; it counts when the plan has two, or when it names a
 * section of a plan ("指导思想", "保障措施").
 */
final class BareHeadings {
  private static final int MIN_CHARS = 2;
  private static final int MAX_CHARS = 12;
  // what a heading consists of: Han, with 、 between two names ("评估内容、标准")
  private static final Pattern SHAPE = Pattern.compile("^[\\p{IsHan}、]+$");
  // a plan's or document's name, a part of a compilation, an issuer or a signature: not a heading of a plan's text
  private static final Pattern NOT_HEADING =
      Pattern.compile("(计划|要点|方案|规划|意见|通知|报告|讲话|办法|细则|决定|纲要|范文|模板|大全|篇|如下)|(局|厅|委|府|院|校|园|室|处|部|会|中心|小组|单位)$");
  private static final int MIN_TEXT = 20;
  private static final String STOPS = "。；;！!？?";
  private static final int MAX_FIRST_NUMBER = 3;

  private BareHeadings() {}

  /** The indexes of the lines that are bare headings of this plan's text. */
  static Set<Integer> find(List<Line> lines) {
    List<Integer> candidates = new ArrayList<>();
    for (int i = 0; i < lines.size(); i++) if (isCandidate(lines, i)) candidates.add(i);
    Set<Integer> found = new HashSet<>();
    for (int i : candidates) if (candidates.size() >= 2 || SectionTypes.names(name(lines.get(i)))) found.add(i);
    return found;
  }

  // a dated or issued line ("2099年工作思路", "五月份工作安排", "某局工作思路") may well be a title
  private static final Pattern TITLE_SIGNS = Pattern.compile("[0-9年月季期]|教育|局|厅|委|府|校|院|部|中心");
  private static final int MAX_SECTION_NAME = 8;

  /**
   * Whether a line only names a section of a plan ("工作思路", "总体思路和要求", "重点工作：") and so is no plan's
   * title, though it holds a plan word: a converted plan's first heading, right under its title.
   */
  static boolean isSectionName(Line line) {
    String name = name(line);
    return name.length() <= MAX_SECTION_NAME && SHAPE.matcher(name).matches() && !TITLE_SIGNS.matcher(name).find()
        && SectionTypes.names(name);
  }

  private static boolean isCandidate(List<Line> lines, int i) {
    String name = name(lines.get(i));
    if (name.length() < MIN_CHARS || name.length() > MAX_CHARS || !SHAPE.matcher(name).matches()) return false;
    if (NOT_HEADING.matcher(name).find() || Marker.parse(lines.get(i).norm().strip()) != null) return false;
    return i + 1 < lines.size() && opensText(lines.get(i + 1)) && (i == 0 || closes(lines.get(i - 1)));
  }

  /** The heading's words: the line without spaces and a trailing colon. */
  private static String name(Line line) {
    return line.norm().replaceAll("[\\s\\u3000]+", "").replaceFirst("[:：]$", "");
  }

  // the line below: a sentence, or a numbered item starting a list
  private static boolean opensText(Line next) {
    String n = next.norm().strip();
    Marker m = Marker.parse(n);
    if (m != null) return m.number() <= MAX_FIRST_NUMBER;
    return n.length() >= MIN_TEXT && (endsWithStop(n) || n.indexOf('，') >= 0 || n.indexOf(',') >= 0);
  }

  // the line above: a finished sentence, or a heading (a short line without a sentence)
  private static boolean closes(Line previous) {
    String n = previous.norm().strip();
    return n.isEmpty() || endsWithStop(n) || Headings.isHeadingOnly(n) && n.length() <= MAX_CHARS * 2;
  }

  private static boolean endsWithStop(String n) {
    return !n.isEmpty() && STOPS.indexOf(n.charAt(n.length() - 1)) >= 0;
  }
}
