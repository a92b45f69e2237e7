package io.planscope.ingest.meta;

import io.planscope.text.Fold;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Cleans a raw title candidate: site crumbs and suffixes ("_XX网", "-范文网"), 【…】 decorations, 篇 markers
 * ("篇一:", "篇1", "【篇三】"), "(精选5篇)" and "精選4篇" notes, trailing 范文/大全 words and search questions
 * ("有哪些", "怎么写"), document numbers ("(某教发〔2024〕3号)"), 《》 around the whole title, and the notice a plan
 * was published with ("关于印发《某市教育局2024年工作要点》的通知" → 某市教育局2024年工作要点; see {@link #unwrapNotice}).
 * Rules match the normalized form; the cut is applied to the original, so a traditional title stays traditional.
 */
final class TitleCleaner {
  private static final String NUM = "[一二三四五六七八九十百零〇\\d]+";
  private static final String DECOR =
      "篇|精选|通用|范文|合集|模板|大全|优选|推荐|完整版|word|Word|WORD|doc|pdf|最新|热门|汇编|集锦|汇总|可编辑|下载|范例"
          // a search engine's question the farm titles its page with: "教育局工作要点有哪些"
          + "|有哪些|怎么写|如何写|怎样写|写法"
          // a farm's category word after its note: "…工作计划(精选4篇)作文"
          + "|作文"
          // "…工作计划打算(全文)", "(全文完整)": a farm's note that the whole text follows
          + "|全文";
  private static final String PLAN_WORD = "(?:计划|要点|方案|意见|安排|规划|打算|思路)";
  private static final Pattern NAMES_PLAN = Pattern.compile(PLAN_WORD);
  private static final String SITE = "网|站|文库|频道|首页|范文|\\.com|\\.cn|\\.net|www|WWW";
  // Each rule removes its match; rules run until none applies. A rule's second argument lists chars every match of
  // it contains (one at least): a title without any of them skips that regex ("" = always try).
  private static final List<Rule> RULES =
      List.of(
          // "词条 | 某省教育事业发展规划 |", "标题:…": an encyclopedia's or a form's label before the title
          // "释义 | 某县教育局2099年工作要点": a dictionary site's label
          // "第PAGE10页共NUMPAGES10页2099年…计划": a Word page field's codes left before the title
          rule("^\\s*第?\\s*PAGE\\s*\\d*\\s*页?\\s*共?\\s*NUMPAGES\\s*\\d*\\s*页?", "P"),
          // "某市人民政府关于…的若干意见(试行)文章属性•【制定机关】…": a law library's attribute block glued after it
          rule("\\s*文章属性.*$", "文"),
          // "本站小编为你精心准备了某县教育局2099年工作计划参考范文": a farm's preface before the title it names
          rule("^[^，,。；;]{0,16}?(?:为你|为您|为大家)[^，,。；;]{0,6}?(?:准备|整理|收集|搜集|分享|推荐)了(?:一篇|这篇)?", "为"),
          // "2099年X月X日某局2099年计划", "xx年X月X日…": a template's date line run into the title
          rule("^\\s*(?:19|20)?[\\dxX×]{2}年[\\dxX×]{1,2}月[\\dxX×]{1,2}日\\s*(?=\\S)", "日"),
          // "《某省学生心理健康专项行动计划》印发": a news headline citing the plan; the title is the cited one
          rule("(?<=》)\\s*(?:正式)?(?:印发|出台|发布|公布|颁布)(?:实施)?\\s*$", "印出发公颁"),
          // "…三年规划正文": a farm's label that the text follows
          rule("(?<=\\S{4})\\s*正文\\s*$", "正"),
          rule("^\\s*(?:词条|标题|题目|名称|文件名称|文档名称|释义)\\s*[|:]\\s*(?=\\S)", "词标题名释"),
          rule("^.*[>»›]\\s*(?=\\S)", ">»›"), // "范文资料网>反思报告>工作计划>《…" — a breadcrumb
          rule("\\s*[_|][^_|]*$", "_|"), // "…工作计划_XX范文网", "…| 某某网"
          rule("\\s*[-—–]+\\s*[^-—–()]*(?:" + SITE + ")[^-—–()]*$", "-—–"), // "… - 第一范文网"
          rule("^\\s*【?\\s*(?:篇|第|范文)" + NUM + "篇?\\s*】?\\s*[:.、,\\s]*", "篇第范"), // "篇一:", "【篇二】"
          rule("\\s*[(【\\[]?\\s*(?:篇|范文|第)" + NUM + "篇?\\s*[)】\\]]?\\s*$", "篇第范"), // "…篇1", "(第三篇)"
          // "乡镇教育局年工作计划1", "2020年某区教育工作要点2": a compilation's number after the plan word, 篇 left out
          rule("(?<=计划|要点|方案|意见|安排|规划|思路)\\s*\\d{1,2}\\s*$", "0123456789"),
          // "教育局基建办【某区教育局基建科2098年工作小结和2099年工作计划】": a farm's category before the bracketed
          // title; the words before the brackets name no plan
          rule("^(?:(?!" + PLAN_WORD + ")[^【】\\s])+\\s*(?=【[^【】]{4,}" + PLAN_WORD + "[^【】]{0,6}】\\s*$)", "【"),
          rule("【[^】]*】", "【"), // "【精选】", "【最新】"
          rule("\\s*[(\\[][^()\\[\\]]*(?:" + DECOR + ")[^()\\[\\]]*[)\\]]", "(["), // "(通用5篇)"
          // "…工作计划范文", "…合集九篇": a DECOR word (its first char) or 篇
          rule("(?<=\\S)(?:" + DECOR + "|参考范文|\\d+篇|" + NUM + "篇)+\\s*$", "篇精通范合模大优推完wWdp最热汇集可下有怎如写作全"),
          // "…工作计划范文.docx", a library's file name; "…工作计划 8p.docVIP", a library's page count and paywall
          rule("(?:\\s*\\d{1,3}[pP])?\\.(?:docx?|pdf|wps|txt|pptx?)(?:VIP)?\\s*$", "."),
          // "(某某市)某某市教育事业发展规划": a library's category, the title's own place, before it
          rule("^[(（]([^()（）]{2,8})[)）]\\s*(?=\\1)", "(（"),
          // "…工作要点-2099-1-16": the date a library's file name carries
          rule("\\s*[-_]\\s*(?:19|20)\\d{2}[-./]\\d{1,2}[-./]\\d{1,2}\\s*$", "-_"),
          // "20992099年教育局工作要点工作计划": a template's doubled year, and its category after the plan's own word
          rule("(?<=((?:19|20)\\d\\d))\\1(?=年)", "12"),
          rule("(?<=要点|方案|意见|规划|安排)\\s*工作计划\\s*$", "工"),
          // "教育局工作总结结尾 教育局工作总结与计划": a farm's search phrase about writing one, then the title
          rule("^\\S{2,30}?(?:结尾|开头|标题|题目|格式|怎么写|范文|模板)\\s+(?=\\S{4,})", "尾头题式写文板"),
          // "…工作要点(第2/4页)", "…(第3页)": the page of a paginated article
          rule("\\s*[(\\[]\\s*第?\\s*\\d+\\s*(?:/\\s*\\d+\\s*)?页\\s*[)\\]]\\s*$", "页"),
          // "1/11某县教育局…", "1、某县教育局2099年工作要点": a library's page counter before a title line
          rule("^\\s*\\d{1,3}\\s*/\\s*\\d{1,3}\\s*(?=\\D)", "/"),
          rule("^\\s*\\d{1,2}\\s*[、]\\s*(?=[^。；;，,]{2,40}" + PLAN_WORD + ".{0,3}$)", "、"),
          // "…工作要点 指导思想": the first section's heading fused after the title ("篇一" cut above)
          rule("(?<=" + PLAN_WORD + ")\\s*(?:指导思想|总体要求|工作目标|主要任务|基本思路|总体思路)\\s*$", "指总工主基"),
          // "…工作要点 来源:某某县教育局", "…工作要点发布时间:2099-03-01": the page's info glued after the title
          rule("\\s*(?:信息来源|文章来源|来源|作者|发布时间|发布日期|更新时间|时间|日期|浏览次数|点击数|阅读量)\\s*:.*$", ":"),
          // "…的通知(某教发〔2024〕3号)" — the notice's document number (〔〕 fold to ())
          rule("\\s*[(\\[]?[^()\\[\\]\\s]{0,10}[(\\[]\\d{4}[)\\]]\\s*\\d+\\s*号[)\\]]?\\s*$", "号"),
          rule("^\\s*[:.、,\\-—_|]+|[:.、,\\-—_|]+\\s*$", ":.、,-—_|")); // stray punctuation at either end

  // issuer? 关于? verb inner 的通知: "某县教育局关于印发2023年教育工作要点的通知", "关于转发《…》的通知"; 关于 right
  // before the verb or not at all ("关于进一步规范发布…的通知" is a notice of its own, not a wrapper)
  private static final Pattern NOTICE =
      Pattern.compile("^((?:(?!关于)[^《》]){0,40}?)(关于)?(印发|转发|下发|颁发|发布)(.{4,}?)(的?通知)$");

  // "中共某市委 某市人民政府" then the title starting with the same place: joint issuers, at least one of them a
  // party committee or government (a bureau alone names the plan's issuer inside many real titles)
  private static final String ISSUER = "(?:中共)?\\1(?:委员会|委|人民政府|政府|教育局|教育体育局|教育厅|教委)(?:办公室|办公厅)?";
  private static final Pattern LETTERHEAD =
      Pattern.compile(
          "^(?:中共)?([^\\s《》]{1,10}?[省市县区州旗])(?:委员会|委|人民政府|政府)(?:办公室|办公厅)?"
              + "(?:\\s*(?:、|和|与)?\\s*" + ISSUER + ")*\\s*(?=\\1(?!委|人民政府|政府|教育局|教育体育局|教委))");

  // "一、", "（二）", "3.", "4、" at the start: an outline heading ("2099年…" is a year, not a number)
  private static final Pattern NUMBERED =
      Pattern.compile("^\\s*(?:[(（]\\s*[一二三四五六七八九十\\d]+\\s*[)）]|[一二三四五六七八九十]+\\s*[、.．]|\\d{1,2}\\s*[、.．](?!\\d))");
  private static final Pattern SENTENCE = Pattern.compile("[。；;！!？?]");
  private static final Pattern DOCUMENT_NUMBER = Pattern.compile("[^()\\[\\]\\s]{0,10}[(\\[]\\d{4}[)\\]]\\s*\\d+\\s*号");
  // "摘要", "内容预览": a site's label over the text or an abstract of it, never the plan's name
  private static final Pattern LABEL =
      Pattern.compile("\\s*(?:全文|正文|原文|词条|目录|附件|内容|详情|摘要|内容摘要|简介|文档简介|资源描述|内容预览|导语|释义)\\s*[:]?\\s*");
  // a title this long with a comma is a clause list ("…年度主要工作完成情况、取得的成效、存在的问题以及…")
  private static final int CLAUSE_MAX = 60;
  private static final int MIN_WORD_CHARS = 2;
  private static final int MIN_DOUBLED = 4;
  private static final Pattern DOUBLED_BETWEEN = Pattern.compile("(?:" + DECOR + ")?");

  /** A cleaning rule and the chars its matches cannot do without. */
  private record Rule(Pattern pattern, String needs) {
    boolean worthTrying(CharSequence norm) {
      for (int i = 0; i < norm.length(); i++) {
        if (needs.indexOf(norm.charAt(i)) >= 0) return true;
      }
      return false;
    }
  }

  private static Rule rule(String regex, String needs) {
    return new Rule(Pattern.compile(regex), needs);
  }

  private TitleCleaner() {}

  /**
   * A cleaned title and the issuer its cleaning cut off: the notice's ("某市教育局" of "某市教育局关于印发《…》的通知") or
   * the letterhead's ("中共某市委 某市人民政府"); empty when none was cut.
   */
  record Cleaned(String title, String issuer) {}

  /** The cleaned title; the raw title stripped when cleaning would leave nothing. */
  static String clean(String raw) {
    return cleanKeepingIssuer(raw).title();
  }

  /** The cleaned title, and the issuer a notice or letterhead named before it, for the metadata to read. */
  static Cleaned cleanKeepingIssuer(String raw) {
    if (raw == null) return new Cleaned("", "");
    StringBuilder text = new StringBuilder(raw.strip());
    StringBuilder norm = new StringBuilder(Fold.normalize(text.toString()));
    StringBuilder issuer = new StringBuilder();
    boolean changed = true;
    while (changed && norm.length() > 0) {
      changed = false;
      for (Rule rule : RULES) changed |= rule.worthTrying(norm) && apply(rule.pattern(), text, norm);
      changed |= unwrapGuillemets(text, norm);
      changed |= unwrapNotice(text, norm, issuer);
      changed |= dropLetterhead(text, norm, issuer);
    }
    String out = undoubled(text.toString().strip());
    return new Cleaned(out.isEmpty() ? raw.strip() : out, issuer.toString().strip());
  }

  // "某局工作总结及工作思路某局工作总结及 工作思路": a library's text layer repeats its title line, spaced anew,
  // perhaps after the file name's 范文 ("某局工作要点范文某局工作要点")
  private static String undoubled(String title) {
    String joined = title.replaceAll("\\s+", "");
    for (int k = joined.length() / 2; k >= MIN_DOUBLED; k--) {
      String middle = joined.substring(k, joined.length() - k);
      if (joined.endsWith(joined.substring(0, k)) && DOUBLED_BETWEEN.matcher(middle).matches()) {
        return joined.substring(0, k);
      }
    }
    return title;
  }

  /**
   * Whether a cleaned title reads as one: not a sentence ("2099年，全县教育工作要…。", a long clause list, a lead-in
   * "现将…汇报如下"), not a numbered heading ("一、扎实做好学前教育工作", "1.强化党建") and not a bare date or year range
   * ("(2099—2101年)", what is left of a title the page starts in the middle of).
   */
  static boolean isTitle(String cleaned) {
    String norm = Fold.normalize(cleaned);
    if (norm.isBlank() || NUMBERED.matcher(norm).find() || SENTENCE.matcher(norm).find()) return false;
    if (norm.endsWith("如下")) return false; // "现将…汇报如下:" leads into the text
    if (PageInfo.is(norm)) return false; // "時間:2099-10-24", "来源:某局 发布时间:…": a page's info line
    if (LABEL.matcher(norm).matches()) return false; // "全文", "正文": a label over the text
    if (DOCUMENT_NUMBER.matcher(norm).matches()) return false; // "某教发〔2099〕20号" numbers a notice
    if (words(norm) < MIN_WORD_CHARS) return false; // "(2099-2102年)": the end of a title the page cut, or a date

    return norm.length() <= CLAUSE_MAX || (norm.indexOf('，') < 0 && norm.indexOf(',') < 0);
  }

  // the Han chars of a title that are not part of a date or a year range ("2099年3月" has none)
  private static int words(String norm) {
    int n = 0;
    for (int i = 0; i < norm.length(); i++) {
      char c = norm.charAt(i);
      if (Character.isIdeographic(c) && "年月日至".indexOf(c) < 0) n++;
    }
    return n;
  }

  private static boolean apply(Pattern rule, StringBuilder text, StringBuilder norm) {
    Matcher m = rule.matcher(norm);
    if (!m.find() || m.end() == m.start()) return false;
    if (m.start() == 0 && m.end() == norm.length()) return false; // never remove the whole title
    cut(text, norm, m.start(), m.end());
    return true;
  }

  /**
   * The plan inside the notice that published it: "关于印发《X》的通知" → X; "某县教育局关于印发2023年教育工作要点的
   * 通知" → 某县教育局2023年教育工作要点 (the issuer kept when the inner title does not name one); "关于转发…的通知" → the
   * forwarded title alone, since its issuer is not the forwarding bureau.
   */
  private static boolean unwrapNotice(StringBuilder text, StringBuilder norm, StringBuilder cutIssuer) {
    Matcher m = NOTICE.matcher(norm);
    if (!m.matches()) return false;
    String issuer = m.group(1);
    String inner = m.group(4);
    // "《2023年全市教育工作要点》" is cited as written: a researcher quotes the title in 《》, the issuer is read
    // into the metadata anyway; only an unquoted inner title takes its issuer ("2023年教育工作要点" above)
    boolean quoted = inner.startsWith("《") && inner.endsWith("》") && count(inner, '《') == 1;
    boolean keepIssuer =
        !quoted && !m.group(3).equals("转发") && !issuer.isBlank() && !namesIssuer(inner, issuer);
    if (!keepIssuer && !m.group(3).equals("转发")) cutIssuer.append(' ').append(issuer); // the forwarder is not it
    cut(text, norm, m.start(5), m.end(5));
    if (quoted) {
      cut(text, norm, m.end(4) - 1, m.end(4));
      cut(text, norm, m.start(4), m.start(4) + 1);
    }
    cut(text, norm, keepIssuer ? m.end(1) : 0, m.end(3));
    return true;
  }

  /**
   * The letterhead of joint issuers before a title that names its place again: "中共某市委 某市人民政府某市加快推进
   * 教育现代化实施意见" → 某市加快推进教育现代化实施意见. A single bureau before a title without its place stays
   * ("某县教育局2024年工作要点" is the title).
   */
  private static boolean dropLetterhead(StringBuilder text, StringBuilder norm, StringBuilder cutIssuer) {
    Matcher m = LETTERHEAD.matcher(norm);
    if (!m.find() || m.end() >= norm.length()) return false;
    cutIssuer.append(' ').append(norm, 0, m.end());
    cut(text, norm, 0, m.end());
    return true;
  }

  // "某市2024年教育工作要点" under "某市教育局" names its issuer already; "2023年教育工作要点" does not; "2098年全省教育
  // 工作总结和2099年全省教育工作要点" names its scope, as the quoted "《2099年全市教育工作要点》" does
  private static boolean namesIssuer(String inner, String issuer) {
    String bare = inner.startsWith("《") ? inner.substring(1) : inner;
    return !Bureau.all(bare).isEmpty()
        || bare.startsWith(issuer.substring(0, Math.min(2, issuer.length())))
        || SCOPE.matcher(bare).lookingAt();
  }

  private static final Pattern SCOPE = Pattern.compile("(?:(?:19|20)\\d\\d年度?)?全[省市县区州旗盟]");

  // "《教育局工作计划》" → 教育局工作计划; a crumb's unpaired "《教育局…" loses its 《 too; "【2099年县教育局工作要点】",
  // a farm's brackets round the whole title, go as well
  private static boolean unwrapGuillemets(StringBuilder text, StringBuilder norm) {
    int n = norm.length();
    if (n == 0) return false;
    boolean bracketed = n > 2 && norm.charAt(0) == '【' && norm.charAt(n - 1) == '】' && count(norm, '【') == 1;
    // "【精选】" alone is a farm's note, not a title in brackets
    if (bracketed && NAMES_PLAN.matcher(norm).find()) {
      cut(text, norm, n - 1, n);
      cut(text, norm, 0, 1);
      return true;
    }
    boolean opens = norm.charAt(0) == '《';
    boolean closes = norm.charAt(n - 1) == '》';
    int inner = count(norm, '《');
    if (opens && closes && inner == 1) {
      cut(text, norm, n - 1, n);
      cut(text, norm, 0, 1);
      return true;
    }
    if (opens && inner == 1 && norm.indexOf("》") < 0) {
      cut(text, norm, 0, 1);
      return true;
    }
    if (closes && inner == 0) {
      cut(text, norm, n - 1, n);
      return true;
    }
    return false;
  }

  private static int count(CharSequence s, char c) {
    int n = 0;
    for (int i = 0; i < s.length(); i++) if (s.charAt(i) == c) n++;
    return n;
  }

  private static void cut(StringBuilder text, StringBuilder norm, int start, int end) {
    text.delete(start, end);
    norm.delete(start, end);
    trim(text, norm);
  }

  private static void trim(StringBuilder text, StringBuilder norm) {
    while (norm.length() > 0 && Character.isWhitespace(norm.charAt(0))) {
      norm.deleteCharAt(0);
      text.deleteCharAt(0);
    }
    while (norm.length() > 0 && Character.isWhitespace(norm.charAt(norm.length() - 1))) {
      norm.deleteCharAt(norm.length() - 1);
      text.deleteCharAt(text.length() - 1);
    }
  }
}
