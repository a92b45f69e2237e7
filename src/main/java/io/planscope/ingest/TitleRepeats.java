package io.planscope.ingest;

import io.planscope.text.Fold;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A plan's title repeated inside its text is not a measure. Farms and Word conversions repeat the title between the
 * heading and the text, or once per page ("2017年某县教育局工作计划[1]" above "一、指导思想" and again below it), and
 * a document site prints its file name then the title as the document spells it ("…十二五发展规划讨论稿" then
 * "…“十二五”发展规划（讨论稿）"). A line is a repeat when its letters and digits are the title's, whatever its
 * punctuation, quotes and brackets.
 */
final class TitleRepeats {
  // a title is short; a longer line equal to it in letters is a sentence that happens to be the title
  private static final int MAX_TITLE = 80;
  // "工作计划" alone may be a heading of the text, not a repeat of a title that lost its issuer and year
  private static final int MIN_TITLE = 6;

  private TitleRepeats() {}

  /**
   * The lines without repeats of the title (as the page gives it, and as metadata cleaned it: "….docx" is the
   * document's title); each repeat goes to {@code removed} with its reason.
   */
  static List<Line> drop(List<Line> lines, List<String> titles, List<RemovedLine> removed) {
    Set<String> keys = new HashSet<>();
    for (String title : titles) {
      String key = letters(Fold.normalize(title));
      if (key.length() >= MIN_TITLE && title.length() <= MAX_TITLE) keys.add(key);
    }
    if (keys.isEmpty()) return lines;
    List<Line> kept = new ArrayList<>(lines.size());
    for (Line line : lines) {
      if (line.length() <= MAX_TITLE && keys.contains(letters(line.norm()))) {
        removed.add(new RemovedLine(line.text(), "the plan's title repeated in its text"));
      } else {
        kept.add(line);
      }
    }
    return kept.size() == lines.size() ? lines : kept;
  }

  /** Han characters, letters and digits only, lower-cased (of normalized text: simplified, half-width). */
  private static String letters(String s) {
    StringBuilder b = new StringBuilder(s.length());
    s.codePoints().filter(Character::isLetterOrDigit).map(Character::toLowerCase).forEach(b::appendCodePoint);
    return b.toString();
  }
}
