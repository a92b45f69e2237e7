package io.planscope.ingest.meta;

import io.planscope.plan.Level;
import io.planscope.plan.Region;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Decides who issued a plan, from where the issuer names itself and nowhere else:
 *
 * <ol>
 *   <li>the title ("杭州市西湖区教育局2023年工作计划", "某市2025年教育工作要点", "区教育体育局下半年工作方案",
 *       "中共某区委教育工委");
 *   <li>the page's attribute block ("【制定机关】某市教育局", see {@link AttributeBlock});
 *   <li>bureau names in the opening and closing lines ("西湖区教育局", "XX市教育工作坚持…", a signature line);
 *   <li>the plan speaking of itself ("全县", "我市") for the level, and bureau names anywhere in the body for the
 *       bureau kind;
 *   <li>a place at that level the body names at least twice ("落实青岛市…", "完成青岛市…" in a 全市 plan);
 *   <li>a place the plan calls its own without a bureau ("结合某京实际", see {@link OwnPlace}).
 * </ol>
 *
 * A passing mention never names the issuer: a superior ("争取省教育厅支持" in a county plan, "组织参加某省教育学会
 * 征文" in a city plan) nor a subordinate ("完成黄岛区新校建设" in a city plan). When only "全市" is known the level is
 * city and the region unknown. Homonyms (several 鼓楼区) are resolved by their parents mentioned anywhere in the
 * plan; when nothing tells, the region keeps the name without a code.
 */
final class IssuerResolver {
  private static final int HEAD_LINES = 3;
  private static final int TAIL_LINES = 2;
  private static final int SIGNATURE_MAX = 40;
  private static final int BODY_MIN_SUPPORT = 2;
  // "国家教育事业发展“十九五”规划", "全国教育系统…方案": the country's own plan ("国家级示范校…" is a school's); "教育部
  // 2099年工作要点", "教育部某司2099年工作要点": the ministry's own, whatever the body says of 全市 or 全省
  private static final Pattern NATIONAL_TITLE = Pattern.compile("(?:国家|全国)(?!级)|(?:中华人民共和国)?教育部(?![门署])");

  private final RegionGazetteer gazetteer;
  private final OwnPlace ownPlace;

  IssuerResolver(RegionGazetteer gazetteer) {
    this.gazetteer = gazetteer;
    this.ownPlace = new OwnPlace(gazetteer);
  }

  Issuer resolve(String title, List<String> lines) {
    return resolve(title, List.of(), lines);
  }

  /**
   * @param title the cleaned, normalized title
   * @param stated the issuing bodies the page's attribute block names ("某市教育局"), normalized
   * @param lines the plan's normalized lines, its signature included
   */
  Issuer resolve(String title, List<String> stated, List<String> lines) {
    String issuer = String.join("\n", stated);
    String head = String.join("\n", edge(lines));
    String body = String.join("\n", lines);
    List<RegionMention> titleMentions = gazetteer.mentions(title);
    List<RegionMention> issuerMentions = gazetteer.mentions(issuer);
    List<RegionMention> bodyMentions = gazetteer.mentions(body);
    Support support = new Support(gazetteer);
    support.addAll(titleMentions, true);
    support.addAll(issuerMentions, true);
    support.addAll(bodyMentions, false);

    Clues titleClues = clues(title, titleMentions, true, support);
    Clues issuerClues = clues(issuer, issuerMentions, true, support);
    Clues headClues = clues(head, gazetteer.mentions(head), false, support);
    // "2099年是…之年。xx区教育系统要以…": a farm masks only the issuer's own place, so a masked name before 教育
    // anywhere in the opening lines names its level, not only in their first sentence
    addMaskedBeforeEducation(String.join("\n", lines.subList(0, Math.min(HEAD_LINES, lines.size()))), headClues);
    Clues bodyClues = clues(body, bodyMentions, false, support);
    Level we = LevelWords.we(body);

    boolean national = NATIONAL_TITLE.matcher(title).lookingAt();
    Level level = national ? Level.NATIONAL : level(titleClues, issuerClues, headClues, we);
    Choice choice = region(List.of(titleClues, issuerClues), headClues, new Body(body, bodyMentions), level, support);
    if (level == null) level = choice == null ? null : choice.level();
    String bureau = bureau(List.of(titleClues, issuerClues), headClues, bodyClues, level);
    if (level == null) level = levelOfBureau(bureau, titleClues, headClues);
    String all = title + "\n" + body;
    if (choice == null && provincialLevel(all, level)) {
      Place place = provincialPlace(all, level);
      return finish(place == null ? null : Choice.of(place), Level.PROVINCE, bureau);
    }
    return finish(choice, level == null ? Level.UNKNOWN : level, bureau);
  }

  // A province-level body speaks of its area as 全市 (a municipality: Beijing's plans of 首都教育) or 全区 (an
  // autonomous region, whose committees and departments call themselves 自治区党委, 自治区教育厅)
  private static final Pattern CAPITAL = Pattern.compile("首都教育");
  private static final Pattern AUTONOMOUS = Pattern.compile("自治区(?:党委|教育厅|人民政府|政府|教育工委|第)");
  private static final List<String> AUTONOMOUS_REGIONS = List.of("内蒙古", "广西", "西藏", "宁夏", "新疆");

  /** Whether a plan that names no place speaks for a municipality or an autonomous region. */
  private static boolean provincialLevel(String text, Level level) {
    return level == Level.CITY && CAPITAL.matcher(text).find() || level == Level.COUNTY && AUTONOMOUS.matcher(text).find();
  }

  /** Which one: Beijing, or the one autonomous region the text names; null when it names none or several. */
  private Place provincialPlace(String text, Level level) {
    if (level == Level.CITY) return province("北京市");
    String named = null;
    for (String r : AUTONOMOUS_REGIONS) {
      if (!text.contains(r)) continue;
      if (named != null) return null;
      named = r;
    }
    return named == null ? null : province(named);
  }

  private Place province(String name) {
    return gazetteer.all(name).stream().filter(p -> p.level() == Level.PROVINCE).findFirst().orElse(null);
  }


  // Where the issuer names itself: the first sentence of each opening line ("XX市教育局2099年工作要点", "2099年，
  // 某县教育工作…") and the closing lines that are a signature ("某县教育局"). A run-on page line or a cut-off
  // closing sentence ("…在市教委的统一部署下，…") only mentions bodies in passing.
  private static List<String> edge(List<String> lines) {
    List<String> edge = new ArrayList<>();
    for (String line : lines.subList(0, Math.min(HEAD_LINES, lines.size()))) edge.add(firstSentence(line));
    for (int i = Math.max(HEAD_LINES, lines.size() - TAIL_LINES); i < lines.size(); i++) {
      if (isSignature(lines.get(i))) edge.add(lines.get(i));
    }
    return edge;
  }

  private static String firstSentence(String line) {
    int stop = line.indexOf('。');
    return stop < 0 ? line : line.substring(0, stop + 1);
  }

  // "某县教育局", "二〇九九年二月" — short and no clause: a sentence is no signature
  private static boolean isSignature(String line) {
    return line.length() <= SIGNATURE_MAX && line.indexOf('。') < 0 && line.indexOf('，') < 0
        && line.indexOf(',') < 0;
  }

  // ---- level -----------------------------------------------------------------------------------------------

  // a head's "省教育厅" in a 全县 plan is a superior: the deeper of the head's levels and the plan's own word wins
  private static Level level(Clues title, Clues stated, Clues head, Level we) {
    Level t = title.deepestLevel();
    if (t != null) return t;
    Level s = stated.deepestLevel();
    if (s != null) return s;
    if (head.levels().isEmpty()) return we;
    return we == Level.NATIONAL ? head.deepestLevel() : LevelWords.deeper(head.deepestLevel(), we);
  }

  private static Level levelOfBureau(String bureau, Clues title, Clues head) {
    Level implied = null;
    for (Bureau.Found f : title.bureaus()) implied = LevelWords.deeper(implied, f.impliedLevel());
    for (Bureau.Found f : head.bureaus()) implied = implied != null ? implied : f.impliedLevel();
    if (implied == null && Bureau.DEPARTMENT.equals(bureau)) implied = Level.PROVINCE;
    return implied;
  }

  // ---- region ----------------------------------------------------------------------------------------------

  private record Body(String text, List<RegionMention> mentions) {}

  private Choice region(List<Clues> named, Clues head, Body body, Level level, Support support) {
    if (level == Level.NATIONAL) return null;
    for (Clues clues : named) {
      Choice c = clues.deepestPlace();
      if (c != null) return c;
    }
    Choice c = head.namedAt(level);
    if (c != null && (level == null || c.level() == level)) return c;
    if (head.masked() || named.stream().anyMatch(Clues::masked)) return null; // "某市…": hidden on purpose
    Choice counted = level == null ? null : ownPlace(body.mentions(), level, support);
    return counted != null ? counted : ownPlace.in(body.text(), level, support);
  }

  // The place at the plan's own level the body names most, at least twice: "青岛市" ×3 in a 全市 plan. A county-level
  // city counts as a city and wins a tie with its parent: "我市" in a plan naming 某光市 ×2 and 某坊市 ×2.
  private static Choice ownPlace(List<RegionMention> mentions, Level level, Support support) {
    Map<String, Integer> counts = new LinkedHashMap<>(); // mention order: a tie goes to the first named
    Map<String, Choice> byKey = new HashMap<>();
    for (RegionMention m : mentions) {
      if (m.weak()) continue;
      Choice c = Choice.resolve(m, support);
      boolean cityLike = level == Level.CITY && c.place() != null && c.place().countyLevelCity();
      if (c.level() != level && !cityLike) continue;
      counts.merge(c.key(), 1, Integer::sum);
      byKey.putIfAbsent(c.key(), c);
    }
    Choice best = null;
    int most = BODY_MIN_SUPPORT - 1;
    for (Map.Entry<String, Integer> e : counts.entrySet()) {
      Choice c = byKey.get(e.getKey());
      boolean deeperTie = e.getValue() == most && best != null && LevelWords.depth(c.level()) > LevelWords.depth(best.level());
      if (e.getValue() > most || deeperTie) {
        best = c;
        most = e.getValue();
      }
    }
    return best;
  }

  private Issuer finish(Choice choice, Level level, String bureau) {
    if (choice == null || level == Level.NATIONAL) return new Issuer(Region.NONE, level, bureau);
    if (choice.place() == null) return new Issuer(choice.ambiguousRegion(), level, bureau);
    Place place = choice.place();
    // "全市" in a county-level city's plan ("打造某光市教育品牌…全市中小学"): the city is the county-level one
    if (level == Level.CITY && place.countyLevelCity()) return new Issuer(gazetteer.region(place), Level.COUNTY, bureau);
    // a place deeper than the level (a title's "全市" over an attribute block's district): its ancestor at the level
    while (LevelWords.depth(level) > 0 && LevelWords.depth(place.level()) > LevelWords.depth(level)) {
      Place up = gazetteer.parent(place);
      while (up != null && up.placeholder()) up = gazetteer.parent(up);
      if (up == null) break;
      place = up;
    }
    return new Issuer(gazetteer.region(place), level, bureau);
  }

  // ---- bureau ----------------------------------------------------------------------------------------------

  private static String bureau(List<Clues> named, Clues head, Clues body, Level level) {
    for (Clues clues : named) {
      if (!clues.bureaus().isEmpty()) return clues.bureaus().get(0).name();
    }
    String own = head.ownBureau(level);
    return own != null ? own : body.ownBureau(level);
  }

  // ---- clues -----------------------------------------------------------------------------------------------

  private Clues clues(String text, List<RegionMention> mentions, boolean isTitle, Support support) {
    Clues clues = new Clues(Bureau.all(text));
    for (RegionMention m : mentions) {
      boolean beforeBureau = m.weak() ? weakBeforeBureau(text, m) : Bureau.startsAt(text, m.end());
      if (beforeBureau || (isTitle && titleCounts(text, m))) clues.addPlace(Choice.resolve(m, support));
    }
    if (isTitle) {
      Level masked = LevelWords.masked(text);
      if (masked != null) clues.addLevel(masked, true);
      Level we = LevelWords.we(text); // "全县教育系统2023年工作要点"
      if (we != null && we != Level.NATIONAL) clues.addLevel(we, false);
      Level committee = LevelWords.committee(text);
      if (committee != null) clues.addLevel(committee, false);
    }
    for (Bureau.Found f : clues.bureaus()) {
      Level masked = LevelWords.maskedBefore(text, f.start());
      Level unnamed = masked != null || namedBefore(mentions, f.start()) ? null : LevelWords.unnamedBefore(text, f.start());
      if (masked != null) clues.addLevel(masked, true);
      if (unnamed != null) clues.addLevel(unnamed, false);
      clues.addBureauLevel(f, masked != null ? masked : unnamed != null ? unnamed : levelBefore(mentions, f.start()));
    }
    if (!isTitle) addMaskedBeforeEducation(text, clues);
    return clues;
  }

  // A weak name ("沛县", "城区") counts in a title only where a name would stand: first, or before a year or bureau.
  private static boolean titleCounts(String title, RegionMention m) {
    if (!m.weak() || m.start() == 0) return true;
    return m.end() < title.length() && Character.isDigit(title.charAt(m.end()));
  }

  // "和县教育局" names a place; "最大化教育" does not: a weak name needs a bureau name proper and no Han char before
  private static boolean weakBeforeBureau(String text, RegionMention m) {
    if (!Bureau.nameStartsAt(text, m.end())) return false;
    return m.start() == 0 || !Character.isIdeographic(text.charAt(m.start() - 1));
  }

  private static Level levelBefore(List<RegionMention> mentions, int start) {
    for (RegionMention m : mentions) if (m.end() == start) return m.places().get(0).level();
    return null;
  }

  private static boolean namedBefore(List<RegionMention> mentions, int start) {
    for (RegionMention m : mentions) if (m.end() == start) return true;
    return false;
  }

  // "2025年,XX市教育工作坚持…" — a masked name before 教育 in the opening names the issuer's level
  private static void addMaskedBeforeEducation(String text, Clues clues) {
    for (int i = text.indexOf("教育"); i >= 0; i = text.indexOf("教育", i + 2)) {
      Level masked = LevelWords.maskedBefore(text, i);
      if (masked != null) clues.addLevel(masked, true);
    }
  }
}
