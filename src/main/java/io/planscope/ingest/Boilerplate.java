package io.planscope.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * Removes the lines of a page that are the site, not the plan, and keeps each with its reason. The rules read the
 * normalized text and look at a line's wording and shape only, never at a site's name, so they hold on pages
 * never seen before. How to add a rule: add a {@link Rule} to {@link #LINE_RULES} with a sample phrase in its
 * comment, or a block rule in {@link #clean} when the rule must also take the lines after it.
 *
 * <p>Numbered lines ("1.", "（二）") are never removed by a one-line keyword rule: a plan may well say "扫码" or
 * "版权". They go only inside a block that a header opened (a "温馨提示" notice), where the numbers are the notice's.
 */
final class Boilerplate {
  /**
   * A one-line rule: a reason, the normalized lines it matches, and a cheap prefilter. Most lines are plan text that
   * no rule matches, so each rule names what a match cannot do without: one of its {@code needles} somewhere in the
   * line (ASCII letters in any case), or one of the {@code firstOf} chars as the line's first char (for alternatives
   * anchored with ^). A line with neither is skipped without running the regex. When changing a regex, keep its
   * needles in step: every alternative needs a needle of its own, or a first char when anchored.
   */
  record Rule(String reason, Predicate<String> test, int maxLength, List<String> needles, String firstOf) {
    /**
     * The prefilter: false only when the test cannot match. {@code found} are the line's {@link #candidates}, in
     * which this rule, the index-th of {@link #LINE_RULES}, has bit {@code index}.
     */
    boolean mayMatch(String norm, long found, int index) {
      if (needles == null) return true;
      return (found >>> index & 1) != 0 || !norm.isEmpty() && firstOf.indexOf(norm.charAt(0)) >= 0;
    }
  }

  /** A regex rule; {@link PageChrome} writes its checks with it too, so they share the prefilter. */
  static Rule rule(String reason, String regex, int maxLength, String needles, String firstOf) {
    List<String> list = needles.isEmpty() ? List.of() : List.of(needles.split(" "));
    return new Rule(reason, Pattern.compile(regex).asPredicate(), maxLength, list, firstOf);
  }

  /** A rule with a test of its own; {@code needles} as for the regex rules (one must be in a matching line). */
  private static Rule rule(String reason, Predicate<String> test, int maxLength, List<String> needles) {
    return new Rule(reason, test, maxLength, needles, "");
  }

  private static final String SPAN = "[12]\\d{3}\\s*年?\\s*[-—–~至到]?\\s*[12]\\d{3}\\s*年?\\s*";

  /** The reason given to a farm's page title found among the lines. */
  static final String SEO_TITLE = "page title (SEO)";

  private static final String SITE_TALK = "site talk (小编, 供参考, 欢迎阅读)";
  private static final String ATTACHMENTS = "attachments and distribution (附件, 抄送, 印发)";
  private static final int SITE_TALK_MAX = 300;

  static final List<Rule> LINE_RULES =
      rules(List.of(
          // "网站首页 > 范文大全 正文", "范文资料网>反思报告>工作计划>《…" — at least two arrows, or a home link first.
          rule("breadcrumb", "^(网站首页|首页|当前位置|您的位置|你的位置|您现在的位置|你现在的位置)|[^>›»]{1,20}[>›»][^>›»]{1,20}[>›»]", 120,
              "首页 位置 > › »", ""),
          // "时间:2022-04-01 15:11:37 工作计划 我要投稿", "发布日期：2023-05-06", "日期:" (its value lost), "来源：本站"
          rule("page info (time, source, views)", "^(发布|更新|发表)?(时间|日期)[:：]\\s*(\\d{4}[-/.年]|$)|^(发布|更新|发表)(时间|日期)|^[-•·*\\s]*(来源|作者|编辑|编辑人|责任编辑|审核|审核人|发布人|校对|供稿|信息来源|点击|浏览|阅读)\\s*[:：]|我要投稿|浏览次数|阅读次数|点击数|点击量|阅读量|浏览量|访问量|字号[:：]?\\s*[大中小]|【?打印(本页|此页)?】|关闭窗口|分享到|收藏本页|加入收藏", 80,
              "时间 日期 投稿 次数 点击 阅读量 浏览量 访问量 字号 打印 窗口 分享到 收藏", "来作编责审发校供信点浏阅-•·* "),
          // "w227 2025-03-05 14:53:53 范文大全 28 ℃" — a date-time stamp in a short line without sentences.
          rule("page info (time, source, views)", "^[^。，,；;]{0,30}\\d{4}-\\d{1,2}-\\d{1,2}\\s+\\d{1,2}:\\d{2}[^。，,；;]{0,30}$", 70, "-", ""),
          // "• 2099-04-10 发布", "2099-01-07 来源:某部", "166人看过", "• 14页" — a date or a count with a page-info word
          rule("page info (time, source, views)", "^[-•·*\\s]*(?:\\d{4}[-/.]\\d{1,2}[-/.]\\d{1,2}|\\d{4}年\\d{1,2}月\\d{1,2}日)[\\s\\d:]*(?:发布|更新|来源|作者|浏览|阅读|点击|编辑)"
              + "|^[-•·*\\s]*\\d+\\s*(?:人(?:看过|浏览|阅读|已读|收藏|下载|评论)|次(?:浏览|阅读|下载)|页)\\s*$", 40,
              "发布 更新 来源 作者 浏览 阅读 点击 编辑 看过 已读 收藏 下载 评论 页", ""),
          // "扫一扫,支付¥2.99", "付费后若不能复制", "输入验证码后可以免费复制", "正在加载二维码..."
          rule("payment wall", "付费|免费复制|验证码|支付宝|微信支付|下载券|开通(会员|VIP)|价格[:：]\\s*[¥￥\\d]|[¥￥]\\s*\\d|\\d\\s*元/(篇|份|次)", 120,
              "付费 复制 验证码 支付 下载券 开通 价格 ¥ ￥ 元/", ""),
          // "微信扫码领取", "联系客服" — words a plan may use too, so only in short lines.
          rule("payment wall", "扫码|扫一扫|二维码|客服|VIP|充值|会员|支付|请勿关闭", 40, "扫 二维码 客服 VIP 充值 会员 支付 关闭", ""),
          // "版权所有 © …", "京ICP备…", "联系我们", "如若转载，请注明出处"
          rule("copyright / contact", "版权所有|版权归|(?i:copyright)|©|ICP备|ICP证|公网安备|联系我们|免责声明|如有侵权|侵犯您的|转载请注明|请注明出处|不代表本站|网站地图|关于我们|友情链接", 160,
              "版权 copyright © ICP 公网安备 联系我们 免责声明 侵权 侵犯您的 转载 注明出处 不代表本站 网站地图 关于我们 友情链接", ""),
          // "本文由alices收集整理", "本文档由用户上传", "本内容由…整理"
          rule("source note (本文由…整理)", "^(本文|本篇|本内容|本文档|文章|该文)(由|来自|转自|摘自|系)", 160, "", "本文该"),
          // "上一篇 2025年10月31日", "下一篇：…", "返回顶部"; "某某工作要点 >>查看更多【返回 工作计划 栏目列表】" —
          // the next article's title glued before a farm's back link
          rule("previous / next links", "^(上一篇|下一篇|上一页|下一页|返回顶部|返回列表|返回首页|查看更多|阅读全文|展开全文|点击查看|更多>>)|返回[^】]{0,20}栏目列表", 120,
              "栏目列表", "上下返查阅展点更"),
          // "(建议使用1024×768以上分辨率 IE8.0及以上版本浏览器)" — a government site's footer advice
          rule("site widget", "建议(您)?(使用|采用).{0,40}(分辨率|浏览器)|(分辨率|浏览器).{0,20}(最佳|效果最佳)", 80,
              "建议 分辨率 浏览器", ""),
          // "展开剩余85%", "[查看全文]", "原文链接:http…", "本文标签:…", "您还未登录,请登录后再评论", "已有12人下载",
          // "文章来源:某某县教育局" — a reading widget or a login wall, in a short line
          rule("reading widget (全文, 标签, 登录)", "^[\\[【]?(查看全文|展开全文|展开剩余|阅读原文|原文链接|原文地址|全文共\\s*\\d+\\s*字)"
              + "|当前浏览器不支持|^(本文|文章|热门|相关)?(标签|关键词|关键字)\\s*[:：]|请登录|未登录|立即登录|登录后(才能|方可|即可)?(查看|评论|阅读|下载|发表|复制)"
              + "|已有\\s*\\d+\\s*人(下载|阅读|浏览|收藏|评论)|^[-•·*\\s]*(文章|稿件|新闻|消息|图片|转载)来源\\s*[:：]", 60,
              "查看全文 展开全文 展开剩余 阅读原文 原文链接 原文地址 全文共 不支持 标签 关键 登录 已有 来源", ""),
          // "发表回复", "登录后才能评论", "网友评论"
          rule("comments widget", "^(发表回复|发表评论|登录后才能评论|网友评论|评论列表|我要评论|文章评论|写评论|点赞|收藏|评论\\s*\\(\\d+\\))", 40,
              "", "发登网评我文写点收"),
          // "广告位 后台主题配置管理", "请在这里放置你的在线分享代码", "右侧显示信息"
          rule("site widget", "广告|后台主题|分享代码|显示信息|正在加载|加载中|^(最近发表|标签列表|最新留言|热门标签|站点统计|文章归档)$", 40,
              "广告 后台主题 分享代码 显示信息 加载", "最标热站文"),
          // "7", "(0)", "- 3 -", "―3―", "·3·", "第2页", "3/10", "共5页"
          rule("page number", "^[-—–―·\\s]*\\(?\\d{1,3}\\)?[-—–―·\\s]*$|^第\\s*\\d+\\s*页|^共\\s*\\d+\\s*页|^\\d{1,3}\\s*/\\s*\\d{1,3}$|^(上一页|下一页|尾页|首页|第一页)(\\s|$)", 40,
              "0 1 2 3 4 5 6 7 8 9 页", ""),
          // "alicesalices", "w227" — no Chinese character at all (the regex ^[^\p{IsHan}]*$, as a loop).
          new Rule("no Chinese text (spam, user names, code)", Boilerplate::hasNoHan, 200, null, null),
          // "2024年教育局工作计划(精选22篇)", "教育局工作要点有哪些" — a farm's page title, not the plan's; before the
          // site-talk rule, so that a title ending in 范文 is kept as a title hint
          rule(SEO_TITLE, TitleLines::isSeoTitle, 80,
              List.of("篇", "有哪些", "怎么写", "如何写", "大全", "合集", "模板", "范文", "范例", "作文")),
          // "下面是小编为大家整理的…，供大家参考。", "---本文来源于网络，仅供参考，勿照抄---" — a farm speaking to its reader
          rule(SITE_TALK, SiteVoice::isFarmTalk, SITE_TALK_MAX,
              concat(SiteVoice.FARM_STRONG, SiteVoice.FARM_WEAK)),
          // "新高考网", "秘书文库--青年干部" — a site's name on a line of its own
          rule("site name", SiteVoice::isSiteName, 24, List.of("网", "文库", "之家")),
          // "某某教育官方抖音号", "公文材料助手"
          rule("social handle", SiteVoice::isHandle, 40, List.of("号", "助手", "微博", "小红书", "官方账号")),
          // "字号：[大 中 小]", "视力保护色：", "【打印】 【关闭】"
          rule("page widget (字号, 打印, 关闭)", SiteVoice::isWidget, 40, SiteVoice.WIDGET_WORDS),
          // "【制定机关】某市教育局", "索 引 号：000-2024-001", "主题分类：教育" — read for metadata, not plan text
          rule("article attributes (文章属性)", SiteVoice::isAttribute, 120, null),
          // "各县（区）教育局：", "现将《…》印发给你们，请认真贯彻落实。", "（此件主动公开）", "某教〔2024〕3号"
          rule("notice wrapper (通知)", NoticeWrapper::isWrapperLine, 250, null),
          // "大小:20.81KB", "页数:8页", "格式:DOCX" — a document site's file card
          rule("document info (大小, 页数)", SiteVoice::isDocumentInfo, 120, null),
          // "荟聚奇文、博采众长、见贤思齐" — a site's slogan: three or four idioms and nothing else
          rule("site slogan", "^(?:\\p{IsHan}{4}\\s*[、,，·]\\s*){2,3}\\p{IsHan}{4}$", 24, "、 , ， ·", ""),
          // "（初  稿）", "(征求意见稿)" — a draft's status under its title
          rule("draft note (初稿)", "^[(（\\[【]\\s*(初\\s*稿|征求意见稿|送审稿|讨论稿|修订稿|草\\s*案)\\s*[)）\\]】]$", 12, "稿 草", ""),
          // "(2016—2020年)", "20162020年)" — a title's year span left on a line of its own when the title broke
          rule("year span under a title", "^(\\(\\s*" + SPAN + "\\)?|" + SPAN + "\\))$", 20, "", "(（12"),
          // "《教育导报》", "2099年第17期(总第3782期) 导报二版", "国内刊号CN00-0000" — a newspaper's masthead over a reposted text
          rule("newspaper masthead (报, 期, 版)", "^《[^》]{1,12}(报|刊|杂志)(·[^》]{1,8})?》(\\s*邮发代号.{0,12})?$|^(《[^》]{1,16}》)?\\s*\\d{4}\\s*年\\s*第\\s*\\d{1,4}\\s*期\\s*(\\(|$|.{0,8}版$)"
              + "|总第\\s*\\d{1,5}\\s*期|^(国内|国际)?(统一)?刊号|邮发代号", 40, "》 期 刊号 邮发代号", "《12"),
          // "抄送：区委办、区政府办。", "某区教育局办公室 2099年2月11日印发", "2099年3月1日印发" — a government
          // document's distribution lines
          rule(ATTACHMENTS, "^(抄送|抄报|主送|分送)\\s*[:：]|^[^。，,；;]{0,30}\\s*\\d{4}\\s*年\\s*\\d{1,2}\\s*月\\s*\\d{1,2}\\s*日\\s*印\\s*发$", 120,
              "抄送 抄报 主送 分送 印", ""),
          // "单击此处添加文本内容", "在此输入您的文字内容", "谢谢聆听" — a slide template's placeholders and closing slide
          rule("slide text (单击此处添加, 谢谢聆听)", "^(单击|点击|双击)(此处|这里)?(可)?(添加|输入|编辑|替换)|^(在此|在这里|此处)(输入|添加|录入|键入)"
              + "|^请(在此|在这里)?(输入|替换)(您|你)的|^(谢谢|感谢)(您的|大家的|各位的)?(聆听|观看|观赏|收看)", 30,
              "单击 点击 双击 在此 在这里 此处 请在 请输 请替 谢谢 感谢", ""),
          // "(完)", "【完】", "—全文完—" — an article's end mark
          rule("end mark (完)", "^[-—\\s(\\[【<]*(全文)?完[-—\\s)\\]】>]*$", 8, "完", ""),
          // "javascript:void(0)" left as text
          rule("script text", "(?i)javascript:|function\\s*\\(|document\\.write|window\\.", 400, "javascript: function document.write window.", "")),
          // then the page chrome the rules above do not name (publishing fields, breadcrumbs, comment widgets...)
          PageChrome.RULES);

  /** All line rules in order; at most 64, one bit each in {@link #candidates}. */
  private static List<Rule> rules(List<Rule> own, List<Rule> chrome) {
    List<Rule> all = new ArrayList<>(own);
    all.addAll(chrome);
    if (all.size() > Long.SIZE) throw new IllegalStateException(all.size() + " line rules; the prefilter holds 64");
    return List.copyOf(all);
  }

  private static List<String> concat(List<String> a, List<String> b) {
    List<String> all = new ArrayList<>(a);
    all.addAll(b);
    return List.copyOf(all);
  }

  private static final int MAX_RULE_LENGTH = LINE_RULES.stream().mapToInt(Rule::maxLength).max().orElse(0);
  /** A needle of the rule with that index. */
  private record Needle(int rule, String text) {}
  /** The needles by their first char (both cases of an ASCII letter); null for most chars. */
  private static final Needle[][] NEEDLES = needleTable();
  /** One bit per char, set where {@link #NEEDLES} has some: 8 KB read per char instead of the 256 KB table. */
  private static final long[] NEEDLE_STARTS = needleStarts();

  private static long[] needleStarts() {
    long[] bits = new long[0x10000 / 64];
    for (int c = 0; c < NEEDLES.length; c++) if (NEEDLES[c] != null) bits[c >>> 6] |= 1L << c;
    return bits;
  }

  private static Needle[][] needleTable() {
    List<List<Needle>> lists = new ArrayList<>(java.util.Collections.nCopies(0x10000, null));
    for (int i = 0; i < LINE_RULES.size(); i++) {
      List<String> needles = LINE_RULES.get(i).needles();
      if (needles == null) continue;
      for (String n : needles) {
        for (char c : new char[] {n.charAt(0), Character.toLowerCase(n.charAt(0)), Character.toUpperCase(n.charAt(0))}) {
          if (lists.get(c) == null) lists.set(c, new ArrayList<>());
          Needle needle = new Needle(i, n);
          if (!lists.get(c).contains(needle)) lists.get(c).add(needle);
        }
      }
    }
    Needle[][] table = new Needle[0x10000][];
    for (int c = 0; c < table.length; c++) if (lists.get(c) != null) table[c] = lists.get(c).toArray(Needle[]::new);
    return table;
  }

  /** The rules (bit i for rule i) with a needle in the text: one pass over the line for all rules. */
  static long candidates(String norm) {
    long bits = 0;
    for (int i = 0; i < norm.length(); i++) {
      char c = norm.charAt(i);
      if ((NEEDLE_STARTS[c >>> 6] >>> c & 1) == 0) continue;
      Needle[] here = NEEDLES[c];
      for (Needle n : here) {
        if ((bits >>> n.rule() & 1) == 0 && norm.regionMatches(true, i, n.text(), 0, n.text().length())) {
          bits |= 1L << n.rule();
        }
      }
    }
    return bits;
  }

  private static boolean hasNoHan(String norm) {
    for (int i = 0; i < norm.length(); ) {
      int cp = norm.codePointAt(i);
      if (isHan(cp)) return false;
      i += Character.charCount(cp);
    }
    return true;
  }

  // "相关推荐", "- 相关推荐", "【教育局年度重点工作计划】相关文章:", "猜你喜欢" — a list header; the short lines after it go too.
  private static final Pattern LIST_HEADER =
      Pattern.compile(
          "^[-•·\\s]*(【[^】]{0,40}】)?\\s*(相关推荐|相关文章|相关阅读|相关范文|相关链接|推荐阅读|推荐文章|延伸阅读|猜你喜欢|热门文章|热门推荐|精彩推荐|最新文章|最新推荐|热门阅读|更多相关|相关资料|相关文档|相关搜索|热门搜索|大家都在看|大家还在看|你可能(也|还)?(喜欢|感兴趣)|为你推荐|精品推荐|本类推荐|本类热门|栏目推荐|热门专题|相关专题|最新更新|看了.{0,20}的人还看了)"
              // "更多相关范文：", "相关范文推荐", "更多相关文章 >>"
              + "[\\p{IsHan}]{0,6}?\\s*(>>|》》|»)?\\s*[:：]?$");
  // "温馨提示:", "特别提示：" — a site notice; its numbered lines go with it while they talk about the site.
  private static final Pattern NOTICE_HEADER = Pattern.compile("^(温馨提示|特别提示|友情提示|提示|注意事项|下载说明|声明)\\s*[:：]?");
  private static final Pattern SITE_WORDS =
      Pattern.compile("下载|文档|本站|本网|网站|客服|上传|版权|预览|投诉|浏览|登录|注册|会员|积分|资料|用户|查看|复制|删除|侵权");
  private static final Pattern PUNCTUATION = Pattern.compile("[，,。；;：:！!？?、“”\"《》()]");
  private static final int LIST_ITEM_MAX = 50;
  private static final int TAG_MAX = 8;
  private static final int TAG_RUN = 3;

  private Boilerplate() {}

  /** The kept lines and the removed ones with their reasons. */
  record Cleaned(List<Line> kept, List<RemovedLine> removed) {}

  static Cleaned clean(List<Line> lines) {
    return clean(lines, Deadline.NONE);
  }

  /** The same, checking the deadline once per line. */
  static Cleaned clean(List<Line> lines, Deadline deadline) {
    List<Line> kept = new ArrayList<>(lines.size());
    List<RemovedLine> removed = new ArrayList<>();
    int i = 0;
    while (i < lines.size()) {
      deadline.check();
      Line line = lines.get(i);
      int end = blockEnd(lines, i);
      if (end > i) {
        String reason = blockReason(lines, i);
        for (int j = i; j < end; j++) removed.add(new RemovedLine(lines.get(j).text(), reason));
        i = end;
        continue;
      }
      String reason = lineReason(line);
      if (reason == null) kept.add(line);
      else removed.add(new RemovedLine(line.text(), reason));
      i++;
    }
    return new Cleaned(kept, removed);
  }

  /** Why one line is boilerplate, or null when it is not. Numbered lines are kept. */
  static String lineReason(Line line) {
    String norm = line.norm();
    if (line.length() > MAX_RULE_LENGTH) return null;
    if (SplitMarkers.isPlanMarker(line)) return null; // "教育局工作计划范文篇1" starts a plan, 范文 or not
    if (Marker.parse(norm) != null && !hasNoHan(norm)) {
      // "1. 本文稿内容较多，请先下载后再完整阅读" — numbered, yet the site's voice
      return line.length() <= SITE_TALK_MAX && SiteVoice.isNumberedSiteTalk(norm) ? SITE_TALK : null;
    }
    long found = candidates(norm);
    for (int i = 0; i < LINE_RULES.size(); i++) {
      Rule r = LINE_RULES.get(i);
      if (line.length() <= r.maxLength() && r.mayMatch(norm, found, i) && r.test().test(norm)) return r.reason();
    }
    return PageChrome.otherReason(norm);
  }

  private static String blockReason(List<Line> lines, int i) {
    Line first = lines.get(i);
    if (LIST_HEADER.matcher(first.norm()).find() || RelatedLists.isHeader(first.norm())) return "related-articles list";
    if (CommentSection.isHeader(first.norm())) return "comments widget";
    if (NOTICE_HEADER.matcher(first.norm()).find()) return "site notice (温馨提示)";
    if (GroupList.isRoleLine(first.norm())) return "leading-group list (组长, 成员)";
    if (Attachments.isHeader(first)) return ATTACHMENTS;
    if (Contents.endOf(lines, i) > i) return "contents list";
    return "keyword tags";
  }

  /** The end (exclusive) of a block starting at i, or i when no block starts there. */
  private static int blockEnd(List<Line> lines, int i) {
    Line first = lines.get(i);
    if (mayBeListHeader(first.norm()) && LIST_HEADER.matcher(first.norm()).find()) return listEnd(lines, i + 1);
    if (RelatedLists.isHeader(first.norm())) return listEnd(lines, i + 1);
    if (CommentSection.isHeader(first.norm())) return CommentSection.end(lines, i);
    if (isNoticeHeader(first)) return noticeEnd(lines, i + 1);
    if (GroupList.isRoleLine(first.norm())) return GroupList.end(lines, i);
    if (Attachments.isHeader(first)) return Attachments.end(lines, i);
    int contents = Contents.endOf(lines, i);
    if (contents > i) return contents;
    return tagRunEnd(lines, i);
  }

  /** The cheap part of {@link #LIST_HEADER}: after bullets and spaces comes 【 or the first char of a header word. */
  private static boolean mayBeListHeader(String norm) {
    int i = 0;
    while (i < norm.length() && "-•· \t\n\u000B\f\r".indexOf(norm.charAt(i)) >= 0) i++;
    return i < norm.length() && "【相推延猜热精最更看大你为本栏".indexOf(norm.charAt(i)) >= 0;
  }

  /**
   * A list goes on over short lines without sentences ("教育局年度工作计划合集九篇05-04"). A short line directly
   * followed by a paragraph is not a list item but the title of that paragraph's text: a "相关推荐" widget at the
   * top of a page must not take the plan's title with it.
   */
  private static int listEnd(List<Line> lines, int i) {
    int j = i;
    while (j < lines.size() && isListItem(lines.get(j))) {
      if (j + 1 < lines.size() && isParagraph(lines.get(j + 1))) break;
      j++;
    }
    return j;
  }

  private static boolean isListItem(Line line) {
    return line.length() <= LIST_ITEM_MAX && line.norm().indexOf('。') < 0 && !SplitMarkers.isPlanMarker(line);
  }

  private static boolean isParagraph(Line line) {
    return line.length() > LIST_ITEM_MAX || line.norm().indexOf('。') >= 0 || Marker.parse(line.norm()) != null;
  }

  private static boolean isNoticeHeader(Line line) {
    return line.length() <= 20 && NOTICE_HEADER.matcher(line.norm()).find()
        || line.length() <= 200 && line.norm().startsWith("温馨提示");
  }

  /** A notice takes the following lines while they speak about the site ("2. 本文档由用户上传…"). */
  private static int noticeEnd(List<Line> lines, int i) {
    int j = i;
    while (j < lines.size() && lines.get(j).length() <= 200 && SITE_WORDS.matcher(lines.get(j).norm()).find()) j++;
    return j;
  }

  /**
   * At least three consecutive one-word lines ("2023", "教育", "体育局", "下半年"): a keyword tag cloud. A table's
   * row ("小学 | 12") is never a tag: its short cells are data ({@link TableText}).
   */
  private static int tagRunEnd(List<Line> lines, int i) {
    int j = i;
    while (j < lines.size() && isTag(lines.get(j))) j++;
    return j - i >= TAG_RUN ? j : i;
  }

  private static boolean isTag(Line line) {
    return line.length() <= TAG_MAX
        && !PUNCTUATION.matcher(line.norm()).find()
        && Marker.parse(line.norm()) == null
        && !SplitMarkers.isPlanMarker(line)
        && !TableText.isRow(line);
  }

  static boolean isHan(int cp) {
    return Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN;
  }
}
