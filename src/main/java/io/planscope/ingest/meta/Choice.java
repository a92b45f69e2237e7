package io.planscope.ingest.meta;

import io.planscope.plan.Level;
import io.planscope.plan.Region;
import java.util.List;

/**
 * A place a mention stands for: one {@code place}, or, for a homonym nothing disambiguates (朝阳区 with neither 北京
 * nor 长春 in the plan), its candidates and the name as written.
 */
record Choice(Place place, List<Place> candidates, String name) {
  Choice {
    candidates = List.copyOf(candidates);
  }

  static Choice of(Place place) {
    return new Choice(place, List.of(place), place.name());
  }

  /** The single place a mention means, using the places the plan mentions elsewhere for homonyms. */
  static Choice resolve(RegionMention m, Support support) {
    if (m.places().size() == 1) return of(m.places().get(0));
    Place best = null;
    double bestScore = 0;
    boolean tie = false;
    for (Place p : m.places()) {
      double s = support.anchorsAbove(p);
      if (s > bestScore) {
        best = p;
        bestScore = s;
        tie = false;
      } else if (s == bestScore && s > 0) {
        tie = true;
      }
    }
    return best != null && !tie ? of(best) : new Choice(null, m.places(), m.name());
  }

  /** What identifies the place when counting mentions: its code, or for an unresolved homonym its name. */
  String key() {
    return place != null ? place.code() : name;
  }

  /** The level of the place, or of the candidates (homonyms share a level). */
  Level level() {
    return place != null ? place.level() : candidates.get(0).level();
  }

  /** For an unresolved homonym: the name at its level, no code. */
  Region ambiguousRegion() {
    return switch (level()) {
      case PROVINCE -> new Region(name, null, null, null);
      case CITY -> new Region(null, name, null, null);
      default -> new Region(null, null, name, null);
    };
  }
}
