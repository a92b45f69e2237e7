package io.planscope.ingest;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A document site's page stamps left inside the text: "…专题培训。第1页共12页下载后可任意编辑校本培训。…", where a printed page
 * ended in the middle of a sentence, and the same site's "下载后可任意编辑" glued before the title. They go; the text on
 * either side joins again. A line that is nothing but a stamp ("第1页 / 共3页") is left to {@link Boilerplate}.
 *
 * <p>A Word file's page footer converted to text keeps its field codes with their last values: "第PAGE10页共NUMPAGES10页",
 * "第 PAGE \* MERGEFORMAT 2 页", "PAGE 3", glued before a title or inside a sentence. A field code (PAGE, NUMPAGES,
 * SECTIONPAGES, in capitals as Word writes them) with its switches and value goes wherever it stands. So do the
 * running header and footer some converters mark in the text: ".页眉.某局工作思路页脚..页眉.某局工作思路页脚..", and the field
 * codes of links and contents entries (HYPERLINK, PAGEREF, TOC with their switches).
 */
final class DocStamps {
  // "PAGE", "NUMPAGES \* MERGEFORMAT", "PAGE \* Arabic" — a page field and its switches; its value follows
  private static final String SWITCHES = "(?:\\s*\\\\\\*\\s*[A-Za-z]{1,12}){0,3}";
  private static final String FIELD = "(?:NUMPAGES|SECTIONPAGES|PAGE)" + SWITCHES;
  // a page number as printed or as a field with its value: "10", "PAGE10", "PAGE \* MERGEFORMAT 2"
  private static final String NUMBER = "(?:" + FIELD + "\\s*\\d{0,3}|\\d{1,3})";
  private static final Pattern PAGE_STAMP =
      Pattern.compile("第\\s*" + NUMBER + "\\s*页\\s*[,，/]?\\s*共\\s*" + NUMBER + "\\s*页(?:\\s*下载后可任意编辑)?"
          + "|第\\s*" + FIELD + "\\s*\\d{0,3}\\s*页"
          // a field alone: "NUMPAGES", "PAGE3", "PAGE \* MERGEFORMAT 3" ("PAGE" alone may be an English word)
          + "|(?<![A-Za-z])(?:(?:NUMPAGES|SECTIONPAGES)" + SWITCHES + "\\s*\\d{0,3}|PAGE(?:\\s*\\\\\\*\\s*[A-Za-z]{1,12}){1,3}\\s*\\d{0,3}|PAGE\\s*\\d{1,3})(?![A-Za-z])"
          + "|下载后可任意编辑"
          // ".页眉.某局工作思路页脚..": a running header and footer, marked as such, before every printed page's text
          + "|\\.{0,2}页眉\\.{0,2}[^。页]{0,40}页脚\\.{0,2}|\\.{0,2}页眉\\.{0,2}|页脚\\.{0,2}"
          // a link's or contents entry's field code left in the text: "工作 HYPERLINK /Article/ \t _blank 总结",
          // "HYPERLINK \l "_Toc12"", "PAGEREF _Toc12 \h", "TOC \o "1-3" \h \z"
          + "|\\s*(?<![A-Za-z])(?:HYPERLINK(?:\\s*\\\\l)?\\s*(?:\"[^\"]{0,200}\"|[^\\s\\p{IsHan}]{1,200})|PAGEREF\\s*_Toc\\d{1,12}|TOC(?=\\s*\\\\[a-z]))"
          + "(?:\\s*\\\\[a-z](?:\\s*(?:\"[^\"]{0,40}\"|[^\\s\\\\\\p{IsHan}]{1,40}))?){0,5}\\s*");

  private DocStamps() {}

  /** The line without page stamps. */
  static Line drop(Line line) {
    String norm = line.norm();
    if (norm.indexOf('页') < 0 && norm.indexOf("任意编辑") < 0 && norm.indexOf("PAGE") < 0 && !hasLinkField(norm)) return line;
    return cutAll(line, PAGE_STAMP);
  }

  private static boolean hasLinkField(String norm) {
    return norm.contains("HYPERLINK") || norm.contains("TOC");
  }

  /** Whether the line is nothing but page stamps ("第PAGE1页共NUMPAGES5页"): a page's footer, never plan text. */
  static boolean isStampOnly(String norm) {
    if (norm.indexOf('页') < 0 && norm.indexOf("PAGE") < 0) return false;
    return PAGE_STAMP.matcher(norm).replaceAll("").isBlank();
  }

  /** The line without every match of the pattern; the line itself when nothing would be left (a stamp alone). */
  private static Line cutAll(Line line, Pattern pattern) {
    Matcher m = pattern.matcher(line.norm());
    LineBuilder out = null;
    int start = 0;
    while (m.find()) {
      Line before = line.slice(start, m.start());
      out = out == null ? new LineBuilder(before) : out.append("", before);
      start = m.end();
    }
    if (out == null) return line;
    Line cut = out.append("", line.from(start)).toLine().strip();
    return cut.norm().isEmpty() ? line : cut;
  }
}
