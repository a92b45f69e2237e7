package io.planscope.ingest;

import java.util.regex.Pattern;

/** What a title line looks like: short, no sentence, and naming a kind of plan ("2023年教育工作要点"). */
final class TitleLines {
  private static final String[] PLAN_WORDS = {"计划", "要点", "方案", "安排", "打算", "思路", "规划", "重点", "意见", "任务", "部署"};
  private static final String PLAN_WORD_STARTS = "计要方安打思规重意任部";
  private static final Pattern SENTENCE = Pattern.compile("[。；;！!？?]");
  private static final int MAX_LENGTH = 50;

  private TitleLines() {}

  /** Whether the text names a kind of plan: 计划, 要点, 方案, 安排, 打算, 思路, 规划, 重点, 意见, 任务 or 部署. */
  static boolean hasPlanWord(String norm) {
    for (int i = 0; i < norm.length() - 1; i++) {
      if (PLAN_WORD_STARTS.indexOf(norm.charAt(i)) < 0) continue;
      for (String w : PLAN_WORDS) {
        if (norm.startsWith(w, i)) return true;
      }
    }
    return false;
  }

  private static final Pattern BARE_KIND = Pattern.compile("^\\s*(年度|教育)?(工作)?(计划|要点|方案|安排|总结|规划)(范文|大全)?\\s*$");

  /** A site's category name rather than a title: "工作计划", "计划方案" — a kind of plan naming no plan. */
  static boolean isBareKind(String norm) {
    return BARE_KIND.matcher(norm).matches();
  }

  /** Whether the text has a sentence stop (。；！？, either width). */
  static boolean hasStop(String norm) {
    return SENTENCE.matcher(norm).find();
  }

  /** Whether the text has a stop or a comma: a sentence, or a clause of one. */
  static boolean hasClause(String norm) {
    return hasStop(norm) || norm.indexOf('，') >= 0 || norm.indexOf(',') >= 0;
  }

  /** A line holding a sentence or part of one: a stop or a comma in it, or longer than any title. */
  static boolean isSentence(Line line) {
    String n = line.norm();
    return n.length() > MAX_LENGTH || hasClause(n);
  }

  /** A short unnumbered line without a sentence, whatever it names ("在全县教育工作会议上的讲话", "某校工作总结"). */
  static boolean isTitleShaped(Line line) {
    String n = line.norm();
    return n.length() >= 4 && n.length() <= MAX_LENGTH && !hasClause(n) && Marker.parse(n) == null && !n.endsWith(":") && !n.endsWith("：");
  }

  static boolean isTitleLike(Line line) {
    String n = line.norm();
    return n.length() >= 4
        && n.length() <= MAX_LENGTH
        && hasPlanWord(n)
        && !SENTENCE.matcher(n).find()
        && Marker.parse(n) == null
        && !n.endsWith(":")
        && !n.endsWith("：");
  }

  // "(精选22篇)", "精选4篇", "合集九篇", "5篇" — a farm counting the texts it compiled
  private static final Pattern SEO_COUNT =
      Pattern.compile("[(\\[【]?\\s*(精选|通用|优选|优秀|热门|最新|推荐|实用|经典|汇总|合集|大全|范文)?\\s*(?<![第0-9一二三四五六七八九十百])[0-9一二三四五六七八九十百]+\\s*篇(?!章)\\s*[)\\]】]?");
  // "…工作要点有哪些", "…工作计划范文大全", "…计划模板", "…计划(精选5篇)作文"
  private static final Pattern SEO_END = Pattern.compile("(有哪些|怎么写|如何写|范文|大全|合集|模板|范例|作文)\\s*$");
  private static final int SEO_MAX = 80;

  /**
   * Whether a line is a content farm's page title rather than a plan's: short, no sentence, and decorated with a
   * count of compiled texts ("(精选22篇)", "精选4篇") or a search phrase ("有哪些", "范文大全"). Plan markers
   * ("…工作计划篇2") are not: they start a plan.
   */
  static boolean isSeoTitle(String norm) {
    if (norm.length() > SEO_MAX || SENTENCE.matcher(norm).find()) return false;
    if (!SEO_COUNT.matcher(norm).find() && !SEO_END.matcher(norm).find()) return false;
    return !SplitMarkers.isPlanMarker(new Line(norm, norm));
  }

  /** The text compared when looking for a repeated title: no spaces, no brackets, no quotes. */
  static String key(String norm) {
    StringBuilder key = new StringBuilder(norm.length());
    for (int i = 0; i < norm.length(); i++) {
      char c = norm.charAt(i);
      if (KEY_DROPS.indexOf(c) < 0) key.append(c);
    }
    return key.toString();
  }

  /** What {@link #key} drops: whitespace as regex \s has it (space, tab, \n, \x0B, \f, \r), brackets, quotes. */
  private static final String KEY_DROPS = " \t\n\u000B\f\r《》“”\"【】[]";
}
