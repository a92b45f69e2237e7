package io.planscope.search;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.planscope.index.ExactText;
import io.planscope.plan.Measure;
import io.planscope.plan.Plan;
import java.util.List;
import java.util.Map;
import java.util.function.BiPredicate;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Facet counts equal the totals of the filtered searches and a brute-force count over the parsed plans. */
class FacetCountsTest {
  static Corpus corpus;
  static Searcher searcher;

  @BeforeAll
  static void load() throws Exception {
    corpus = Corpus.load();
    searcher = new Searcher(corpus.index);
  }

  /** Brute force: measures whose normalized text contains the phrase and that pass the test. */
  static long count(String phrase, BiPredicate<Plan, Measure> test) {
    String p = ExactText.normalize(phrase);
    long n = 0;
    for (Plan plan : corpus.plans.values()) {
      for (Measure m : plan.measures()) {
        if (ExactText.normalize(m.text()).contains(p) && test.test(plan, m)) n++;
      }
    }
    return n;
  }

  @ParameterizedTest
  @ValueSource(strings = {"教育", "学校", "安全", "质量", "课后服务"})
  void sectionAndLevelCountsAddUp(String phrase) {
    String q = "\"" + phrase + "\"";
    SearchResult all = searcher.search(SearchRequest.of(q).withPage(1, 1));
    assertEquals(count(phrase, (p, m) -> true), all.total());
    for (FacetValue v : all.facets().get("sectionType")) {
      long filtered = searcher.search(SearchRequest.of(q).withFilters(Map.of("section", List.of(v.value()))).withPage(1, 1)).total();
      assertEquals(v.count(), filtered, v.value());
      assertEquals(v.count(), count(phrase, (p, m) -> m.sectionType().id().equals(v.value())), v.value());
    }
    for (FacetValue v : all.facets().get("year")) {
      long brute = count(phrase, (p, m) -> String.valueOf(p.year() == null ? "unknown" : p.year()).equals(v.value()));
      assertEquals(brute, v.count(), "year " + v.value());
      if (!v.value().equals("unknown")) {
        long filtered = searcher.search(SearchRequest.of(q + " year:" + v.value()).withPage(1, 1)).total();
        assertEquals(v.count(), filtered, "year " + v.value());
      }
    }
    for (FacetValue v : all.facets().get("region")) {
      long brute = count(phrase, (p, m) -> p.region() != null && v.value().equals(p.region().province()));
      if (!v.value().equals("unknown")) assertEquals(brute, v.count(), "province " + v.value());
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"教育", "安全"})
  void selectingAValueKeepsSidewaysCountsOfItsOwnDimension(String phrase) {
    String q = "\"" + phrase + "\"";
    SearchResult all = searcher.search(SearchRequest.of(q).withPage(1, 1));
    List<FacetValue> sections = all.facets().get("sectionType");
    String first = sections.get(0).value();
    SearchResult one = searcher.search(SearchRequest.of(q).withFilters(Map.of("section", List.of(first))).withPage(1, 1));
    assertEquals(sections, one.facets().get("sectionType"));
    if (sections.size() > 1) {
      String second = sections.get(1).value();
      SearchResult two = searcher.search(
          SearchRequest.of(q).withFilters(Map.of("section", List.of(first, second))).withPage(1, 1));
      assertEquals(sections.get(0).count() + sections.get(1).count(), two.total());
    }
  }
}
