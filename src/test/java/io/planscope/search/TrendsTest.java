package io.planscope.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.planscope.index.ExactText;
import io.planscope.index.PlanIndex;
import io.planscope.plan.Plan;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/**
 * Trends count plans, not measures, per year or province, against the plans there are; checked against a count made
 * directly from the parsed plans, and the denominators (kept per reader) follow the index when it changes.
 */
class TrendsTest {
  private static final String PHRASE = "课后服务";

  @Test
  void countsMatchTheParsedPlansByYearAndByProvince() throws IOException {
    Corpus corpus = Corpus.load();
    Trends trends = new Trends(new Searcher(corpus.index));
    List<Plan> plans = List.copyOf(corpus.plans.values());
    check(trends.trend("\"" + PHRASE + "\"", Map.of(), "year"), plans,
        p -> p.year() == null ? Trends.UNKNOWN : p.year().toString());
    check(trends.trend("\"" + PHRASE + "\"", Map.of(), "province"), plans,
        p -> p.region().province() == null ? Trends.UNKNOWN : p.region().province());
    // asked again (the denominators now come from the reader's memo): the same answer
    check(trends.trend("\"" + PHRASE + "\"", Map.of(), "year"), plans,
        p -> p.year() == null ? Trends.UNKNOWN : p.year().toString());
  }

  @Test
  void denominatorsFollowTheIndexWhenPlansAreAdded() throws IOException {
    List<Plan> all = List.copyOf(Corpus.load().plans.values());
    try (PlanIndex index = PlanIndex.inMemory()) {
      Trends trends = new Trends(new Searcher(index));
      List<Plan> first = all.subList(0, all.size() / 2);
      for (Plan p : first) index.add(p, List.of("test"), null);
      index.refresh();
      Function<Plan, String> year = p -> p.year() == null ? Trends.UNKNOWN : p.year().toString();
      check(trends.trend("\"" + PHRASE + "\"", Map.of(), "year"), first, year);
      for (Plan p : all.subList(all.size() / 2, all.size())) index.add(p, List.of("test"), null);
      index.refresh();
      Trends.Result after = trends.trend("\"" + PHRASE + "\"", Map.of(), "year");
      assertEquals(all.size(), after.total(), "every plan counted after the second batch");
      check(after, all, year);
    }
  }

  private static void check(Trends.Result r, List<Plan> plans, Function<Plan, String> key) {
    Map<String, long[]> expected = new TreeMap<>(); // key → {matching plans, all plans}
    String needle = ExactText.normalize(PHRASE);
    for (Plan p : plans) {
      if (p.measures().isEmpty()) continue;
      long[] counts = expected.computeIfAbsent(key.apply(p), k -> new long[2]);
      counts[1]++;
      List<List<String>> wordings = ExactWordings.of(p);
      for (int i = 0; i < wordings.size(); i++) {
        if (ExactWordings.matches(wordings, i, needle)) {
          counts[0]++;
          break;
        }
      }
    }
    Map<String, long[]> actual = new TreeMap<>();
    for (Trends.Row row : r.rows()) actual.put(row.key(), new long[] {row.plans(), row.total()});
    assertEquals(expected.keySet(), actual.keySet());
    expected.forEach((k, v) -> assertEquals(List.of(v[0], v[1]), List.of(actual.get(k)[0], actual.get(k)[1]), k));
    long matching = expected.values().stream().mapToLong(v -> v[0]).sum();
    assertTrue(matching >= 5, "the phrase should be in several plans, is in " + matching);
    assertEquals(matching, r.plans());
  }
}
