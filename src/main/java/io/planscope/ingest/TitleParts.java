package io.planscope.ingest;

import io.planscope.ingest.meta.CitedTitle;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Pieces of a plan's title a page sets apart from it, for {@link PlanTitle}: the span printed on the line below
 * ("(2099—2103 年)"), the dated name a notice hands over for a farm label naming no year, and the attribute block or
 * file card a library runs on around it.
 */
final class TitleParts {
  private static final Pattern YEAR_DIGITS = Pattern.compile("(?:19|20)\\d\\d");
  private static final int SHARED_WORDS = 5;
  // "(2099—2103 年)" alone on the line below the title: a printed plan sets its span under its name
  private static final Pattern SPAN_ALONE =
      Pattern.compile("^[(（]\\s*(?:19|20)\\d{2}\\s*年?\\s*[-—–~～至]+\\s*(?:19|20)\\d{2}\\s*年?\\s*[)）]$");
  // "- 格式:doc", "- 文档页数:3": a library's card about the file
  private static final Pattern FILE_CARD =
      Pattern.compile("^[-•·]?\\s*(?:格式|大小|文档页数|页数|上传时间|上传人|文档编号)\\s*[:：]");
  private static final String ATTRIBUTES = "文章属性";

  private TitleParts() {}

  /** The title with the span set alone on the line below it on the page, when it names no year itself. */
  static PlanTitle.Titled withSpanBelow(List<Line> pageLines, PlanTitle.Titled title) {
    String text = title.text().strip();
    if (text.isEmpty() || YEAR_DIGITS.matcher(text).find()) return title;
    for (int i = 0; i + 1 < pageLines.size(); i++) {
      if (!LineRepair.dropGlosses(pageLines.get(i)).strip().text().equals(text)) continue;
      Line below = LineRepair.dropGlosses(pageLines.get(i + 1)).strip();
      return SPAN_ALONE.matcher(below.norm()).matches() ? new PlanTitle.Titled(text + below.text(), title.own()) : title;
    }
    return title;
  }

  /**
   * "第一篇:某区学前教育三年规划正文" over a notice handing over "《某区学前教育三年行动计划(2097-2099年)》": a title
   * naming no year gives way to the dated name of the same plan (a run of words shared) the notice hands over.
   */
  static PlanTitle.Titled dated(PlanTitle.Titled title, List<String> pageTexts) {
    String norm = Line.of(title.text()).norm();
    if (YEAR_DIGITS.matcher(norm).find()) return title;
    return CitedTitle.handedOverPlan(pageTexts)
        .filter(t -> YEAR_DIGITS.matcher(t).find() && sharesWords(norm, Line.of(t).norm()))
        .map(t -> new PlanTitle.Titled(t, title.own()))
        .orElse(title);
  }

  private static boolean sharesWords(String a, String b) {
    for (int i = 0; i + SHARED_WORDS <= a.length(); i++) {
      if (b.contains(a.substring(i, i + SHARED_WORDS))) return true;
    }
    return false;
  }

  /** "某市人民政府关于…的若干意见(试行)文章属性•【制定机关】…": the title a law library runs its attribute block on after. */
  static Line headBeforeAttributes(Line line) {
    int at = line.norm().indexOf(ATTRIBUTES);
    return at > 0 ? Line.of(line.text().substring(0, at)) : line;
  }

  /** "- 格式:doc": a library's card about the file, passed over when looking for a title below another line. */
  static boolean isFileCard(Line line) {
    return FILE_CARD.matcher(line.norm()).lookingAt();
  }
}
