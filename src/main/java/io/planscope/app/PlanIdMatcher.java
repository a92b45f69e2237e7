package io.planscope.app;

import io.planscope.plan.Measure;
import io.planscope.plan.Plan;
import io.planscope.text.Fold;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Decides which old id a re-parsed plan keeps. A plan's id is the hash of its text, so a plan whose text did not
 * change gets its old id by itself. A plan whose text changed under newer rules keeps its old id when it is
 * recognisably the same plan, so links and citations to it keep working:
 *
 * <ul>
 *   <li>it comes from a document that held the old plan (same document), and
 *   <li>the match is clear: the old and new plan have the same title and no other plan of that document, old or new,
 *       has that title (content farms give every plan on a page the same title, so a repeated title decides nothing);
 *       or at least half of the measures are shared, counted as normalized texts (folded to simplified, ASCII width,
 *       letters and digits only) over the larger of the two measure counts, so a plan split in two or merged with
 *       another matches its larger part only.
 * </ul>
 *
 * <p>Candidates are taken best first (a unique title counts 1, plus the shared share of measures), ties in page
 * order, and each old id goes to at most one new plan and each new plan to at most one old id: two new plans never
 * share an old id. An old id that some new plan has as its own text hash is never taken by another plan.
 */
final class PlanIdMatcher {
  private static final double MIN_SHARED = 0.5;

  private PlanIdMatcher() {}

  /** One document of the group being re-parsed: the ids it held and the plans it parses into now (own ids). */
  record DocumentPlans(List<String> oldIds, List<Plan> newPlans) {}

  private record Candidate(String newId, String oldId, double score, int order) {}

  /**
   * Pairs the still unresolved new plans (by their own ids) with old ids that are still free.
   *
   * @param documents the group's documents
   * @param oldPlans the stored plans under the old ids (content before the re-parse)
   * @param unresolved new plan ids not settled by their own id or an alias
   * @param free old ids no other plan keeps or has as its own id
   * @return new id → kept old id, for the pairs that match clearly
   */
  static Map<String, String> match(List<DocumentPlans> documents, Map<String, Plan> oldPlans, Set<String> unresolved,
      Set<String> free) {
    List<Candidate> candidates = new ArrayList<>();
    for (DocumentPlans doc : documents) candidates.addAll(candidates(doc, oldPlans, unresolved, free));
    candidates.sort(Comparator.comparingDouble(Candidate::score).reversed().thenComparingInt(Candidate::order));
    Map<String, String> kept = new LinkedHashMap<>();
    Set<String> taken = new HashSet<>();
    for (Candidate c : candidates) {
      if (kept.containsKey(c.newId()) || taken.contains(c.oldId())) continue;
      kept.put(c.newId(), c.oldId());
      taken.add(c.oldId());
    }
    return kept;
  }

  private static List<Candidate> candidates(DocumentPlans doc, Map<String, Plan> oldPlans, Set<String> unresolved,
      Set<String> free) {
    List<Plan> olds = doc.oldIds().stream().map(oldPlans::get).filter(p -> p != null).toList();
    Map<String, Integer> titles = titleCounts(olds, doc.newPlans());
    List<Candidate> found = new ArrayList<>();
    for (int n = 0; n < doc.newPlans().size(); n++) {
      Plan neu = doc.newPlans().get(n);
      if (!unresolved.contains(neu.id())) continue;
      for (int o = 0; o < olds.size(); o++) {
        Plan old = olds.get(o);
        if (!free.contains(old.id())) continue;
        double score = score(old, neu, titles);
        if (score >= MIN_SHARED) found.add(new Candidate(neu.id(), old.id(), score, n * 10_000 + o));
      }
    }
    return found;
  }

  /** A unique shared title counts 1; the share of shared measures is added; under {@link #MIN_SHARED}: no match. */
  static double score(Plan old, Plan neu, Map<String, Integer> titleCounts) {
    String title = titleKey(old);
    boolean sameTitle = !title.isEmpty() && title.equals(titleKey(neu)) && titleCounts.get(title) == 2;
    return (sameTitle ? 1 : 0) + sharedMeasures(old, neu);
  }

  /** How often each title occurs among a document's old and new plans (2 means once in each). */
  private static Map<String, Integer> titleCounts(List<Plan> olds, List<Plan> news) {
    Map<String, Integer> counts = new HashMap<>();
    for (Plan p : olds) counts.merge(titleKey(p), 1, Integer::sum);
    for (Plan p : news) counts.merge(titleKey(p), 1, Integer::sum);
    return counts;
  }

  /** Shared measure texts (as a multiset) over the larger measure count; 0 when either has none. */
  static double sharedMeasures(Plan a, Plan b) {
    int larger = Math.max(a.measures().size(), b.measures().size());
    if (a.measures().isEmpty() || b.measures().isEmpty()) return 0;
    Map<String, Integer> left = new HashMap<>();
    for (Measure m : a.measures()) left.merge(key(m.text()), 1, Integer::sum);
    int shared = 0;
    for (Measure m : b.measures()) {
      Integer n = left.get(key(m.text()));
      if (n != null && n > 0) {
        shared++;
        left.put(key(m.text()), n - 1);
      }
    }
    return (double) shared / larger;
  }

  /**
   * The re-parsed plan with the measure ids its stored version used, so a citation of a measure keeps pointing at
   * the same wording: a measure whose normalized text the old plan had keeps that measure's id (one to one, in
   * order); any other gets a number after the highest the old plan used, so an id that named a removed measure
   * never comes to name other words. Without an old plan the parse's own numbers (reading order) stay.
   */
  static Plan keepMeasureIds(Plan now, Plan before) {
    if (before == null) return now;
    Map<String, java.util.ArrayDeque<String>> oldIds = new HashMap<>();
    int highest = 0;
    int highestFraming = 0;
    for (Measure m : before.passages()) {
      oldIds.computeIfAbsent(key(m.text()), k -> new java.util.ArrayDeque<>()).add(m.id());
      highest = Math.max(highest, number(m.id(), "-m"));
      highestFraming = Math.max(highestFraming, number(m.id(), "-p"));
    }
    // a preamble paragraph that was a measure under older rules keeps that measure's id, so its citations hold
    Map<String, String> renamed = new HashMap<>();
    for (Measure m : now.preamble()) {
      java.util.ArrayDeque<String> same = oldIds.get(key(m.text()));
      renamed.put(m.id(), same != null && !same.isEmpty() ? same.poll() : now.id() + "-p" + ++highestFraming);
    }
    for (Measure m : now.measures()) {
      java.util.ArrayDeque<String> same = oldIds.get(key(m.text()));
      renamed.put(m.id(), same != null && !same.isEmpty() ? same.poll() : now.id() + "-m" + ++highest);
    }
    return now.withMeasureIds(renamed::get);
  }

  /** n of a measure id {@code <planId>-m<n>} (or a preamble paragraph's {@code -p<n>}); 0 when it has none. */
  private static int number(String measureId, String kind) {
    int at = measureId.lastIndexOf(kind);
    try {
      return at < 0 ? 0 : Integer.parseInt(measureId.substring(at + 2));
    } catch (NumberFormatException e) {
      return 0;
    }
  }

  private static String titleKey(Plan plan) {
    return plan.title() == null ? "" : key(plan.title());
  }

  /** Folded (simplified, ASCII width, lower case), letters and digits only: "加強領導，落實責任" = "加强领导落实责任". */
  static String key(String text) {
    String folded = Fold.normalize(text);
    StringBuilder sb = new StringBuilder(folded.length());
    for (int i = 0; i < folded.length(); i++) {
      char c = folded.charAt(i);
      if (Character.isLetterOrDigit(c)) sb.append(Character.toLowerCase(c));
    }
    return sb.toString();
  }
}
