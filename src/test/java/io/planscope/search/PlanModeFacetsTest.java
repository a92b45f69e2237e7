package io.planscope.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.planscope.index.Dimension;
import io.planscope.plan.Plan;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Listing plans, the facets count plans: 「找到 5 份计划」 beside 浙江省 5, not the 7 measures in them. Each count is
 * checked against the parsed plans themselves, and a tree node's count is explained by its children (what no child
 * holds is an "unknown" child, 其他/未定).
 */
class PlanModeFacetsTest {
  static Corpus corpus;
  static Searcher searcher;

  @BeforeAll
  static void load() throws Exception {
    corpus = Corpus.load();
    searcher = new Searcher(corpus.index);
  }

  private static SearchResult plans(String q) {
    return searcher.search(new SearchRequest(q, Map.of(), SearchRequest.Unit.PLAN, SearchRequest.Order.RELEVANCE, 1,
        1));
  }

  /** Plans whose measures match the phrase (brute force, on the plans' wordings) and are in the province. */
  private static long plansIn(String phrase, String province) {
    String p = io.planscope.index.ExactText.normalize(phrase);
    long n = 0;
    for (Plan plan : corpus.plans.values()) {
      String own = plan.region() == null || plan.region().province() == null ? Dimension.UNKNOWN
          : plan.region().province();
      if (!own.equals(province)) continue;
      List<List<String>> wordings = ExactWordings.of(plan);
      for (int i = 0; i < wordings.size(); i++) {
        if (ExactWordings.matches(wordings, i, p)) {
          n++;
          break;
        }
      }
    }
    return n;
  }

  @ParameterizedTest
  @ValueSource(strings = {"课后服务", "教育", "安全"})
  void provinceCountsArePlansAndAddUpToThePlansFound(String phrase) {
    SearchResult r = plans("\"" + phrase + "\"");
    long sum = 0;
    for (FacetValue v : r.facets().get("region")) {
      assertEquals(plansIn(phrase, v.value()), v.count(), v.value());
      sum += v.count();
    }
    assertEquals(r.plans(), sum, "every plan is in one province (or unknown)");
    SearchResult measures = searcher.search(SearchRequest.of("\"" + phrase + "\"").withPage(1, 1));
    assertTrue(measures.total() > r.plans(), "measures outnumber plans, so the two modes differ");
  }

  @Test
  void aTreeNodesCountIsExplainedByItsChildren() {
    for (String unit : List.of("measure", "plan")) {
      SearchResult r = searcher.search(new SearchRequest("", Map.of(), SearchRequest.Unit.of(unit),
          SearchRequest.Order.RELEVANCE, 1, 1));
      for (FacetValue province : r.facets().get("region")) check(province, unit);
    }
  }

  private static void check(FacetValue node, String unit) {
    if (node.children().isEmpty()) return;
    long sum = node.children().stream().mapToLong(FacetValue::count).sum();
    assertEquals(node.count(), sum, unit + ": " + node.value() + " = its children " + node.children());
    for (FacetValue c : node.children()) {
      if (c.value().equals(Dimension.UNKNOWN)) assertEquals("其他/未定", c.label());
      check(c, unit);
    }
  }
}
