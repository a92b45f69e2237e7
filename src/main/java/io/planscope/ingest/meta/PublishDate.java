package io.planscope.ingest.meta;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The publish date of a page, from its byline: "发布时间：2023-03-05 10:12", "发布日期:2023年3月5日", "时间:2023/3/5",
 * "日期：2023.03.05", "【发布日期】2024-02-05", or an attribute table's label cell with the date in the next. A
 * label must start the line or follow a space or separator, so "活动时间：2023年3月5日" in a schedule does not count. Without any labelled line, a short byline with a date and a clock time ("admin
 * 2025-03-05 14:53:53 范文大全") is taken. Formatted YYYY-MM-DD.
 */
final class PublishDate {
  private static final String DATE =
      "((?:19|20)\\d\\d)\\s*(?:[-/.]|年)\\s*(\\d{1,2})\\s*(?:[-/.]|月)\\s*(\\d{1,2})(?!\\d)\\s*日?";
  private static final String LABEL =
      "(?:发布时间|发布日期|发布于|发表时间|发表日期|发文日期|成文日期|印发日期|生成日期|产生日期|更新时间|更新日期|时间|日期)\\s*[】\\]]?\\s*[:：]?\\s*";
  private static final Pattern LABELLED = Pattern.compile("(?:^|[\\s|丨/【\\[(])" + LABEL + DATE);
  // an attribute table's label cell, its date in the next cell (line): "【发布日期】" / "2024-02-05"
  private static final Pattern LABEL_CELL = Pattern.compile("^[【\\[]?" + LABEL + "$");
  private static final Pattern BYLINE = Pattern.compile("(?<!\\d)" + DATE + "\\s+\\d{1,2}:\\d\\d");
  private static final int BYLINE_MAX = 80;

  private PublishDate() {}

  /** The first publish date in the page lines, as YYYY-MM-DD, or null. */
  static String find(List<String> pageLines) {
    String labelled = first(withCells(pageLines), LABELLED, Integer.MAX_VALUE, PublishDate::mayBeLabelled);
    return labelled != null ? labelled : first(pageLines, BYLINE, BYLINE_MAX, line -> line.indexOf(':') > 0);
  }

  // a label cell joined with the cell after it, so LABELLED reads "发布日期 2024-02-05"
  private static List<String> withCells(List<String> lines) {
    List<String> out = new ArrayList<>(lines.size());
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i);
      boolean cell = i + 1 < lines.size() && line.length() <= 12 && LABEL_CELL.matcher(line).matches();
      out.add(cell ? line + " " + lines.get(i + 1) : line);
    }
    return out;
  }

  private static String first(List<String> lines, Pattern p, int maxLength, Predicate<String> worthTrying) {
    for (String line : lines) {
      if (line.length() > maxLength || !worthTrying.test(line)) continue;
      Matcher m = p.matcher(line);
      while (m.find()) {
        String date = date(m.group(1), m.group(2), m.group(3));
        if (date != null) return date;
      }
    }
    return null;
  }

  // cheap filter before the regex: every label has 时间 or 日期, or is 发布于
  private static boolean mayBeLabelled(String line) {
    return line.contains("时间") || line.contains("日期") || line.contains("发布");
  }

  private static String date(String y, String m, String d) {
    try {
      return LocalDate.of(Integer.parseInt(y), Integer.parseInt(m), Integer.parseInt(d)).toString();
    } catch (DateTimeException e) {
      return null; // "2023-13-45" is not a date; the caller looks further
    }
  }
}
