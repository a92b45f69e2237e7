package io.planscope.ingest.meta;

import io.planscope.text.Fold;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Titles a content farm writes for search engines, not the plan's own heading: "2024年教育局工作计划(精选22篇)",
 * "教育局工作要点有哪些", "…范文大全", or a sentence of its own ("下面是小编为大家整理的…"). Such a title is trusted
 * less: a title-like line atop the plan's text wins over it, and the plan's opening year over its year (a farm
 * titled "2024年教育局工作计划" may carry a plan whose own heading says 2022).
 */
public final class FarmTitles {
  private static final String COUNT = "\\s*[\\d一二三四五六七八九十百]*\\s*篇";
  private static final Pattern FARM =
      Pattern.compile(
          "(?:精选|通用|优选|推荐|热门|最新|合集|汇编|集锦|汇总)" + COUNT // "精选22篇", "精選4篇" (folded)
              + "|[(\\[]\\s*[\\d一二三四五六七八九十百]+\\s*篇\\s*[)\\]]" // "(5篇)"
              + "|(?<![第\\d一二三四五六七八九十百])[\\d一二三四五六七八九十百]+\\s*篇$" // "…总体要求2篇"
              + "|范文|大全|模板|作文|有哪些|怎么写|如何写|怎样写|写法" // "…范文大全", "…有哪些"
              + "|小编|为大家|欢迎阅读|欢迎借鉴|仅供参考|供大家参考|希望对你|希望能帮|以下是|下面是|整理了|整理的");

  // what only a farm prints on its page: "以下是小编为大家整理的…", "精选5篇", a 范文 crumb or site name
  private static final Pattern FARM_PAGE = Pattern.compile("小编|范文|为大家整理|网友上传|用户上传|精选\\s*\\d+\\s*篇");

  // "本站为你精心整理了某局教育强县方案范文，希望…" (either script): the farm's preface names the text it carries
  private static final Pattern NAMING =
      Pattern.compile("(?:整理了|整理的|分享了|推荐了)([^，,。；;！!“”\\s]{4,40}?)(?:范文|範文)?(?:[，,。；;！!]|$)");

  // "篇1:县教育局2099年工作要点_单位工作总结_某某网": a site's page label, with its category and name after "_"
  private static final Pattern SITE_SUFFIX = Pattern.compile("[_|｜]\\s*[^_|｜]{0,15}(?:网|站|文库|范文)\\s*$");

  private FarmTitles() {}

  /**
   * Whether a title line inside the text is a site's label of the page ("…工作要点_单位工作总结_某某网") rather than
   * the plan's own heading: then a heading right below it names the plan.
   */
  public static boolean isSiteLabel(String raw) {
    return raw != null && SITE_SUFFIX.matcher(Fold.normalize(raw)).find();
  }

  /**
   * The title a farm's preface sentence gives the text below it, as written, or empty when the line names none:
   * "本站为你精心整理了某局教育强县方案范文，希望能为你提供参考" → "某局教育强县方案".
   */
  public static Optional<String> named(String line) {
    Matcher m = NAMING.matcher(line);
    return m.find() ? Optional.of(m.group(1)) : Optional.empty();
  }

  /** Whether the raw title (any script) reads like a farm's page title or its spam sentence. */
  public static boolean isFarmTitle(String raw) {
    return raw != null && FARM.matcher(Fold.normalize(raw)).find();
  }

  /**
   * Whether a page's lines (normalized, boilerplate included) show a content farm: then even its plain page title
   * ("2024年教育局工作计划") may not be the carried plan's.
   */
  public static boolean isFarmPage(List<String> pageLines) {
    for (String line : pageLines) {
      if (FARM_PAGE.matcher(line).find()) return true;
    }
    return false;
  }
}
