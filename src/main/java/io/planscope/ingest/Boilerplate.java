package io.planscope.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * Removes the lines of a page that are the site, not the plan, and keeps each with its reason. The rules read the
 * normalized text and look at a line's wording and shape only, never at a site's name, so they hold on pages
 * never seen before. How to add a rule: add a {@link Rule} to {@link LineRules#ALL} with a sample phrase in its
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
  static Rule rule(String reason, Predicate<String> test, int maxLength, List<String> needles) {
    return new Rule(reason, test, maxLength, needles, "");
  }

  /** The reason given to a farm's page title found among the lines. */
  static final String SEO_TITLE = "page title (SEO)";

  static final String SITE_TALK = "site talk (小编, 供参考, 欢迎阅读)";
  static final String ATTACHMENTS = "attachments and distribution (附件, 抄送, 印发)";
  static final int SITE_TALK_MAX = 300;

  /** The one-line rules, in the order they are tried (their table is {@link LineRules}). */
  static final List<Rule> LINE_RULES = LineRules.ALL;

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

  static boolean hasNoHan(String norm) {
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
      if (reason == null) reason = repeatReason(lines, i, kept);
      if (reason == null) kept.add(line);
      else removed.add(new RemovedLine(line.text(), reason));
      i++;
    }
    return new Cleaned(kept, removed);
  }

  /** Why line i is a copy of text the page shows anyway (a teaser, a heading twice in a row), or null. */
  private static String repeatReason(List<Line> lines, int i, List<Line> kept) {
    if (RepeatedLines.repeats(lines.get(i), kept.isEmpty() ? null : kept.get(kept.size() - 1))) return RepeatedLines.REPEAT;
    return RepeatedLines.isTeaser(lines, i) ? RepeatedLines.TEASER : null;
  }

  /** Why one line is boilerplate, or null when it is not. Numbered lines are kept. */
  static String lineReason(Line line) {
    String norm = line.norm();
    if (line.length() > MAX_RULE_LENGTH) return null;
    if (SplitMarkers.isPlanMarker(line)) return null; // "教育局工作计划范文篇1" starts a plan, 范文 or not
    Marker marker = Marker.parse(norm);
    if (marker != null && !hasNoHan(norm)) {
      // "1. 本文稿内容较多，请先下载后再完整阅读" — numbered, yet the site's voice
      if (line.length() <= SITE_TALK_MAX && SiteVoice.isNumberedSiteTalk(norm)) return SITE_TALK;
      // "1. 本站支持IPv6", "2. 登录 | 注册" — a menu's list numbers left before its buttons
      return SiteButtons.isButtons(norm.substring(marker.length())) ? PageChrome.BUTTONS : null;
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
