package io.planscope.ingest.meta;

import io.planscope.plan.Level;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What one part of a plan (title, opening and closing lines, body) says about its issuer: places named (in the
 * body only those right before a bureau name, "青岛市教育局"), levels without a name ("区教体局", "某市"), and the
 * bureau names with the level each one's prefix gives.
 */
final class Clues {
  private final List<Bureau.Found> bureaus;
  private final Map<Bureau.Found, Level> bureauLevels = new HashMap<>();
  private final List<Choice> places = new ArrayList<>();
  private final Set<Level> levels = EnumSet.noneOf(Level.class);
  private boolean masked;

  Clues(List<Bureau.Found> bureaus) {
    this.bureaus = List.copyOf(bureaus);
  }

  void addPlace(Choice c) {
    places.add(c);
    levels.add(c.level());
  }

  /** A level without a name: a masked name ("XX市") or an unnamed bureau ("区教育体育局"). */
  void addLevel(Level level, boolean isMasked) {
    levels.add(level);
    masked |= isMasked;
  }

  /** The level a bureau's prefix gives: a named place's, an unnamed one's, or what the name implies (教育部). */
  void addBureauLevel(Bureau.Found f, Level prefix) {
    Level level = prefix != null ? prefix : f.impliedLevel();
    if (level != null) bureauLevels.put(f, level);
  }

  List<Bureau.Found> bureaus() {
    return bureaus;
  }

  Set<Level> levels() {
    return levels;
  }

  /** Whether a masked name ("XX市", "某县") was seen: then the plan hides its region on purpose. */
  boolean masked() {
    return masked;
  }

  Level deepestLevel() {
    Level deepest = null;
    for (Level l : levels) deepest = LevelWords.deeper(deepest, l);
    return deepest;
  }

  /** The most specific place named. */
  Choice deepestPlace() {
    Choice best = null;
    for (Choice c : places) {
      if (best == null || LevelWords.depth(c.level()) > LevelWords.depth(best.level())) best = c;
    }
    return best;
  }

  /** The most frequent named place at {@code level}, else the deepest above it; any level when it is null. */
  Choice namedAt(Level level) {
    Map<String, Integer> counts = new LinkedHashMap<>();
    Map<String, Choice> byKey = new HashMap<>();
    for (Choice c : places) {
      if (level != null && LevelWords.depth(c.level()) > LevelWords.depth(level)) continue;
      counts.merge(c.key(), 1, Integer::sum);
      byKey.putIfAbsent(c.key(), c);
    }
    Choice best = null;
    int bestCount = 0;
    for (Map.Entry<String, Integer> e : counts.entrySet()) {
      Choice c = byKey.get(e.getKey());
      if (best == null || rank(c, e.getValue(), level) > rank(best, bestCount, level)) {
        best = c;
        bestCount = e.getValue();
      }
    }
    return best;
  }

  // at the plan's level first, then deeper, then more often
  private static long rank(Choice c, int count, Level level) {
    long atLevel = level != null && c.level() == level ? 1 : 0;
    return atLevel * 1_000_000 + LevelWords.depth(c.level()) * 10_000L + count;
  }

  /**
   * The bureau that is the plan's own: the most frequent name whose prefix is not above {@code level} (a county
   * plan's "省教育厅", "市教育局" and "教育部" are its superiors). Null when none.
   */
  String ownBureau(Level level) {
    Map<String, Integer> counts = new LinkedHashMap<>();
    for (Bureau.Found f : bureaus) {
      Level l = bureauLevels.get(f);
      if (level != null && l != null && LevelWords.depth(l) < LevelWords.depth(level)) continue;
      if (level == null && Bureau.MINISTRY.equals(f.name())) continue;
      counts.merge(f.name(), 1, Integer::sum);
    }
    String best = null;
    for (Map.Entry<String, Integer> e : counts.entrySet()) {
      if (best == null || e.getValue() > counts.get(best)) best = e.getKey();
    }
    return best;
  }
}
