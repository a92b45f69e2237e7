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
 *       in a plan known to be a county's;
 *   <li>"依据《某江区优质学校考核办法》": a county's own rules cited, when nothing else tells the level.
 * </ul>
 *
 * How to add a phrase: give it a pattern whose group 1 is the place as written and a weight (2 decides alone).
 */
final class OwnPlace {
  // "结合某京实际", "立足某州实际", "结合我某县实际"
  private static final Pattern OWN_FACTS = Pattern.compile("(?:结合|立足|符合)我?(\\p{IsHan}{2,7}?)的?实际");
  private static final String EDUCATION = "教育";
  private static final String COUNTY_SUFFIXES = "区县市旗";
  private static final int DECIDES = 2;

  private final RegionGazetteer gazetteer;

  OwnPlace(RegionGazetteer gazetteer) {
    this.gazetteer = gazetteer;
  }

  /** The place the phrases name most, with at least {@value #DECIDES} votes, at {@code level} when it is known. */
  Choice in(String body, Level level, Support support) {
    Map<String, Integer> votes = new LinkedHashMap<>(); // text order: a tie goes to the first named
    Map<String, Choice> byKey = new HashMap<>();
    for (Vote v : votes(body)) {
      Choice c = Choice.resolve(v.mention(), support);
      if (level != null && c.level() != level) continue;
      votes.merge(c.key(), v.weight(), Integer::sum);
      byKey.putIfAbsent(c.key(), c);
    }
    Choice best = null;
    // a county plan ("全区", "区委、区政府") naming one county stem once ("科学规划某丽教育事业") names itself
    int most = (level == Level.COUNTY ? 1 : DECIDES) - 1;
    for (Map.Entry<String, Integer> e : votes.entrySet()) {
      if (e.getValue() > most) {
        best = byKey.get(e.getKey());
        most = e.getValue();
      }
    }
    return best;
  }

  private record Vote(RegionMention mention, int weight) {}

  private List<Vote> votes(String body) {
    List<Vote> out = new ArrayList<>();
    Matcher m = OWN_FACTS.matcher(body);
    while (m.find()) add(out, m.group(1), m.start(1), DECIDES, true);
    // "实现某江教育高质量发展": the longest stem right before 教育
    for (int i = body.indexOf(EDUCATION); i >= 0; i = body.indexOf(EDUCATION, i + EDUCATION.length())) {
      for (int k = 3; k >= 2; k--) {
        if (i >= k && add(out, body.substring(i - k, i), i - k, 1, false)) break;
      }
    }
    for (RegionMention r : gazetteer.mentions(body)) {
      boolean cited = r.start() > 0 && body.charAt(r.start() - 1) == '《';
      if (cited && !r.weak() && r.places().get(0).level() == Level.COUNTY) out.add(new Vote(r, DECIDES));
    }
    return out;
  }

  // A name as written (某京, 某江区) or a county's stem (某江 for 某江区, 某江县); weak names (城区, 和县) never
  private boolean add(List<Vote> out, String name, int start, int weight, boolean fullNames) {
    List<Place> places = fullNames ? gazetteer.all(name) : List.of();
    if (places.isEmpty()) places = countiesStemmed(name);
    if (places.isEmpty()) return false;
    out.add(new Vote(new RegionMention(start, start + name.length(), name, places, false), weight));
    return true;
  }

  private List<Place> countiesStemmed(String stem) {
    if (!gazetteer.all(stem).isEmpty()) return List.of(); // a name in its own right, not a stem
    if (LevelWords.we(stem) != null) return List.of(); // "全州教育" is the prefecture's, not 全州县
    List<Place> out = new ArrayList<>();
    for (char c : COUNTY_SUFFIXES.toCharArray()) {
      for (Place p : gazetteer.all(stem + c)) if (p.level() == Level.COUNTY) out.add(p);
    }
    return out;
  }
}
