package io.planscope.ingest.meta;

import io.planscope.text.Fold;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Cleans a raw title candidate: site crumbs and suffixes ("_XX网", "-范文网"), 【…】 decorations, 篇 markers
 * ("篇一:", "篇1", "【篇三】"), "(精选5篇)" notes, trailing 范文/大全 words and 《》 around the whole title. Rules match
 * the normalized form; the cut is applied to the original, so a traditional title stays traditional.
 */
final class TitleCleaner {
  private static final String NUM = "[一二三四五六七八九十百零〇\\d]+";
  private static final String DECOR =
      "篇|精选|通用|范文|合集|模板|大全|优选|推荐|完整版|word|Word|WORD|doc|pdf|最新|热门|汇编|集锦|汇总|可编辑|下载|范例";
  private static final String SITE = "网|站|文库|频道|首页|范文|\\.com|\\.cn|\\.net|www|WWW";
  // Each rule removes its match; rules run until none applies. A rule's second argument lists chars every match of
  // it contains (one at least): a title without any of them skips that regex ("" = always try).
  private static final List<Rule> RULES =
      List.of(
          rule("^.*[>»›]\\s*(?=\\S)", ">»›"), // "范文资料网>反思报告>工作计划>《…" — a breadcrumb
          rule("\\s*[_|][^_|]*$", "_|"), // "…工作计划_XX范文网", "…| 某某网"
          rule("\\s*[-—–]+\\s*[^-—–()]*(?:" + SITE + ")[^-—–()]*$", "-—–"), // "… - 第一范文网"
          rule("^\\s*【?\\s*(?:篇|第|范文)" + NUM + "篇?\\s*】?\\s*[:.、,\\s]*", "篇第范"), // "篇一:", "【篇二】"
          rule("\\s*[(【\\[]?\\s*(?:篇|范文|第)" + NUM + "篇?\\s*[)】\\]]?\\s*$", "篇第范"), // "…篇1", "(第三篇)"
          rule("【[^】]*】", "【"), // "【精选】", "【最新】"
          rule("\\s*[(\\[][^()\\[\\]]*(?:" + DECOR + ")[^()\\[\\]]*[)\\]]", "(["), // "(通用5篇)"
          // "…工作计划范文", "…合集九篇": a DECOR word (its first char) or 篇
          rule("(?<=\\S)(?:" + DECOR + "|\\d+篇|" + NUM + "篇)+\\s*$", "篇精通范合模大优推完wWdp最热汇集可下"),
          rule("^\\s*[:.、,\\-—_|]+|[:.、,\\-—_|]+\\s*$", ":.、,-—_|")); // stray punctuation at either end

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

  /** The cleaned title; the raw title stripped when cleaning would leave nothing. */
  static String clean(String raw) {
    if (raw == null) return "";
    StringBuilder text = new StringBuilder(raw.strip());
    StringBuilder norm = new StringBuilder(Fold.normalize(text.toString()));
    boolean changed = true;
    while (changed && norm.length() > 0) {
      changed = false;
      for (Rule rule : RULES) changed |= rule.worthTrying(norm) && apply(rule.pattern(), text, norm);
      changed |= unwrapGuillemets(text, norm);
    }
    String out = text.toString().strip();
    return out.isEmpty() ? raw.strip() : out;
  }

  private static boolean apply(Pattern rule, StringBuilder text, StringBuilder norm) {
    Matcher m = rule.matcher(norm);
    if (!m.find() || m.end() == m.start()) return false;
    if (m.start() == 0 && m.end() == norm.length()) return false; // never remove the whole title
    cut(text, norm, m.start(), m.end());
    return true;
  }

  // "《教育局工作计划》" → 教育局工作计划; a crumb's unpaired "《教育局…" loses its 《 too.
  private static boolean unwrapGuillemets(StringBuilder text, StringBuilder norm) {
    int n = norm.length();
    if (n == 0) return false;
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
