package io.planscope.ingest;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The markers that start one of several plans on a page: "篇一", "篇1", "【篇二】", "第一篇", "范文一", alone on a
 * line, in front of a title ("篇一:《教育局工作计划》") or after one ("2017年教育局年度重点工作计划篇2").
 */
final class SplitMarkers {
  private static final String NUM = "([一二三四五六七八九十]{1,3}|\\d{1,2})";
  // "篇一:《教育局工作计划》", "【篇二】", "第三篇 …", "范文一：…"
  private static final Pattern LEADING =
      Pattern.compile(
          "^[【\\[(]?\\s*(?:篇\\s*" + NUM + "|第" + NUM + "篇|范文\\s*" + NUM + ")\\s*"
              // a closing bracket, a separator or the end must follow: "第一篇章" is a word, not a marker
              + "(?:[】\\])]|(?=$|[\\s:：、.．《“]))[\\s:：、.．]*(.*)$");
  // "2017年教育局年度重点工作计划篇2", "…工作要点（篇三）", "…工作计划 第一篇"
  private static final Pattern TRAILING =
      Pattern.compile("^(.{2,60}?)[\\s:：]*[【\\[(]?\\s*(?:篇\\s*" + NUM + "|第" + NUM + "篇|范文\\s*" + NUM + ")\\s*[】\\])]?$");
  private static final int MAX_LENGTH = 80;

  private SplitMarkers() {}

  /** A plan marker and the title written with it ("" when the marker stands alone). */
  record PlanMarker(String title) {}

  static boolean isPlanMarker(Line line) {
    return parse(line) != null;
  }

  static PlanMarker parse(Line line) {
    String norm = line.norm();
    if (norm.length() > MAX_LENGTH || norm.indexOf('。') >= 0) return null;
    if (norm.indexOf('篇') < 0 && !norm.contains("范文")) return null; // cheap test before the regexes
    Matcher lead = LEADING.matcher(norm);
    if (lead.matches()) return new PlanMarker(title(line, lead.start(4)));
    Matcher trail = TRAILING.matcher(norm);
    if (trail.matches() && TitleLines.hasPlanWord(trail.group(1))) {
      return new PlanMarker(unquote(line.text().substring(0, trail.end(1)).strip()));
    }
    return null;
  }

  private static String title(Line line, int start) {
    return unquote(line.text().substring(start).strip());
  }

  /** "《教育局工作计划》" → "教育局工作计划". */
  static String unquote(String title) {
    String t = title.strip();
    if (t.length() > 2 && (t.startsWith("《") && t.endsWith("》") || t.startsWith("“") && t.endsWith("”"))) {
      return t.substring(1, t.length() - 1).strip();
    }
    return t;
  }
}
