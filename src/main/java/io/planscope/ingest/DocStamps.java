package io.planscope.ingest;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A document site's page stamps left inside the text: "…专题培训。第1页共12页下载后可任意编辑校本培训。…", where a printed page
 * ended in the middle of a sentence, and the same site's "下载后可任意编辑" glued before the title. They go; the text on
 * either side joins again. A line that is nothing but a stamp ("第1页 / 共3页") is left to {@link Boilerplate}.
 */
final class DocStamps {
  private static final Pattern PAGE_STAMP =
      Pattern.compile("第\\s*\\d{1,3}\\s*页\\s*[,，/]?\\s*共\\s*\\d{1,3}\\s*页(?:\\s*下载后可任意编辑)?|下载后可任意编辑");

  private DocStamps() {}

  /** The line without page stamps. */
  static Line drop(Line line) {
    String norm = line.norm();
    if (norm.indexOf("任意编辑") < 0 && (norm.indexOf('页') < 0 || norm.indexOf('共') < 0)) return line;
    return cutAll(line, PAGE_STAMP);
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
