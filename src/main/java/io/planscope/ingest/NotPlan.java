package io.planscope.ingest;

import io.planscope.text.Fold;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Why a part of a page is not a plan, said plainly: a work summary ("某校2023年工作总结"), a news report or list page
 * without a plan's title or numbered items ("市教育局召开2024年工作部署会"), or text that is not Chinese. A plan's title
 * names a kind of plan; a summary's names only what was done.
 */
final class NotPlan {
  // what a plan calls itself; 部署/任务/重点 also name meetings and reports, so they do not count here
  private static final Pattern PLAN_KIND =
      Pattern.compile("计划|要点|方案|安排|打算|思路|意见|规划|重点工作|工作任务|重点任务|任务清单|工作举措");
  // "2020年市教育局召开全市教育工作务虚会" — a meeting reported
  private static final Pattern NEWS_TITLE = Pattern.compile("召开|举行|举办|会议|务虚会|推进会|部署会|座谈会|现场会");
  private static final int NAME_MAX = 40;
  private static final Pattern SUMMARY = Pattern.compile("总结|總結|汇报|述职|报告|情况|综述|回顾");
  // "关于做好2014年春季开学初安全工作的通知" — a notice that asks for work, not a plan; one that hands a plan over
  // names it ("关于印发《…工作要点》的通知")
  private static final Pattern NOTICE = Pattern.compile("通知\\s*$");
  private static final Pattern SPEECH = Pattern.compile("讲话|致辞|发言|讲稿");
  // "1月29日，市教育局召开…", "本报讯", "记者从市教育局获悉" — how a report opens
  private static final Pattern NEWS =
      Pattern.compile("^\\s*\\d{1,2}\\s*月\\s*\\d{1,2}\\s*日|^.{0,20}讯|记者|获悉|^.{0,40}(召开|举行|举办)");
  private static final int NEWS_LEAD_MIN = 50;
  // "据某部官网消息 近日,某部发布2099年工作要点,…", "日前,市教育局印发《…工作要点》" — a report that a plan came out
  private static final Pattern PLAN_NEWS =
      Pattern.compile("^.{0,12}?(?:据.{0,16}(?:消息|报道)|近日|日前|本报讯|记者|\\d{1,2}\\s*月\\s*\\d{1,2}\\s*日)[^。]{0,40}?"
          + "(?:发布|印发|出台|公布|下发)了?[^。]{0,30}?(?:计划|要点|方案|意见|规划)");
  // "——某部负责人就《…实施方案》答记者问", "…新闻发布会", "政策解读:…" — a plan explained or presented, not the plan
  private static final Pattern INTERVIEW = Pattern.compile("答记者问|答记者|记者问|新闻发布会|新闻通气会|在线访谈|政策解读|答网友问");
  private static final int INTERVIEW_LINE_MAX = 80;
  // "当前义务教育均衡发展存在问题与策略思考", "浅谈农村学校管理" — an article or essay
  private static final Pattern ESSAY = Pattern.compile("浅谈|浅析|探析|探讨|思考|论文|研究报告|问题与对策|对策研究|心得体会");
  private static final double MIN_HAN_SHARE = 0.3;
  private static final int QUOTE = 30;

  private NotPlan() {}

  /**
   * Why a part is not a plan, or null when it may well be one.
   *
   * @param title its title line or hint, null when nothing names it
   * @param opening the first lines of its text
   * @param numbered whether it has numbered headings or items
   * @param enumerates whether its paragraphs enumerate ("一是…", "三月份：")
   */
  static String reason(String title, List<Line> opening, boolean numbered, boolean enumerates) {
    boolean listed = numbered || enumerates;
    String first = opening.isEmpty() ? "" : opening.get(0).norm();
    if (!listed && NEWS.matcher(first).find() || !numbered && isNewsLead(first)) {
      return "it reads as a news report ('" + cut(opening.get(0).text()) + "'), with no numbered headings";
    }
    // A plan's own numbered headings outweigh a lead line saying it was issued (a notice forwarding it opens so):
    // only a text without them is read as a report about a plan.
    String report = numbered ? null : reportOf(opening);
    if (report != null) return "it reports a plan rather than being one ('" + cut(report) + "')";
    String interview = interview(title, opening);
    if (interview != null) return "it is an interview or briefing about a plan ('" + cut(interview) + "'), not the plan";
    if ((title == null || !PLAN_KIND.matcher(Fold.normalize(title)).find()) && salutes(opening)) {
      return "it opens by addressing an audience ('" + cut(salutation(opening)) + "'): a speech (讲话), not a plan";
    }
    String named = title != null ? title : nameLine(first);
    if (named == null) return null; // nothing names the text: its structure alone does not make it a non-plan
    String t = Fold.normalize(named);
    boolean namesPlan = PLAN_KIND.matcher(t).find();
    if (!namesPlan && SPEECH.matcher(t).find()) return "'" + named + "' is a speech (讲话), not a plan";
    if (!namesPlan && SUMMARY.matcher(t).find()) return "'" + named + "' is a work summary (总结), not a plan";
    if (!namesPlan && NOTICE.matcher(t).find()) return "'" + named + "' is a notice (通知), not a plan";
    if (!namesPlan && ESSAY.matcher(t).find()) return "'" + named + "' is an article or essay, not a plan";
    if (isSchools(t)) return "'" + named + "' is a school's plan, not an education bureau's";
    if (!namesPlan && NEWS_TITLE.matcher(t).find()) return "'" + named + "' is a news report, not a plan";
    if (!namesPlan && !listed) {
      return "no numbered items and no plan title ('" + named + "'); is it a news report or a list page?";
    }
    if (title != null && !namesPlan && !opensWithPlan(opening)) {
      return "neither its title ('" + named + "') nor its opening names a plan (计划, 要点, 方案, 意见…); is it an"
          + " article, a report or a notice?";
    }
    return null;
  }

  /** A title-shaped line that names a summary or a speech and no plan ("教育局2022年工作总结范文"). */
  static boolean namesOtherDocument(String norm) {
    if (!TitleLines.isTitleShaped(new Line(norm, norm))) return false;
    String t = Fold.normalize(norm);
    return !PLAN_KIND.matcher(t).find() && (SUMMARY.matcher(t).find() || SPEECH.matcher(t).find() || ESSAY.matcher(t).find());
  }

  /** The first long opening line when it is a news lead reporting that a plan was issued, else null. */
  private static String reportOf(List<Line> opening) {
    for (Line l : opening) {
      if (l.norm().length() < NEWS_LEAD_MIN) continue;
      return PLAN_NEWS.matcher(l.norm()).find() ? l.text() : null;
    }
    return null;
  }

  /** The title or a short opening line that presents an interview or a briefing, else null. */
  private static String interview(String title, List<Line> opening) {
    if (title != null && INTERVIEW.matcher(Fold.normalize(title)).find()) return title;
    for (Line l : opening) {
      if (l.norm().length() <= INTERVIEW_LINE_MAX && INTERVIEW.matcher(l.norm()).find()
          && PLAN_KIND.matcher(l.norm()).find()) {
        return l.text(); // names the plan it is about, unlike a menu's 政策解读
      }
    }
    return null;
  }

  /**
   * A long first paragraph that reports an event ("3月19日下午，某县召开了2018年教育工作会议…"): a report, even when
   * it goes on to quote a speech's points ("要突出九项重点：一是…二是…"); a schedule's entries are short, and a plan's
   * opening names the plan ("根据全县教育工作会议精神，特制定本方案").
   */
  private static boolean isNewsLead(String first) {
    return first.length() >= NEWS_LEAD_MIN && NEWS.matcher(first).find() && !PLAN_KIND.matcher(first).find();
  }

  // "- 教育局教研室工作总结 推荐度:" — a first line that names the text though it is no title line
  private static String nameLine(String norm) {
    String n = norm.replaceFirst("^[-•·*#\\s]+", "").replaceFirst("[:：]\\s*$", "");
    return n.length() >= 4 && n.length() <= NAME_MAX && !TitleLines.hasClause(n) && Marker.parse(n) == null ? n : null;
  }

  // "同志们:", "各位领导、各位来宾,同志们:", "老师们、同学们:" — how a speech opens; a plan never addresses its readers
  private static final Pattern SALUTATION =
      Pattern.compile("^\\s*(各位[\\p{IsHan}、,，]{2,24}|同志们|老师们|同学们|朋友们|同事们)[!！,，、]?[:：!！]\\s*$");
  private static final int SALUTATION_LINES = 3;

  private static boolean salutes(List<Line> opening) {
    return salutation(opening) != null;
  }

  /** A salutation among the first lines, or null. */
  private static String salutation(List<Line> opening) {
    for (Line l : opening.subList(0, Math.min(SALUTATION_LINES, opening.size()))) {
      if (l.norm().length() <= 30 && SALUTATION.matcher(l.norm()).matches()) return l.text();
    }
    return null;
  }

  private static boolean opensWithPlan(List<Line> opening) {
    for (Line l : opening) if (PLAN_KIND.matcher(l.norm()).find()) return true;
    return false;
  }

  private static String cut(String line) {
    return line.length() <= QUOTE ? line : line.substring(0, QUOTE) + "…";
  }

  // "2026年春季期小学学校工作计划", "某某中学教研组工作计划" — a school's own plan; "全县中小学安全工作方案" is a
  // bureau's, and so may be "学校安全工作计划" or "关于加强学校体育工作的实施意见": 学校 alone names a topic
  private static final Pattern SCHOOL = Pattern.compile("小学|中学|幼儿园|学院|大学|教研组|年级组|班主任|班级");
  private static final Pattern BUREAU_OR_AREA =
      Pattern.compile("教育局|教育厅|教委|教育委员会|教育部|教体局|教育体育局|教育和体育局|全[省市县区旗]|各级各类|中小学|[省市县区旗]教育");

  private static boolean isSchools(String title) {
    return SCHOOL.matcher(title).find() && !BUREAU_OR_AREA.matcher(title).find();
  }

  /** Why a page's text is not Chinese, or null when it is: most of its letters must be Chinese characters. */
  static String notChinese(List<Line> lines) {
    long letters = 0;
    long han = 0;
    for (Line l : lines) {
      String norm = l.norm();
      for (int i = 0; i < norm.length(); i++) {
        char c = norm.charAt(i);
        if (!Character.isLetter(c)) continue;
        letters++;
        if (c >= 0x3400 && c <= 0x9FFF) han++;
      }
    }
    if (letters == 0 || han >= letters * MIN_HAN_SHARE) return null;
    return "the text is not Chinese (" + han + " of " + letters + " letters are Chinese characters); PlanScope reads"
        + " Chinese education plans";
  }
}
