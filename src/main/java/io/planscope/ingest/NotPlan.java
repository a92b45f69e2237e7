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
  static final Pattern PLAN_KIND =
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
  static String reason(String title, List<Line> lines, boolean numbered, boolean enumerates) {
    List<Line> opening = folded(lines); // a traditional mirror's "記者", "會議強調" read as the simplified words
    boolean listed = numbered || enumerates;
    String first = opening.isEmpty() ? "" : opening.get(0).norm();
    // a plan's own title over "摘要:…": a site's abstract box, not a journal article's
    String paper = isPlanTitle(title) ? null : ReportSigns.paper(opening);
    if (paper != null) return "it is a journal article ('" + cut(paper) + "'), not a plan";
    String reply = ReportSigns.reply(title, opening);
    if (reply != null) return "it answers a deputy's proposal or suggestion ('" + cut(reply) + "'), not a plan";
    if (!listed && NEWS.matcher(first).find() || !numbered && isNewsLead(first)) {
      return "it reads as a news report ('" + cut(opening.get(0).text()) + "'), with no numbered headings";
    }
    // A plan's own numbered headings outweigh a lead line saying it was issued (a notice forwarding it opens so):
    // only a text without them is read as a report about a plan.
    String report = numbered ? null : reportOf(opening);
    if (report != null) return "it reports a plan rather than being one ('" + cut(report) + "')";
    String interview = interview(title, opening);
    if (interview != null) return "it is an interview or briefing about a plan ('" + cut(interview) + "'), not the plan";
    if (speaksAbout(title)) return "its title ('" + cut(title) + "') speaks about a plan (落实…规划), not as one: an article";
    if ((title == null || !namesPlan(Fold.normalize(title))) && salutes(opening)) {
      return "it opens by addressing an audience ('" + cut(salutation(opening)) + "'): a speech (讲话), not a plan";
    }
    String school = schoolVoice(title, opening);
    if (school != null) return "it speaks as a school ('" + cut(school) + "'): a school's own plan, not an education bureau's";
    boolean planTitle = title != null && namesPlan(Fold.normalize(title));
    String notice = planTitle ? null : OfficeTexts.noticeOpening(opening);
    if (notice != null) return "it is a notice (通知) asking for work ('" + notice + "'), not a plan";
    String duties = planTitle ? null : OfficeTexts.duties(title, opening);
    if (duties != null) return "it describes what an office is responsible for ('" + cut(duties) + "'), not a plan";
    // a farm titles a meeting report "…工作方案措施": without numbered headings, the report's own words outweigh the title
    if ((!numbered || title == null || !namesPlan(Fold.normalize(title))) && ReportSigns.reportsMeeting(opening)) {
      return "it reads as a news report of a meeting or a visit ('会上…', '会议强调…', '与会人员…'), not a plan";
    }
    String done = planTitle ? null : ReportSigns.workDone(opening);
    if (done != null) return "it reports work done ('" + cut(done) + "'), and nothing names a plan";
    String named = title != null ? title : nameLine(first);
    if (named == null) return null; // nothing names the text: its structure alone does not make it a non-plan
    String t = Fold.normalize(named);
    boolean namesPlan = namesPlan(t);
    if (namesPlan && SUMMARY.matcher(t).find() && !YEAR.matcher(t).find() && opensAsReview(opening)) {
      return "'" + named + "' names a summary and a plan, and the text is the summary ('" + cut(first) + "')";
    }
    // what a title ends with is what the text is: "关于报送2099年工作总结的通知" is a notice, not a summary
    if (!namesPlan && NOTICE.matcher(t).find()) return "'" + named + "' is a notice (通知), not a plan";
    if (!namesPlan && SPEECH.matcher(t).find()) return "'" + named + "' is a speech (讲话), not a plan";
    if (!namesPlan && SUMMARY.matcher(t).find()) return "'" + named + "' is a work summary (总结), not a plan";
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

  // "在全市重点工作推进会上的讲话", "…工作部署会议上的讲话稿(范文)": what a title ends with is what the text is
  private static final Pattern SPEECH_END =
      Pattern.compile("(?:讲话|讲话稿|发言|发言稿|致辞|讲稿|主持词)(?:\\s*[(（][^()（）]{0,20}[)）])?(?:范文|范例)?\\s*$");

  // "某县教育局召开2099年工作安排暨收心会", "…工作要点解读会议召开": a report of a meeting, whose business the plan word names
  private static final Pattern MEETING_TITLE =
      Pattern.compile("(?:召开|举行|举办)[^。,，:：]{0,40}会议?$|[^。,，:：]{2,40}会议?(?:顺利|胜利|隆重)?(?:召开|举行)$");

  /**
   * Whether a normalized title names a plan: a plan word, and not in the name of the meeting a speech was given at or
   * a news report tells of.
   */
  private static boolean namesPlan(String t) {
    return PLAN_KIND.matcher(t).find() && !SPEECH_END.matcher(t).find() && !MEETING_TITLE.matcher(t).find();
  }

  // "…发展提升行动计划", "…十年行动计画(2011—2020年)", "…若干意见(试行)": a title that ends in the kind of plan it is
  private static final Pattern ENDS_AS_PLAN =
      Pattern.compile("(?:计划|计画|规划|要点|方案|意见|安排|打算|思路)(?:\\s*[(（][^()（）]{0,24}[)）])*[)）]?\\s*$");
  // "关于印发《某省…行动计划》的通知": a notice handing a plan over
  private static final Pattern HANDS_OVER =
      Pattern.compile("^.{0,40}关于(?:印发|转发|下发)[^。]{0,80}(?:计划|计画|规划|要点|方案|意见|安排)[^。]{0,30}通知\\s*$");
  // "教育部印发《…行动计划》", "《…规划》解读": a news title that names a plan it reports on
  private static final Pattern NEWS_VERB = Pattern.compile("印发|发布|出台|公布|下发|解读|获批|《");

  /**
   * Whether a title is a plan's own ("某省教育发展行动计划(2099—2108年)", "关于印发《…工作要点》的通知"): it ends in a kind
   * of plan, or hands one over; a news title that names a plan it reports on is not.
   */
  static boolean isPlanTitle(String title) {
    if (title == null) return false;
    String t = Fold.normalize(title).strip();
    if (HANDS_OVER.matcher(t).find()) return true;
    return ENDS_AS_PLAN.matcher(t).find() && namesPlan(t) && !NEWS_VERB.matcher(t).find();
  }

  // "落实“十四五”规划 推动教育高质量发展": a headline whose plan word is what it carries out, with more after it (a
  // breadcrumb's "组织学习教育 > 教育厅年度工作要点" is two names, not a verb and its object)
  private static final Pattern ABOUT_PLAN = Pattern.compile("(?:落实|贯彻|学习|解读|宣讲)[^,，。>\\s]{0,14}?(?:计划|规划|要点|方案|意见)");

  // "贯彻落实《…意见》重点任务分工": a plan's task list, which carries out the plan it names
  private static final Pattern TASK_LIST_END = Pattern.compile("(?:分工|分解表?|清单|任务|台账)\\s*$");

  /** A title that names a plan only as what it carries out or explains, and ends in neither a plan nor a notice. */
  private static boolean speaksAbout(String title) {
    if (title == null) return false;
    String t = Fold.normalize(title).strip();
    return ABOUT_PLAN.matcher(t).find() && !ENDS_AS_PLAN.matcher(t).find() && !NOTICE.matcher(t).find()
        && !TASK_LIST_END.matcher(t).find();
  }

  private static List<Line> folded(List<Line> lines) {
    return lines.stream().map(l -> new Line(l.text(), Fold.normalize(l.norm()))).toList();
  }

  /** A title-shaped line that names a summary or a speech and no plan ("教育局2022年工作总结范文"). */
  static boolean namesOtherDocument(String norm) {
    if (!TitleLines.isTitleShaped(new Line(norm, norm))) return false;
    String t = Fold.normalize(norm);
    return !namesPlan(t) && (SUMMARY.matcher(t).find() || SPEECH.matcher(t).find() || ESSAY.matcher(t).find());
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
    return first.length() >= NEWS_LEAD_MIN && NEWS.matcher(first).find() && !OWN_PLAN.matcher(first).find();
  }

  // "特制定本方案", "现将工作要点安排如下": an opening that names the text as a plan; a news lead's "安排部署年度重点任务"
  // names the meeting's business, not the text
  private static final Pattern OWN_PLAN =
      Pattern.compile("特制定|制定本|现制定|本(?:计划|方案|要点|意见|规划)|(?:计划|要点|方案|意见|规划|安排)如下");

  // "- 教育局教研室工作总结 推荐度:" — a first line that names the text though it is no title line
  private static String nameLine(String norm) {
    String n = norm.replaceFirst("^[-•·*#\\s]+", "").replaceFirst("[:：]\\s*$", "");
    int max = DOCUMENT_END.matcher(n).find() ? LONG_NAME_MAX : NAME_MAX;
    return n.length() >= 4 && n.length() <= max && !TitleLines.hasClause(n) && Marker.parse(n) == null ? n : null;
  }

  // "某市人大常委会执法检查组关于检查《某某法》《某某条例》实施情况的报告": a long title that ends by saying what it is
  private static final Pattern DOCUMENT_END = Pattern.compile("(?:报告|总结|讲话|汇报|通报|答复)\\s*$");
  private static final int LONG_NAME_MAX = 90;

  // whom a speech addresses: "各位领导", "同志们", "家长朋友们"
  static final String ADDRESSEE = "(?:各位\\p{IsHan}{1,6}|\\p{IsHan}{0,4}(?:同志|老师|同学|朋友|同事|女士|先生|家长)们)";
  // "老师们、同志们", "尊敬的各位领导、同志们": the whole audience a speech greets, before its colon
  static final String AUDIENCE = "(?:尊敬的)?" + ADDRESSEE + "(?:\\s*[、,，和及]\\s*" + ADDRESSEE + "){0,5}[!！,，]?";
  // "同志们:", "各位领导、各位来宾,同志们:", "老师们、同志们:", "尊敬的各位领导、同志们:" — how a speech opens; a plan never addresses its readers
  private static final Pattern SALUTATION =
      Pattern.compile("^\\s*" + AUDIENCE + "[:：!！]\\s*$");
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

  // "为了我校2099年高考再创辉煌", "促进我园安全管理水平的整体提高" — a school or kindergarten speaking of itself; a
  // bureau says 我县, 我市, 我局 (and "本校(单位)" in a notice means each school it writes to)
  private static final Pattern SCHOOL_SELF = Pattern.compile("我校|我园");
  private static final Pattern AREA_SELF = Pattern.compile("我[省市县区局旗]|全[省市县区旗]");

  /** An opening line in which a school speaks of itself, when no bureau or area speaks there or in the title. */
  private static String schoolVoice(String title, List<Line> opening) {
    if (title != null && BUREAU_OR_AREA.matcher(Fold.normalize(title)).find()) return null;
    String voice = null;
    for (Line l : opening) {
      String n = l.norm();
      if (AREA_SELF.matcher(n).find()) return null;
      if (voice == null && SCHOOL_SELF.matcher(n).find()) voice = l.text();
    }
    return voice;
  }

  // "…工作计划文档篇一" under "教育局工作总结及工作计划(21篇)": a farm's keyword with no year names both kinds; which
  // one the text is, its first paragraph says: "…各项工作都取得了新的成效。" reviews, "特制定本计划" or "今年…" plans
  private static final Pattern YEAR = Pattern.compile("(?:19|20)\\d\\d|20[xX×]{2}|[二〇零一三四五六七八九]{4}年");
  private static final Pattern REVIEW =
      Pattern.compile("取得了?[^。；;]{0,12}(?:成效|成绩|效果|进展|突破|成果)|总结如下|圆满完成|顺利完成");
  // (a review says "完成了年初计划", "创新发展思路": only words of intent count)
  private static final Pattern PLAN_INTENT =
      Pattern.compile("特制定|制定本|今年|新的一年|明年|下一步|下阶段|总体要求|工作要点|计划如下|安排如下|打算如下");
  private static final int PARAGRAPH_MIN = 30;

  private static boolean opensAsReview(List<Line> opening) {
    for (Line l : opening) {
      if (l.norm().length() < PARAGRAPH_MIN) continue;
      return REVIEW.matcher(l.norm()).find() && !PLAN_INTENT.matcher(l.norm()).find();
    }
    return false;
  }

  // "《国家中长期教育改革和发展规划纲要》": another document named in the text, not the text naming itself
  private static final Pattern QUOTED = Pattern.compile("《[^《》]{0,80}》");

  private static boolean opensWithPlan(List<Line> opening) {
    for (Line l : opening) if (PLAN_KIND.matcher(QUOTED.matcher(l.norm()).replaceAll("")).find()) return true;
    return false;
  }

  private static String cut(String line) {
    return line.length() <= QUOTE ? line : line.substring(0, QUOTE) + "…";
  }

  // "2026年春季期小学学校工作计划", "某某中学教研组工作计划" — a school's own plan; "全县中小学安全工作方案" is a
  // bureau's, and so may be "学校安全工作计划" or "关于加强学校体育工作的实施意见": 学校 alone names a topic
  // "学校2099-2100学年第一学期工作计划", "2099年度学校工作计划": 学校 as the plan's author, not its topic
  private static final Pattern SCHOOL =
      Pattern.compile("小学|中学|幼儿园|学院|大学|教研组|年级组|班主任|班级"
          + "|学校\\s*(?:(?:19|20)\\d\\d|20[xX]{2}|第[一二]学期|学年|年度|工作(?:计划|要点|安排|思路))");
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
