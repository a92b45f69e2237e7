package io.planscope.ingest;

import io.planscope.plan.SectionType;
import io.planscope.text.Fold;
import java.util.List;
import java.util.regex.Pattern;

/**
 * What the opening of a text about education work that is not a plan says of itself: a journal article ("摘要:",
 * "关键词:"), a bureau's reply to deputies ("现答复如下"), a report of a meeting or a visit ("会上,…", "40余人参加了会议",
 * "副市长某某到市教育局调研"), a report of work done ("今年以来,…" over "一、工作进展情况"). Each is common on bureau and
 * news sites beside their plans, and numbered like them; {@link NotPlan} says which one a text is.
 */
final class ReportSigns {
  private ReportSigns() {}

  // "会上,集中传达了…", "会议强调,…", "会议要求,…" — how a report of a meeting goes on, paragraph after paragraph
  private static final Pattern MEETING_PARAGRAPH =
      Pattern.compile("^\\s*(?:会上|会后|会议(?:指出|强调|要求|认为|提出|号召|明确|传达|听取|通报|总结|期间))");
  // what a report of a meeting or a visit says inside its paragraphs: "9月3日,全县教育系统召开…会", "40余人参加了会议",
  // "会上,…", "与会人员纷纷表示" ("迎接党的二十大胜利召开" is said in plans too, so a meeting's coming off is no sign)
  private static final List<Pattern> MEETING_SIGNS =
      List.of(
          Pattern.compile("\\d{1,2}\\s*月\\s*\\d{1,2}\\s*日(?:上午|下午|晚上?)?\\s*[,，]?[^。;；]{0,40}?(?:召开|举行|举办)了?"
              + "[^。;；]{0,40}?会"),
          Pattern.compile("(?:参加|出席)了?(?:会议|此次会议|本次会议)|参加会议并|出席会议并|与会(?:人员|同志|代表|领导)"),
          // "杜书记指出:", "某某副市长要求," — a leader quoted (a plan quotes 总书记, never its own county's leaders)
          Pattern.compile("(?:(?<!总)书记|县长|市长|区长|局长|厅长)[^。,，:：]{0,4}?(?:指出|强调|要求|表示)[,，:：]"),
          // "副市长某某到市教育局调研指导工作", "市政府副秘书长某某陪同调研": a visit reported
          Pattern.compile("(?:到|赴|来到)[^。,，]{1,20}?(?:调研|视察|检查指导)|陪同(?:调研|视察|检查)"),
          Pattern.compile("[。,，]\\s*会上\\s*[,，]"));
  private static final int MEETING_PARAGRAPHS = 2;

  /** Two paragraphs that go on as a meeting report does, or two signs of one (a dated meeting held, its attendance, 会上). */
  static boolean reportsMeeting(List<Line> opening) {
    int paragraphs = 0;
    int signs = 0;
    for (Line l : opening) {
      if (MEETING_PARAGRAPH.matcher(l.norm()).find()) paragraphs++;
      for (Pattern p : MEETING_SIGNS) if (p.matcher(l.norm()).find()) signs++;
    }
    return paragraphs >= MEETING_PARAGRAPHS || signs > 0 && paragraphs + signs >= MEETING_PARAGRAPHS;
  }

  // "摘要:…", "【摘要】…", "关键词:…": how a journal article opens; a plan has neither
  private static final Pattern ABSTRACT = Pattern.compile("^\\s*[【\\[]?\\s*(?:摘\\s*要|关键词|关键字)\\s*[】\\]:：]");

  static String paper(List<Line> opening) {
    for (Line l : opening) if (ABSTRACT.matcher(l.norm()).find()) return l.text();
    return null;
  }

  // "你们提出的《关于…的提案》…现答复如下:", "对市人大…第12号建议的答复": a bureau answering deputies, with numbered parts
  private static final Pattern REPLY_OPENING = Pattern.compile("(?:现|特|并)?答复如下|现将(?:有关|办理)?情况(?:答复|回复)如下");
  private static final Pattern REPLY_TITLE = Pattern.compile("(?:提案|建议|议案)的?(?:答复|回复)(?:函)?\\s*$");

  static String reply(String title, List<Line> opening) {
    if (title != null && REPLY_TITLE.matcher(Fold.normalize(title)).find()) return title;
    for (Line l : opening) if (REPLY_OPENING.matcher(l.norm()).find()) return l.text();
    return null;
  }

  /**
   * A text whose first heading reviews what was done ("一、工作进展情况", "一、2099年工作总结") with no word of a plan
   * above it ("今年以来,市教育局…" opens it): a report of work, not a plan. A summary-plus-plan names its plan in its
   * title, which the caller checks first.
   */
  static String workDone(List<Line> opening) {
    for (Line l : opening) {
      Marker m = Marker.parse(l.norm());
      if (m != null) {
        String heading = l.norm().substring(m.length());
        return Headings.isHeadingOnly(heading) && SectionTypes.of(heading) == SectionType.REVIEW
            ? l.text() : null;
      }
      if (NotPlan.PLAN_KIND.matcher(l.norm()).find()) return null;
    }
    return null;
  }
}
