package io.planscope.compare;

import io.planscope.plan.Plan;
import io.planscope.plan.Region;
import io.planscope.text.Fold;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Picks a bureau's two newest plans for {@code compare --latest}. The bureau is named as people name it:
 * "西湖区教育局", "杭州市西湖区", "西湖区" or "浙江省教育厅" — a region name (the most specific, or a tail of the full
 * name) optionally followed by the bureau's name. When the name fits several bureaus the error lists them.
 */
final class LatestPlans {
  // Longest first: "教育体育局" must not be read as "…体育局" after cutting "教育局".
  private static final List<String> BUREAUS =
      List.of("教育委员会", "教育体育局", "教育和体育局", "教育局", "教体局", "教育厅", "教育部", "教委");

  private LatestPlans() {}

  /** The two plans, older first: the newest plan and the newest before it of the same kind (else of any kind). */
  static List<Plan> pick(Stream<Plan> plans, String bureau) {
    return newestTwo(issuerPlans(plans, bureau), bureau);
  }

  /**
   * The bureau's plans of its newest plan's kind and period, one a year (the latest published), oldest first, the
   * newest {@link PlanChain#MAX_PLANS} of them: the plans a chain compares.
   */
  static List<Plan> chain(Stream<Plan> plans, String bureau) {
    List<Plan> all = issuerPlans(plans, bureau).stream().filter(p -> p.year() != null).toList();
    if (all.isEmpty()) throw new CompareException("no plan of '" + bureau + "' has a year to order a chain by");
    Plan newest = all.stream().max(Comparator.comparing(Plan::year)).orElseThrow();
    Map<Integer, Plan> byYear = new java.util.TreeMap<>();
    for (Plan p : all) {
      if (!same(p.kind(), newest.kind()) || !same(periodKind(p), periodKind(newest))) continue;
      byYear.merge(p.year(), p, (x, y) -> (x.published() == null ? "" : x.published())
          .compareTo(y.published() == null ? "" : y.published()) >= 0 ? x : y);
    }
    List<Plan> chain = new ArrayList<>(byYear.values());
    return chain.subList(Math.max(0, chain.size() - PlanChain.MAX_PLANS), chain.size());
  }

  /** The plans of the one bureau the name fits; an error listing them when it fits several, or none. */
  private static List<Plan> issuerPlans(Stream<Plan> plans, String bureau) {
    String query = Fold.toSimplified(bureau).replaceAll("\\s+", "");
    if (query.isEmpty()) throw new CompareException("name a bureau or region for --latest, e.g. 西湖区教育局");
    String bureauName = BUREAUS.stream().filter(query::endsWith).findFirst().orElse(null);
    String region = bureauName == null ? query : query.substring(0, query.length() - bureauName.length());
    // A plan whose place is unknown cannot be named, so it is never a choice ("教育局" alone is every bureau); the
    // ministry, national and placeless, is named by its body.
    Map<String, List<Plan>> byIssuer = plans
        .filter(p -> (hasPlace(p.region()) ? matchesRegion(p.region(), region) : isMinistry(p, region))
            && matchesBureau(p.bureau(), bureauName))
        .collect(Collectors.groupingBy(LatestPlans::issuer, LinkedHashMap::new, Collectors.toList()));
    if (byIssuer.isEmpty()) {
      throw new CompareException("no plans of a bureau matching '" + bureau + "'; search for the bureau's plans"
          + " and use two plan ids, or name it as in 西湖区教育局 or 杭州市西湖区");
    }
    if (byIssuer.size() > 1) {
      throw new CompareException("'" + bureau + "' matches several bureaus: "
          + String.join(", ", byIssuer.keySet().stream().limit(6).toList()) + "; name one of them in full");
    }
    return byIssuer.values().iterator().next();
  }

  private static List<Plan> newestTwo(List<Plan> plans, String bureau) {
    List<Plan> sorted = new ArrayList<>(plans);
    sorted.sort(Comparator.comparing((Plan p) -> p.year() == null ? Integer.MIN_VALUE : p.year())
        .thenComparing(p -> p.published() == null ? "" : p.published()).reversed());
    if (sorted.size() < 2) {
      throw new CompareException("only one plan of " + issuer(sorted.get(0)) + " ('" + bureau + "'): "
          + sorted.get(0).id() + "; import another year's plan to compare");
    }
    Plan newest = sorted.get(0);
    Plan previous = sorted.stream().skip(1).filter(p -> same(p.kind(), newest.kind())).findFirst()
        .orElse(sorted.get(1));
    return List.of(previous, newest);
  }

  private static String periodKind(Plan p) {
    return p.period() == null ? null : p.period().kind();
  }

  private static boolean same(String a, String b) {
    return a == null ? b == null : a.equals(b);
  }

  /** The ministry has no place: it is named by its body alone (教育部). */
  private static boolean isMinistry(Plan p, String regionQuery) {
    return regionQuery.isEmpty() && p.level() == io.planscope.plan.Level.NATIONAL && p.bureau() != null;
  }

  private static boolean hasPlace(Region r) {
    return r != null && !r.names().isEmpty();
  }

  private static boolean matchesRegion(Region r, String query) {
    if (query.isEmpty()) return true;
    List<String> names = r.names();
    String specific = Fold.toSimplified(names.get(names.size() - 1));
    String full = Fold.toSimplified(String.join("", names));
    return specific.equals(query) || full.endsWith(query) || (query.length() >= 2 && specific.startsWith(query));
  }

  private static boolean matchesBureau(String bureau, String query) {
    return query == null || (bureau != null && Fold.toSimplified(bureau).equals(query));
  }

  /** The issuer's full name, e.g. 浙江省杭州市西湖区教育局. */
  static String issuer(Plan p) {
    String region = p.region() == null ? "" : String.join("", p.region().names());
    return region + (p.bureau() == null ? "" : p.bureau());
  }
}
