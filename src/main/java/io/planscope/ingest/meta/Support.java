package io.planscope.ingest.meta;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * How often a plan mentions each place, counting a mention for the place and every parent ("西湖区" supports 杭州市
 * and 浙江省), to resolve homonyms: 鼓楼区 in a plan that names 南京市 is Nanjing's. Unambiguous mentions ("anchors")
 * are counted first; homonyms are then resolved against them. Weak mentions (和县, 城区) count only in the title.
 */
final class Support {
  private final RegionGazetteer gazetteer;
  private final Map<Place, Double> anchors = new HashMap<>();

  Support(RegionGazetteer gazetteer) {
    this.gazetteer = gazetteer;
  }

  /** Counts the anchors of one text. */
  void addAll(List<RegionMention> mentions, boolean isTitle) {
    for (RegionMention m : mentions) {
      if ((isTitle || !m.weak()) && m.places().size() == 1) add(m.places().get(0));
    }
  }

  private void add(Place place) {
    for (Place p : gazetteer.chain(place)) anchors.merge(p, 1.0, Double::sum);
  }

  /** The anchor support of the place's parents: how much the plan speaks of the region around it. */
  double anchorsAbove(Place place) {
    double s = 0;
    for (Place p : gazetteer.chain(place)) if (!p.equals(place)) s += anchors.getOrDefault(p, 0.0);
    return s;
  }
}
