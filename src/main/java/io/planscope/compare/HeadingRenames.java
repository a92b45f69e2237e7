package io.planscope.compare;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Headings renamed from plan A to plan B (二、工作目标 → 二、目标任务): the paired measures vote. For each depth of
 * their paths, a pair says "A's heading here became B's heading here". A heading of A is renamed to the B heading
 * most of its pairs point to, when that heading reads differently once its number is set aside (二、 vs 三、 is
 * renumbering), more pairs point there than to a heading of the same wording, at least half of the heading's
 * measures went there (one measure carried into a rewritten plan does not rename its old section), and A has no
 * heading of that wording and B none of the old one (else it is a move, not a rename).
 */
public final class HeadingRenames {
  /** A heading's own number: 第一章, 一、, （一）, 1., 〔四〕, 一是. */
  private static final Pattern NUMBER = Pattern.compile(
      "^\\s*(?:第[一二三四五六七八九十百零〇0-9]+[章节部分条]|[（(〔【\\[][一二三四五六七八九十百零〇0-9]+[）)〕】\\]]"
          + "|[一二三四五六七八九十百零〇0-9]+[、.．，,]|[一二三四五六七八九十]+是)\\s*");

  private HeadingRenames() {}

  /** One heading renamed; {@code measures}: how many pairs of measures stand under A's heading and B's. */
  public record Rename(String a, String b, int measures) {}

  static List<Rename> of(List<PlanComparison.Pair> rows) {
    Map<String, Map<String, Integer>> votes = new LinkedHashMap<>();
    Set<String> headingsA = new HashSet<>();
    Set<String> headingsB = new HashSet<>();
    Map<String, Integer> measuresUnder = new HashMap<>();
    Set<io.planscope.plan.Measure> seenA = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
    for (PlanComparison.Pair p : rows) {
      if (p.a() != null && seenA.add(p.a())) {
        p.a().path().forEach(h -> headingsA.add(wording(h)));
        p.a().path().forEach(h -> measuresUnder.merge(h, 1, Integer::sum));
      }
      if (p.b() != null) p.b().path().forEach(h -> headingsB.add(wording(h)));
      if (p.a() == null || p.b() == null) continue;
      List<String> pa = p.a().path();
      List<String> pb = p.b().path();
      for (int d = 0; d < Math.min(pa.size(), pb.size()); d++) {
        votes.computeIfAbsent(pa.get(d), k -> new LinkedHashMap<>()).merge(pb.get(d), 1, Integer::sum);
      }
    }
    List<Rename> renames = new ArrayList<>();
    votes.forEach((a, to) -> renamed(a, to, headingsA, headingsB)
        .filter(r -> 2 * r.measures() >= measuresUnder.getOrDefault(a, 0))
        .ifPresent(renames::add));
    return renames;
  }

  private static java.util.Optional<Rename> renamed(
      String a, Map<String, Integer> to, Set<String> headingsA, Set<String> headingsB) {
    String old = wording(a);
    Map<String, Integer> byWording = new HashMap<>();
    to.forEach((b, n) -> byWording.merge(wording(b), n, Integer::sum));
    String best = null;
    for (String b : to.keySet()) if (best == null || to.get(b) > to.get(best)) best = b;
    String now = wording(best);
    boolean rename = !now.equals(old) && to.get(best) > byWording.getOrDefault(old, 0)
        && !headingsA.contains(now) && !headingsB.contains(old);
    return rename ? java.util.Optional.of(new Rename(a, best, to.get(best))) : java.util.Optional.empty();
  }

  /** The heading without its number, folded as compare folds wording. */
  static String wording(String heading) {
    String rest = NUMBER.matcher(heading).replaceFirst("");
    NormalizedText t = NormalizedText.of(rest);
    return new String(t.chars(), 0, t.length());
  }
}
