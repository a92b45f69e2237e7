package io.planscope.ingest.meta;

import io.planscope.plan.Level;
import java.util.EnumMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Level clues without a place name: "我县/全县/本县/我区/全区/本区/我市/全市/本市/我省/全省/本省" (the plan speaking
 * of its own area), masked names ("XX市", "某县", "××区") and unnamed bureaus ("区教育体育局", "市教育局").
 */
final class LevelWords {
  private static final String LEVEL_CHARS = "省市县区旗州";
  private static final String MASK_CHARS = "xX×*○〇□某";
  private static final Pattern MASKED = Pattern.compile("(?:[xX×*○〇□]{1,3}|某{1,2})([省市县区旗州])");
  // the char before the level char must not make it a list ("各县区教育局", "市县教育局") or a word ("城区")
  private static final String NOT_BEFORE_UNNAMED = "各县市区省州旗、和及与城郊矿新老";
  private static final int NATIONAL_MIN = 3;

  // "区委、区政府", "县委县政府", "教育强县", "现代化强区" — not "市区委" (a list) nor "强市场"
  private static final Pattern SCOPE =
      Pattern.compile("(?<![省市县区旗州])([市县区旗州])委[、,，]?\\1政府|强([市县区旗州])(?![场化域])");

  // "考核保持全市第一", "位居全市前列", "在全市率先": a rank among the area's members, said by one of them (a
  // district's plan ranks it in the city), not the plan's own area
  private static final Pattern RANKED = Pattern.compile("第[一二三1-3]|领先|前列|前茅|前[三五十]|之首|首[个家批位]|排名|率先");

  // "中共区委教育工委", "县委教育工委": an unnamed party committee over the bureau
  private static final Pattern COMMITTEE = Pattern.compile("(?:^|中共|\\s)([省市县区旗州])委");

  private LevelWords() {}

  /** The level a level character names: 省 → province, 市/州 → city, 县/区/旗 → county. */
  static Level of(char c) {
    return switch (c) {
      case '省' -> Level.PROVINCE;
      case '市', '州' -> Level.CITY;
      default -> Level.COUNTY;
    };
  }

  /**
   * The level the plan speaks of most ("全县" ×5 beats "全市" ×1; a tie goes to the lower level), or national when
   * only "全国" occurs, at least three times; null when there is no clue.
   */
  static Level we(String text) {
    Map<Level, Integer> counts = new EnumMap<>(Level.class);
    for (int i = 0; i + 1 < text.length(); i++) {
      char c = text.charAt(i);
      if ((c == '我' || c == '全' || c == '本') && weAt(text, i)) counts.merge(of(text.charAt(i + 1)), 1, Integer::sum);
    }
    if (counts.isEmpty()) scopeWords(text, counts);
    if (counts.isEmpty()) return countOf(text, "全国") >= NATIONAL_MIN ? Level.NATIONAL : null;
    Level best = null;
    for (Map.Entry<Level, Integer> e : counts.entrySet()) {
      if (best == null || e.getValue() >= counts.get(best)) best = e.getKey();
    }
    return best;
  }

  // Without 全县/我区: "按照区委、区政府的部署", "创建教育现代化强区" speak of the plan's own area too. 省委 is left
  // out: nearly every plan answers to it.
  private static void scopeWords(String text, Map<Level, Integer> counts) {
    Matcher m = SCOPE.matcher(text);
    while (m.find()) {
      char c = m.group(1) != null ? m.group(1).charAt(0) : m.group(2).charAt(0);
      counts.merge(of(c), 1, Integer::sum);
    }
  }

  // "全县" but not "全县域"-like compounds that are not the plan's own area: "全市场", "本市长", "全区域"; nor a
  // list of levels ("落实全国、全省、全市教育大会精神", "全国、全区教育大会"): the meetings of the plan's superiors,
  // which a county plan cites as often as a city plan does
  private static boolean weAt(String text, int i) {
    if (LEVEL_CHARS.indexOf(text.charAt(i + 1)) < 0) return false;
    if (i > 0 && text.charAt(i - 1) == '、' || i + 2 < text.length() && text.charAt(i + 2) == '、') return false;
    if (i + 2 < text.length() && RANKED.matcher(text).region(i + 2, text.length()).lookingAt()) return false;
    return i + 2 >= text.length() || "域场长委级".indexOf(text.charAt(i + 2)) < 0;
  }

  /** The deepest masked name in the text ("某市", "XX县"), or null. */
  static Level masked(String text) {
    Level deepest = null;
    Matcher m = MASKED.matcher(text);
    while (m.find()) deepest = deeper(deepest, of(m.group(1).charAt(0)));
    return deepest;
  }

  /** The level of an unnamed party committee ("中共区委教育工委" → county), or null. */
  static Level committee(String text) {
    Matcher m = COMMITTEE.matcher(text);
    return m.find() ? of(m.group(1).charAt(0)) : null;
  }

  /** The level of a masked name ending right before {@code end} ("XX市|教育局"), or null. */
  static Level maskedBefore(String text, int end) {
    if (end < 2 || LEVEL_CHARS.indexOf(text.charAt(end - 1)) < 0) return null;
    return MASK_CHARS.indexOf(text.charAt(end - 2)) >= 0 ? of(text.charAt(end - 1)) : null;
  }

  /** The level of an unnamed bureau ("区教体局", "市教育局"): the level char right before {@code start}, or null. */
  static Level unnamedBefore(String text, int start) {
    if (start < 1) return null;
    char c = text.charAt(start - 1);
    if (LEVEL_CHARS.indexOf(c) < 0) return null;
    if (start >= 2 && NOT_BEFORE_UNNAMED.indexOf(text.charAt(start - 2)) >= 0) return null;
    return of(c);
  }

  /** The more specific of two levels (county deepest); nulls ignored. */
  static Level deeper(Level a, Level b) {
    if (a == null) return b;
    if (b == null) return a;
    return depth(b) > depth(a) ? b : a;
  }

  /** 0 national, 1 province, 2 city, 3 county; -1 unknown. */
  static int depth(Level l) {
    return switch (l) {
      case NATIONAL -> 0;
      case PROVINCE -> 1;
      case CITY -> 2;
      case COUNTY -> 3;
      case UNKNOWN -> -1;
    };
  }

  private static int countOf(String text, String word) {
    int n = 0;
    for (int i = text.indexOf(word); i >= 0; i = text.indexOf(word, i + word.length())) n++;
    return n;
  }
}
