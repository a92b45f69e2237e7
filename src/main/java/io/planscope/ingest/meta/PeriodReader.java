package io.planscope.ingest.meta;

import io.planscope.plan.Period;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The year a plan is for and the span it covers, from the title first and then the opening sentences. Masked years
 * ("20xx年", "xx年", "20XX") give no year. A multi-year span (十四五, 2021—2025年) is dated by its first year, so
 * year filters and facets find it where it starts; the whole span is in the period. The page's publish date is never
 * read here.
 */
final class PeriodReader {
  /** A year and the period; {@code year} is null when unknown or masked. */
  record Dated(Integer year, Period period) {}

  private static final String YEAR = "((?:19|20)\\d\\d)";
  private static final String DASH = "\\s*[-—–~～至到－]+\\s*";
  // "2021—2025年", "(2023-2025年)", "2021年至2025年" — but not "2023-2024学年", which is one school year
  private static final Pattern RANGE = Pattern.compile(YEAR + "年?" + DASH + YEAR + "(?!\\d)(?!年?学年)(?!年度学年)");
  private static final Pattern SCHOOL_YEAR = Pattern.compile(YEAR + "年?" + DASH + YEAR + "年?(?:度)?学年");
  // "2023学年度第二学期": a school year named by the calendar year it starts in
  private static final Pattern SCHOOL_YEAR_NAMED = Pattern.compile("(?<!\\d)" + YEAR + "\\s*学年");
  private static final Pattern ONE_YEAR = Pattern.compile("(?<!\\d)" + YEAR + "(?!\\d)\\s*(?:年|学年|年度)");
  // "2016未成年人思想道德建设实施方案", "2099县教研室工作计划": a farm's title led by a bare year (not "2099届", "2099级")
  private static final Pattern LEADING_YEAR = Pattern.compile("^\\s*" + YEAR + "(?=[\\p{IsHan}&&[^年届级]])");
  // "20xx年", "xx年", "20XX", "20××年", "二〇xx年"
  private static final Pattern MASKED = Pattern.compile("(?:(?:19|20|二〇|二零)?[xX×*＊?]{2}\\s*年)|(?:20[xX×]{2})");
  private static final Pattern HAN_YEAR = Pattern.compile("([一二三四五六七八九〇零○]{4})年");
  private static final Map<String, int[]> FIVE_YEAR_PLANS =
      Map.of(
          "十一五", new int[] {2006, 2010},
          "十二五", new int[] {2011, 2015},
          "十三五", new int[] {2016, 2020},
          "十四五", new int[] {2021, 2025},
          "十五五", new int[] {2026, 2030});
  // The opening states the year first: "2023年，…", "2023年是…", "2023年上半年，…", "2017年全市教育工作…"
  // broken quotes a copy left between the year and 年 ("2099“”“”年,…") are read through
  private static final Pattern OPENING =
      Pattern.compile("^\\s*(?:[(（]?[一二三四五六七八九十]+[)）、]\\s*)?" + YEAR + "[“”\"]*(?:年度|年)(?!\\s*\\d{1,2}\\s*月)(上半年|下半年)?");
  private static final Pattern OPENING_MASKED = Pattern.compile("^\\s*(?:20|19)?[xX×]{2}\\s*年");
  // "…特制定2023年工作计划", "…现将2023年工作要点印发如下"
  private static final Pattern MADE_FOR =
      Pattern.compile(YEAR + "(?:年度|年)(?!\\s*\\d{1,2}\\s*月)(上半年|下半年)?[^,，。;；]{0,12}?(?:工作计划|工作要点|工作方案|计划|要点)");
  private static final int OPENING_LINES = 4;
  // "“十四五”时期，是…关键时期，…制定本规划": an untitled development plan opening with its span
  // or with its first heading ("一、“十四五”教育事业发展基础和形势"); "“十二五”期间，…" looks back
  private static final Pattern FIVE_YEAR_OPENING =
      Pattern.compile("^\\s*(?:[一二三四五六七八九十]{1,2}\\s*[、.．])?\\s*[“\"]?(十[一二三四五]五)[”\"]?\\s*(?:时期|教育)");
  // the sentence an untitled plan states its purpose in: "…，制定本方案", "现提出如下意见", "特制定本计划"
  private static final Pattern PURPOSE = Pattern.compile("制定本|制订本|特制定|特制订|提出如下|现就.{0,20}提出");
  // a year in that sentence, not a date ("2099年3月"), not a cited title's ("《2098年…》" is cut first)
  // nor a target ("到2099年建成…", "2099年前"), which a multi-year plan's purpose names
  private static final Pattern PURPOSE_YEAR =
      Pattern.compile("(?<![\\d到至])" + YEAR + "年(?!\\s*\\d{1,2}\\s*月)(?![前底末])");
  private static final Pattern CITED = Pattern.compile("《[^《》]*》|[(（〔\\[][^)）〕\\]]*[)）〕\\]]");
  private static final int LOOK_BACK_HEADING = 30;
  // the look back of a summary-plus-plan title: "…工作总结及…", "…工作回顾和…", "…主要工作完成情况…以及…",
  // "某局2098年工作情况及2099年工作思路"
  private static final Pattern SUMMARY = Pattern.compile("总结|小结|回顾|完成情况|开展情况|工作成效|工作情况");
  // the plan part of a summary-plus-plan title that names no year: "…及来年工作计划", "…和明年工作打算"
  private static final Pattern NEXT_YEAR = Pattern.compile("^[^0-9]{0,4}?(?:来年|明年|下一年|下年|新一年|新的一年)");
  // "…工作总结及下一步工作打算": the plan for the period after the one looked back on
  private static final Pattern NEXT_STEP = Pattern.compile("^[^0-9]{0,4}?下一步");
  // the plan part's own heading in the text: "二、2099年工作计划", "（二）2099年工作思路和重点"
  private static final Pattern PLAN_HEADING =
      Pattern.compile(
          "^\\s*(?:[一二三四五六七八九十]{1,2}\\s*[、.．]|[(（][一二三四五六七八九十]{1,2}[)）])?\\s*" + YEAR
              + "\\s*年度?(?:的)?(?:主要|重点)?(?:工作)?(?:计划|思路|打算|安排|要点|重点|目标|任务)");
  private static final int PLAN_HEADING_LINES = 80;

  private PeriodReader() {}

  /** Reads the title (cleaned), then the first lines of the plan. */
  static Dated read(String title, List<String> lines) {
    return read(title, lines, true);
  }

  /**
   * Reads the title and the first lines of the plan: the title first when it is the plan's own heading
   * ({@code trustTitle}), else the opening first ("2022年，全县教育工作…" under a farm's "2024年教育局工作计划").
   */
  static Dated read(String title, List<String> lines, boolean trustTitle) {
    return read(title, lines, trustTitle, 0);
  }

  /**
   * As {@link #read(String, List, boolean)}, with the year the plan's file was issued ({@code issued}, 0 when
   * unknown): an opening year before it looks back ("2098年，我省两基工作通过验收" in a file numbered 〔2099〕).
   */
  static Dated read(String title, List<String> lines, boolean trustTitle, int issued) {
    String t = title == null ? "" : title;
    Dated next = nextYearPlan(t, lines);
    if (next != null) return next;
    Dated fromTitle = fromTitle(planPart(t));
    // a summary-plus-plan title ("2098年工作情况及2099年工作思路") keeps its plan's year even on a farm: the
    // opening looks back ("2098年，在县委…")
    boolean lookBack = !planPart(t).equals(t) && fromTitle.year() != null;
    if ((trustTitle || lookBack) && (fromTitle.year() != null || multiYear(fromTitle))) return fromTitle;
    Dated fromOpening = fromOpening(lines, planHalf(t));
    if (fromOpening != null && fromOpening.year() >= issued) return fromOpening;
    if (fromTitle.year() != null || multiYear(fromTitle) || MASKED.matcher(t).find()) return fromTitle;
    Dated purpose = fromPurpose(lines, planHalf(t));
    return purpose != null && purpose.year() >= issued ? purpose : fromTitle;
  }

  // an untitled plan's purpose sentence naming one year ("组织开展好2099年全省教育脱贫攻坚…，现提出如下意见"), or a
  // development plan opening with its span ("“十四五”时期，…制定本规划")
  private static Dated fromPurpose(List<String> lines, String titleHalf) {
    List<String> opening = lines.subList(0, Math.min(OPENING_LINES, lines.size()));
    if (opening.stream().anyMatch(l -> l.contains("本规划"))) {
      for (String line : opening) {
        Matcher five = FIVE_YEAR_OPENING.matcher(line);
        if (!five.lookingAt()) continue;
        int[] span = FIVE_YEAR_PLANS.get(five.group(1));
        return multiYear(span[0], span[1]);
      }
    }
    for (String line : opening) {
      if (!PURPOSE.matcher(line).find()) continue;
      Integer year = onlyYear(CITED.matcher(line).replaceAll(""));
      return year == null ? null : single(year, titleHalf);
    }
    return null;
  }

  // the one year a sentence names (several times perhaps), null when it names none or more than one
  private static Integer onlyYear(String sentence) {
    Matcher m = PURPOSE_YEAR.matcher(sentence);
    Integer year = null;
    while (m.find()) {
      int y = Integer.parseInt(m.group(1));
      if (year != null && year != y) return null;
      year = y;
    }
    return year;
  }

  // "2024年工作总结及2025年工作计划": the plan is what follows the look back, when a year follows it
  private static String planPart(String title) {
    int end = lookBackEnd(title);
    if (end < 0) return title;
    String rest = title.substring(end);
    return ONE_YEAR.matcher(rest).find() || HAN_YEAR.matcher(rest).find() ? rest : title;
  }

  // "2098年工作总结及来年工作计划", "…总结和明年工作打算": the plan is for the year after the one looked back on; a
  // plan part naming no year ("…工作总结及下一步工作打算", "…总结和工作要点") takes the year its own heading in the
  // text names ("二、2099年工作打算"), else 下一步 after a year looked back on is the next year (the next half after
  // 上半年)
  private static Dated nextYearPlan(String title, List<String> lines) {
    int end = lookBackEnd(title);
    if (end < 0) return null;
    String rest = title.substring(end);
    Matcher one = ONE_YEAR.matcher(title.substring(0, end));
    Integer lookedBack = one.find() ? Integer.parseInt(one.group(1)) : null;
    if (NEXT_YEAR.matcher(rest).find()) return lookedBack == null ? null : single(lookedBack + 1, half(rest));
    if (ONE_YEAR.matcher(rest).find() || HAN_YEAR.matcher(rest).find()) return null;
    Dated heading = planHeading(lines, lookedBack);
    if (heading != null || lookedBack == null || !NEXT_STEP.matcher(rest).find()) return heading;
    boolean firstHalf = title.substring(0, end).contains("上半年");
    return firstHalf ? single(lookedBack, Period.SECOND_HALF) : single(lookedBack + 1, Period.ANNUAL);
  }

  // "二、2099年工作打算" below "一、2098年工作回顾": a year after the one looked back on (any year when none is known)
  private static Dated planHeading(List<String> lines, Integer lookedBack) {
    for (String line : lines.subList(0, Math.min(PLAN_HEADING_LINES, lines.size()))) {
      Matcher m = PLAN_HEADING.matcher(line);
      // "一、2098年工作目标完成情况" looks back
      if (!m.lookingAt() || SUMMARY.matcher(line).find() || line.contains("完成")) continue;
      int year = Integer.parseInt(m.group(1));
      if (lookedBack == null || year > lookedBack) return single(year, Period.ANNUAL);
    }
    return null;
  }

  private static Dated fromTitle(String title) {
    String half = planHalf(title);
    Matcher range = RANGE.matcher(title);
    if (range.find()) return multiYear(Integer.parseInt(range.group(1)), Integer.parseInt(range.group(2)));
    for (Map.Entry<String, int[]> e : FIVE_YEAR_PLANS.entrySet()) {
      if (title.contains(e.getKey())) return multiYear(e.getValue()[0], e.getValue()[1]);
    }
    Matcher school = SCHOOL_YEAR.matcher(title);
    // "2022-2023学年第二学期" is spring 2023: the second term falls in the school year's second calendar year
    if (school.find()) return single(Integer.parseInt(school.group(secondTerm(title) ? 2 : 1)), half);
    Matcher named = SCHOOL_YEAR_NAMED.matcher(title);
    // "2023学年度第二学期" is spring 2024, as "2023-2024学年第二学期" is
    if (named.find()) return single(Integer.parseInt(named.group(1)) + (secondTerm(title) ? 1 : 0), half);
    Matcher one = ONE_YEAR.matcher(title);
    if (one.find()) return single(Integer.parseInt(one.group(1)), half);
    Matcher han = HAN_YEAR.matcher(title);
    if (han.find()) return single(hanYear(han.group(1)), half);
    Matcher lead = LEADING_YEAR.matcher(title);
    if (lead.find()) return single(Integer.parseInt(lead.group(1)), half);
    return new Dated(null, Period.of(half, null));
  }

  private static Dated fromOpening(List<String> lines, String titleHalf) {
    int n = Math.min(OPENING_LINES, lines.size());
    for (int i = 0; i < n; i++) {
      String line = lines.get(i);
      if (OPENING_MASKED.matcher(line).find()) return null;
      // "一、2098年度工作回顾与主要成效": the look back's heading dates the summary, not the plan
      if (SUMMARY.matcher(line).find() && line.length() <= LOOK_BACK_HEADING) continue;
      Matcher m = OPENING.matcher(line);
      if (m.find()) return single(Integer.parseInt(m.group(1)), halfOr(m.group(2), titleHalf));
    }
    for (int i = 0; i < n; i++) {
      // "现将2098年工作总结和2099年工作计划报告如下": the plan's year follows the look back
      String line = planPart(lines.get(i));
      Matcher m = MADE_FOR.matcher(line);
      if (m.find() && !MASKED.matcher(line.substring(0, m.start())).find()) {
        return single(Integer.parseInt(m.group(1)), halfOr(m.group(2), titleHalf));
      }
    }
    return null;
  }

  /** The year a page filled into a masked title, in place of {@code masked}'s none. */
  static Dated unmasked(java.util.OptionalInt year, Dated masked) {
    return year.isPresent() ? single(year.getAsInt(), masked.period().kind()) : masked;
  }

  private static boolean secondTerm(String title) {
    return title.contains("第二学期") || title.contains("下学期") || title.contains("春季");
  }

  // where the look back of a summary-plus-plan title ends ("…工作总结|及…"), -1 when there is none
  private static int lookBackEnd(String title) {
    Matcher m = SUMMARY.matcher(title);
    int end = -1;
    while (m.find()) end = m.end();
    return end;
  }

  // "2099年上半年工作总结及下半年工作计划": the half the plan part names, not the look back's
  private static String planHalf(String title) {
    int end = lookBackEnd(title);
    String rest = end < 0 ? "" : title.substring(end);
    return rest.contains("上半年") || rest.contains("下半年") ? half(rest) : half(title);
  }

  private static String half(String text) {
    if (text.contains("上半年")) return Period.FIRST_HALF;
    if (text.contains("下半年")) return Period.SECOND_HALF;
    return Period.ANNUAL;
  }

  private static String halfOr(String found, String titleHalf) {
    return found == null ? titleHalf : half(found);
  }

  private static Dated single(int year, String kind) {
    return new Dated(year, Period.of(kind, year));
  }

  // "某县“十四五”教育发展规划", "三年行动计划(2098—2100年)": dated by the span's first year (never by a 2096 document
  // number or a "2097年，…" opening); the span stays in the period
  private static Dated multiYear(int start, int end) {
    if (end <= start) return single(start, Period.ANNUAL);
    return new Dated(start, new Period(Period.MULTI_YEAR, start, end));
  }

  private static boolean multiYear(Dated d) {
    return Period.MULTI_YEAR.equals(d.period().kind());
  }

  private static int hanYear(String digits) {
    int y = 0;
    for (char c : digits.toCharArray()) y = y * 10 + "〇一二三四五六七八九".indexOf(c == '零' || c == '○' ? '〇' : c);
    return y;
  }
}
