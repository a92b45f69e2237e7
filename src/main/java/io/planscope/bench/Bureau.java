package io.planscope.bench;

import io.planscope.ingest.meta.Place;
import io.planscope.ingest.meta.RegionGazetteer;
import io.planscope.plan.Level;
import java.util.List;
import java.util.SplittableRandom;

/** A generated bureau: a gazetteer place and the name it signs with (浙江省教育厅, 杭州市西湖区教育局, 北京市教育委员会). */
record Bureau(Place place, String name, Level level) {
  /** Draws a place: mostly counties, some cities, few provinces, as on real sites; placeholders never. */
  static Bureau draw(RegionGazetteer gazetteer, List<Place> places, SplittableRandom rng) {
    double u = rng.nextDouble();
    Level want = u < 0.70 ? Level.COUNTY : u < 0.95 ? Level.CITY : Level.PROVINCE;
    while (true) {
      Place p = places.get(rng.nextInt(places.size()));
      if (p.placeholder() || p.level() != want) continue;
      return new Bureau(p, name(gazetteer, p), want);
    }
  }

  private static String name(RegionGazetteer gazetteer, Place p) {
    if (p.municipality()) return p.name() + "教育委员会";
    if (p.level() == Level.PROVINCE) return p.name() + "教育厅";
    if (p.level() == Level.CITY) return p.name() + "教育局";
    Place parent = gazetteer.parent(p);
    String prefix = parent == null || parent.placeholder() ? "" : parent.name();
    if (parent != null && parent.placeholder()) {
      Place province = gazetteer.parent(parent);
      prefix = province == null ? "" : province.name();
    }
    return prefix + p.name() + "教育局";
  }
}
