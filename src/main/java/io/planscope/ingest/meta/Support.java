package io.planscope.ingest.meta;

import io.planscope.plan.Level;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * How often a plan mentions each place, counting a mention for the place and every parent ("西湖区" supports 杭州市
 * and 浙江省). Unambiguous mentions ("anchors") are counted first; homonyms are then resolved against the anchors and
 * added. Weak mentions (和县, 城区) count only in the title.
 */
final class Support {
  private final RegionGazetteer gazetteer;
  private final Map<Place, Double> anchors = new HashMap<>();
  private final Map<Place, Double> all = new HashMap<>();
  private final Map<Place, Integer> first = new HashMap<>();
  private int position;

  Support(RegionGazetteer gazetteer) {
    this.gazetteer = gazetteer;
  }

  /** Counts the mentions of one text: first the anchors, then the homonyms resolved against all anchors so far. */
  void addAll(List<RegionMention> mentions, boolean isTitle) {
    for (RegionMention m : mentions) {
      if (counts(m, isTitle) && m.places().size() == 1) add(m.places().get(0), true);
    }
    for (RegionMention m : mentions) {
      if (!counts(m, isTitle) || m.places().size() == 1) continue;
      Choice c = Choice.resolve(m, this);
      if (c.place() != null) add(c.place(), false);
    }
  }

  private static boolean counts(RegionMention m, boolean isTitle) {
    return isTitle || !m.weak();
  }

  private void add(Place place, boolean anchor) {
    position++;
    for (Place p : gazetteer.chain(place)) {
      if (anchor) anchors.merge(p, 1.0, Double::sum);
      all.merge(p, 1.0, Double::sum);
      first.putIfAbsent(p, position);
    }
  }

  /** The anchor support of the place's parents: how much the plan speaks of the region around it. */
  double anchorsAbove(Place place) {
    double s = 0;
    for (Place p : gazetteer.chain(place)) if (!p.equals(place)) s += anchors.getOrDefault(p, 0.0);
    return s;
  }

  /**
   * The most supported province, then its most supported city, then county, each with at least {@code min}
   * support, stopping at {@code max} (null: as deep as the support goes). Ties go to the first mentioned.
   */
  Place descend(Level max, int min) {
    Place current = best(p -> p.level() == Level.PROVINCE, min);
    if (current == null || max == Level.PROVINCE) return current;
    Place province = current;
    Place city = best(p -> p.level() == Level.CITY && gazetteer.within(p, province), min);
    if (city != null) current = city;
    if (max == Level.CITY) return current;
    Place parent = current;
    Place county = best(p -> p.level() == Level.COUNTY && gazetteer.within(p, parent), min);
    return county != null ? county : current;
  }

  private Place best(Predicate<Place> where, int min) {
    Place best = null;
    for (Map.Entry<Place, Double> e : all.entrySet()) {
      Place p = e.getKey();
      if (e.getValue() < min || !where.test(p)) continue;
      if (best == null || better(p, best)) best = p;
    }
    return best;
  }

  private boolean better(Place p, Place than) {
    int c = Double.compare(all.get(p), all.get(than));
    return c > 0 || (c == 0 && first.get(p) < first.get(than));
  }
}
