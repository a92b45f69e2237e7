package io.planscope.ingest;

import io.planscope.text.Fold;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a government office publishes besides plans, told by its opening: a page on an office's duties ("市教育局的主要
 * 职责:", "负责拟订…。负责制定…。") and a notice setting out its own business ("现就有关事项通知如下:"). Both come
 * numbered like a plan, and both name plans in passing ("编制教育事业的发展规划和年度计划").
 */
final class OfficeTexts {
  private OfficeTexts() {}

  // "市教育局的主要职责:", "内设机构", "科室设置" — a government site's page on what an office does, not what it plans
  private static final Pattern DUTIES = Pattern.compile("主要职责|工作职责|机构职能|职能配置|内设机构|科室设置|科室职责");
  private static final int DUTY_LINE_MAX = 40;
  private static final int DUTY_SENTENCES = 3;
  // "办公室:", "人事科 :" — the office a duty sentence is about
  private static final Pattern OFFICE_LABEL = Pattern.compile("^[^。:：,，]{1,12}[:：]");

  /**
   * The title or opening line that names an office's duties, or the first of three or more sentences that each say
   * what it is responsible for ("负责拟订…。负责制定…。"); null when the text is none of these.
   */
  static String duties(String title, List<Line> opening) {
    if (title != null && DUTIES.matcher(Fold.normalize(title)).find()) return title;
    int sentences = 0;
    String first = null;
    for (Line l : opening) {
      String n = l.norm();
      if (n.length() <= DUTY_LINE_MAX && Marker.parse(n) == null && DUTIES.matcher(n).find()) return l.text();
      int before = sentences;
      for (String sentence : n.split("[。；;]")) if (isDutySentence(sentence)) sentences++;
      if (first == null && sentences > before) first = l.text();
    }
    return sentences >= DUTY_SENTENCES ? first : null;
  }

  private static boolean isDutySentence(String sentence) {
    String s = sentence.strip();
    Marker m = Marker.parse(s);
    if (m != null) s = s.substring(m.length()).strip();
    Matcher label = OFFICE_LABEL.matcher(s);
    if (label.lookingAt()) s = s.substring(label.end()).strip();
    return s.startsWith("负责");
  }

  // "现将有关事项通知如下:", "现就调整…成员单位及工作职责通知如下:" — a notice's own business follows: it asks for work
  private static final String NOTICE_BUSINESS = "通知如下";
  private static final int NOTICE_QUOTE = 24;

  /** The words ending in "通知如下" in an opening line, or null when no opening line announces a notice's business. */
  static String noticeOpening(List<Line> opening) {
    for (Line l : opening) {
      int at = l.norm().indexOf(NOTICE_BUSINESS);
      if (at < 0) continue;
      int end = at + NOTICE_BUSINESS.length();
      int from = Math.max(0, end - NOTICE_QUOTE);
      return (from > 0 ? "…" : "") + l.text().substring(from, end);
    }
    return null;
  }
}
