package io.planscope.ingest.meta;

import io.planscope.plan.Level;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The place a plan calls its own in phrases that name it without a bureau or a suffix, the last resort when the
 * title, the attribute block, the edges and the body's counts name no issuer:
 *
 * <ul>
 *   <li>"结合某京实际", "立足某江实际": the plan is written for that place (one such phrase is enough);
 *   <li>"实现某江教育高质量发展", "推进某江教育治理…": a county named by its stem before 教育, at least twice, or once
 *       in a plan known to be a county's; a province's short form or nickname once in a province's plan ("龙江教育");
 *   <li>"依据《某江区优质学校考核办法》", "印发《某州市教育局2099年春季开学方案》", "特制订《某县学前教育行动计划》":
 *       the place's own documents cited, at the plan's level (a county's when nothing else tells the level);
 *   <li>"落实某城市委、市政府《…》", "在某县委县政府的领导下": the place's party committee and government;
 *   <li>in a province's plan, a leader's visit or instructions ("来陕考察", "考察调研山西", "对四川工作…指示").
 * </ul>
 *
 * How to add a phrase: give it a pattern whose group 1 is the place as written and a weight (2 decides alone).
 */
final class OwnPlace {
  // "结合某京实际", "立足某州实际", "结合我某县实际"
  private static final Pattern OWN_FACTS = Pattern.compile("(?:结合|立足|符合)我?(\\p{IsHan}{2,7}?)的?实际");
  // after a place ending in 市/县/区/旗: "委、市政府", "委县政府", "委,区人民政府" — its own party committee and government
  private static final Pattern COMMITTEE = Pattern.compile("委[、,，]?[市县区旗州]?(?:人民)?政府");
  // "以建设“平安某港”为主线", "“强富美高”新某港建设", "平安某安建设": a county's or city's own slogans name it
  private static final Pattern SLOGAN =
      Pattern.compile("(?:平安|美丽|幸福|健康|智慧|书香|活力|魅力|强富美高[”\"]?新)(\\p{IsHan}{2,3}?)(?=[”\"]|建设)");
  // "聚焦服务某连“两先区”建设", "服务某连经济社会发展": the place a plan serves is its own
  private static final Pattern SERVES =
      Pattern.compile("服务(?:于)?(\\p{IsHan}{2,3}?)(?=[“\"]|经济|高质量|振兴|发展|建设)");
  // "新建某上县某十镇某桥中学" in a county's plan: a township of the county is its own
  private static final Pattern TOWNSHIP = Pattern.compile("(\\p{IsHan}{1,3}县)\\p{IsHan}{1,3}[镇乡]");
  // "“某州特色”营养改善计划" in a province's plan: its own way of doing things
  private static final Pattern OWN_WAY = Pattern.compile("(\\p{IsHan}{2})(?:特色|模式|经验|样板)");
  private static final String EDUCATION = "教育";
  private static final String COUNTY_SUFFIXES = "区县市旗";
  // the last char of a word running into 教育 ("水平和教育", "家庭与教育"): no stem ends with it after another Han char
  private static final String CONJUNCTIONS = "和与及或";
  private static final int DECIDES = 2;

  private final RegionGazetteer gazetteer;

  OwnPlace(RegionGazetteer gazetteer) {
    this.gazetteer = gazetteer;
  }

  /** The place the phrases name most, with at least {@value #DECIDES} votes, at {@code level} when it is known. */
  Choice in(String body, Level level, Support support) {
    Map<String, Integer> votes = new LinkedHashMap<>(); // text order: a tie goes to the first named
    Map<String, Choice> byKey = new HashMap<>();
    for (Vote v : votes(body, level)) {
      Choice c = Choice.resolve(v.mention(), support);
      if (level != null && !atLevel(c, level)) continue;
      votes.merge(c.key(), v.weight(), Integer::sum);
      byKey.putIfAbsent(c.key(), c);
    }
    Choice best = null;
    // a county plan ("全区", "区委、区政府") naming one county stem once ("科学规划某丽教育事业") names itself; so does a
    // province's naming its short form once ("推动某西教育高质量发展"), and a plan that says nothing else of its level
    // ("全面完成某阳教育事业发展规划", no 全县 nor 全市): only a county's stem or its own documents name it there
    int most = (level == Level.CITY ? DECIDES : 1) - 1;
    for (Map.Entry<String, Integer> e : votes.entrySet()) {
      if (e.getValue() > most) {
        best = byKey.get(e.getKey());
        most = e.getValue();
      }
    }
    return best;
  }

  // a county-level city ("某光市", "某城市委") is a city plan's own place too: such a city says 全市
  private static boolean atLevel(Choice c, Level level) {
    return c.level() == level || (level == Level.CITY && c.place() != null && c.place().countyLevelCity());
  }

  private record Vote(RegionMention mention, int weight) {}

  private List<Vote> votes(String body, Level level) {
    List<Vote> out = new ArrayList<>();
    Matcher m = OWN_FACTS.matcher(body);
    while (m.find()) add(out, m.group(1), m.start(1), DECIDES, true);
    stemsBeforeEducation(body, level, out);
    phrases(body, level, out);
    List<RegionMention> mentions = gazetteer.mentions(body);
    for (RegionMention r : mentions) {
      if (cited(body, r, level) || committee(body, r)) out.add(new Vote(r, DECIDES));
    }
    if (level == Level.PROVINCE) provinceVotes(body, mentions, out);
    return out;
  }

  // slogans and the place served name the plan's own place (at its level, when known); a county's townships only in a
  // county's plan, a province's 特色 only in a province's
  private void phrases(String body, Level level, List<Vote> out) {
    Matcher m = SLOGAN.matcher(body);
    while (m.find()) if (!weakName(m.group(1))) add(out, m.group(1), m.start(1), 1, true);
    m = SERVES.matcher(body);
    while (m.find()) if (!weakName(m.group(1))) add(out, m.group(1), m.start(1), DECIDES, true);
    if (level == Level.COUNTY) {
      m = TOWNSHIP.matcher(body);
      while (m.find()) addLongest(out, m.group(1), m.start(1));
    }
    if (level == Level.PROVINCE) {
      m = OWN_WAY.matcher(body);
      while (m.find()) province(out, m.group(1), m.start(1));
    }
  }

  // "新建某上县…镇": the longest tail of the words before 县…镇 that is a county ("建某上县" is none, "某上县" is)
  private void addLongest(List<Vote> out, String words, int start) {
    for (int k = 0; k + 2 <= words.length(); k++) {
      List<Place> places = gazetteer.all(words.substring(k)).stream().filter(p -> p.level() == Level.COUNTY).toList();
      if (places.isEmpty()) continue;
      String name = words.substring(k);
      out.add(new Vote(new RegionMention(start + k, start + words.length(), name, places, false), 1));
      return;
    }
  }

  // "实现某江教育高质量发展": the longest stem right before 教育; in a province's plan also its short form or nickname
  private void stemsBeforeEducation(String body, Level level, List<Vote> out) {
    for (int i = body.indexOf(EDUCATION); i >= 0; i = body.indexOf(EDUCATION, i + EDUCATION.length())) {
      for (int k = 3; k >= 2; k--) {
        if (i < k || inWord(body, i - k, i) || (level == null && inBookTitle(body, i - k))) continue;
        String stem = body.substring(i - k, i);
        // "龙江教育" in a province's plan is 黑龙江's, not 龙江县's
        if (level == Level.PROVINCE ? province(out, stem, i - k) : add(out, stem, i - k, 1, false)) break;
      }
    }
  }

  // "办好《某溪教育》电子版": a journal's name; with nothing else to tell the level, it may be a model cited from afar
  private static boolean inBookTitle(String body, int start) {
    return start > 0 && body.charAt(start - 1) == '《';
  }

  // "水平和教育": a stem ending in a conjunction after another Han char is the end of a word, not a place
  private static boolean inWord(String body, int start, int end) {
    boolean afterHan = start > 0 && Character.isIdeographic(body.charAt(start - 1));
    return afterHan && CONJUNCTIONS.indexOf(body.charAt(end - 1)) >= 0;
  }

  private boolean province(List<Vote> out, String stem, int start) {
    String nickname = ProvinceWords.nickname(stem);
    List<Place> places = gazetteer.all(nickname != null ? nickname : stem);
    places = places.stream().filter(p -> p.level() == Level.PROVINCE).toList();
    if (places.isEmpty()) return false;
    out.add(new Vote(new RegionMention(start, start + stem.length(), stem, places, false), 1));
    return true;
  }

  // "《某江区…办法》": a place's own document, at the plan's level; without a level only a county's counts (a
  // county plan cites its own rules, a city or province document is as often a superior's)
  private static boolean cited(String body, RegionMention r, Level level) {
    if (r.start() == 0 || body.charAt(r.start() - 1) != '《') return false;
    Level at = r.places().get(0).level();
    return level != null || (!r.weak() && at == Level.COUNTY);
  }

  // "某城市委、市政府", "某县委县政府": the area's own party committee and government
  private static boolean committee(String body, RegionMention r) {
    if (r.weak() || "市县区旗州".indexOf(r.name().charAt(r.name().length() - 1)) < 0) return false;
    Matcher m = COMMITTEE.matcher(body);
    return m.region(r.end(), Math.min(body.length(), r.end() + 10)).lookingAt();
  }

  // "来陕考察", "考察调研山西", "对四川工作…": a leader's visit to the province names the province's own plan
  private void provinceVotes(String body, List<RegionMention> mentions, List<Vote> out) {
    for (ProvinceWords.Visit v : ProvinceWords.visits(body)) {
      List<Place> places = gazetteer.all(v.province());
      if (!places.isEmpty()) out.add(new Vote(new RegionMention(v.start(), v.end(), v.province(), places, false), DECIDES));
    }
    for (RegionMention r : mentions) {
      boolean province = r.places().get(0).level() == Level.PROVINCE;
      if (province && ProvinceWords.visited(body, r.start(), r.end())) out.add(new Vote(r, DECIDES));
    }
  }

  // A name as written (某京, 某江区) or a county's stem (某江 for 某江区, 某江县); weak names (城区, 和县) never
  private boolean add(List<Vote> out, String name, int start, int weight, boolean fullNames) {
    List<Place> places = fullNames ? gazetteer.all(name) : List.of();
    if (places.isEmpty()) places = fullNames ? countiesStemmed(name) : stemOrOneCharCounty(name);
    if (places.isEmpty()) return false;
    out.add(new Vote(new RegionMention(start, start + name.length(), name, places, false), weight));
    return true;
  }

  // a two-char full name (城区, 和县) is an ordinary word as often as a place: only its stem's other forms count
  private boolean weakName(String name) {
    return gazetteer.mentions(name).stream().anyMatch(RegionMention::weak);
  }

  // before 教育: a county's stem ("某江教育"), or a one-char county's full name ("打响某县教育品牌"), never a word's
  // end ("平和县教育" has 和县) nor a scope word ("全县教育")
  private List<Place> stemOrOneCharCounty(String stem) {
    boolean oneChar = stem.length() == 2 && stem.charAt(1) == '县' && NOT_COUNTY_CHARS.indexOf(stem.charAt(0)) < 0;
    if (!oneChar) return countiesStemmed(stem);
    return gazetteer.all(stem).stream().filter(p -> p.level() == Level.COUNTY).toList();
  }

  private static final String NOT_COUNTY_CHARS = "和与及或全本我该各每本外邻县";

  private List<Place> countiesStemmed(String stem) {
    if (!gazetteer.all(stem).isEmpty()) return List.of(); // a name in its own right, not a stem
    if (LevelWords.we(stem) != null) return List.of(); // "全州教育" is the prefecture's, not 全州县
    List<Place> out = new ArrayList<>();
    for (char c : COUNTY_SUFFIXES.toCharArray()) {
      for (Place p : gazetteer.all(stem + c)) {
        // a district's former name (某江市 for 某江区) is the same county
        boolean known = out.stream().anyMatch(o -> o.code().equals(p.code()));
        if (p.level() == Level.COUNTY && !known) out.add(p);
      }
    }
    return out;
  }
}
