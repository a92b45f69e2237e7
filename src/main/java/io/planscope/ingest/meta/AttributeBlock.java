package io.planscope.ingest.meta;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The issuing body a government page states in its article-attribute block: "【制定机关】某市教育局", "【发文机关】…",
 * "发布机构：…", or a table whose label cell ("制定机关") is followed by the value cell on the next line. It is read
 * from every page line, since the boilerplate stage removes the block from the plan's text. "来源：…" counts only when
 * it names a bureau ("来源：某县教育局", not "来源：网络").
 */
final class AttributeBlock {
  private static final String LABELS = "制定机关|发文机关|发布机关|发布机构|发文单位|发布单位|发文机构|成文机关|制发机关|印发机关";
  private static final String SOURCE_LABELS = "信息来源|来源";
  private static final Pattern LABELLED =
      Pattern.compile(
          "(?:^|[\\s|丨/【\\[(])(" + LABELS + "|" + SOURCE_LABELS + ")\\s*[】\\]]?\\s*[:：]?\\s*([^\\s【\\[|丨]{0,40})");
  private static final int MIN_VALUE = 2;

  private AttributeBlock() {}

  /** The issuing bodies the page's attribute lines name, in page order (normalized lines in, as written out). */
  static List<String> issuers(List<String> pageLines) {
    List<String> out = new ArrayList<>();
    for (int i = 0; i < pageLines.size(); i++) {
      String line = pageLines.get(i);
      if (!mayBeLabelled(line)) continue;
      Matcher m = LABELLED.matcher(line);
      while (m.find()) {
        String value = m.group(2).length() >= MIN_VALUE ? m.group(2) : nextCell(pageLines, i);
        if (value != null && counts(m.group(1), value)) out.add(value);
      }
    }
    return List.copyOf(out);
  }

  // a table: "制定机关" alone in its cell, the value in the next
  private static String nextCell(List<String> lines, int i) {
    if (i + 1 >= lines.size()) return null;
    String next = lines.get(i + 1).strip();
    return next.length() >= MIN_VALUE && next.length() <= 40 ? next : null;
  }

  private static boolean counts(String label, String value) {
    boolean source = label.equals("来源") || label.equals("信息来源");
    return !source || !Bureau.all(value).isEmpty();
  }

  // cheap filter before the regex: every label has one of these
  private static boolean mayBeLabelled(String line) {
    return line.contains("机关") || line.contains("机构") || line.contains("单位") || line.contains("来源");
  }
}
