package io.planscope.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.planscope.index.ExactText;
import io.planscope.index.Dimension;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import io.planscope.plan.Measure;
import io.planscope.plan.Plan;
import java.util.List;
import java.util.Map;
import java.util.function.BiPredicate;
import org.apache.lucene.facet.DrillSideways;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.Facets;
import org.apache.lucene.facet.LabelAndValue;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.search.TotalHitCountCollectorManager;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Facet counts equal the totals of the filtered searches and a brute-force count over the parsed plans; and the
 * facets a search returns (counted per ordinal by {@link ParallelFacets}, read by {@link OrdinalFacets}) equal the
 * ones Lucene's own drill sideways and {@code SortedSetDocValuesFacetCounts.getTopChildren} give: same values, counts
 * and order in every dimension, the region tree three levels deep, with and without filters. Listing plans, they
 * count plans.
 */
class FacetCountsTest {
  static Corpus corpus;
  static Searcher searcher;

  @BeforeAll
  static void load() throws Exception {
    corpus = Corpus.load();
    searcher = new Searcher(corpus.index);
  }

  /** Brute force: measures whose wording (text, headings it opens, title) contains the phrase and pass the test. */
  static long count(String phrase, BiPredicate<Plan, Measure> test) {
    String p = ExactText.normalize(phrase);
    long n = 0;
    for (Plan plan : corpus.plans.values()) {
      List<List<String>> wordings = ExactWordings.of(plan);
      for (int i = 0; i < wordings.size(); i++) {
        Measure m = plan.passages().get(i);
        if (ExactWordings.matches(wordings, i, p) && test.test(plan, m)) n++;
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

  @ParameterizedTest
  @CsvSource(delimiter = '|', nullValues = "-", value = {
      "\"教育\"|-|-", "学校 安全|-|-", "-|-|-", "\"课后服务\"|region|浙江", "师德师风|section|tasks",
      "\"质量\"|year|2015..2024", "-|level|county", "\"安全\" -学校|topic|校园安全"})
  void facetsEqualLuceneCounts(String q, String filter, String value) throws IOException {
    Map<String, List<String>> filters = filter == null ? Map.of() : Map.of(filter, List.of(value));
    SearchResult ours = searcher.search(SearchRequest.of(q == null ? "" : q).withFilters(filters).withPage(1, 1));
    Map<String, List<FacetValue>> lucene = luceneFacets(QueryCompiler.compile(q == null ? "" : q, filters));
    assertFalse(lucene.get(Dimension.REGION.facet()).isEmpty(), "the query should hit something");
    assertEquals(lucene, ours.facets());
  }

  /** The facet values as Lucene counts and orders them (what the search returned before counting per ordinal). */
  static Map<String, List<FacetValue>> luceneFacets(CompiledQuery query) throws IOException {
    return corpus.index.withSearcher(s -> {
      SortedSetDocValuesReaderState state = FacetLabels.of(corpus.index.cached(s).facetState());
      Facets facets = new DrillSideways(s, corpus.index.facetsConfig(), state)
          .search(searcher.drillDown(query), new TotalHitCountCollectorManager(s.getSlices())).facets;
      Map<String, List<FacetValue>> out = new LinkedHashMap<>();
      for (Dimension d : Dimension.values()) out.put(d.facet(), values(facets, d));
      return out;
    });
  }

  private static List<FacetValue> values(Facets facets, Dimension dim, String... path) throws IOException {
    FacetResult result;
    try {
      result = facets.getTopChildren(FacetTree.TOP, dim.facet(), path);
    } catch (IllegalArgumentException e) {
      return List.of();
    }
    List<FacetValue> values = new ArrayList<>();
    if (result == null) return values;
    for (LabelAndValue lv : result.labelValues) {
      List<FacetValue> children = List.of();
      if (dim == Dimension.REGION && path.length < 2) {
        String[] p = java.util.Arrays.copyOf(path, path.length + 1);
        p[path.length] = lv.label;
        children = new ArrayList<>(values(facets, dim, p));
        // What no child holds is shown as one more child (其他/未定), so a node is explained by its children.
        long held = children.stream().mapToLong(FacetValue::count).sum();
        if (!children.isEmpty() && held < lv.value.longValue()) {
          children.add(new FacetValue("unknown", "其他/未定", lv.value.longValue() - held, List.of()));
        }
      }
      values.add(new FacetValue(lv.label, dim.valueLabel(lv.label).zh(), lv.value.longValue(), children));
    }
    if (dim.shape() == Dimension.Facet.YEARS) {
      values.sort(java.util.Comparator.comparing((FacetValue v) -> v.value().equals("unknown"))
          .thenComparing(FacetValue::value, java.util.Comparator.reverseOrder()));
    }
    return values;
  }

  // Listing plans (unit=plan), the facets count plans: 「找到 5 份计划」 beside 浙江省 5, not the 7 measures in them;
  // and a tree node's count is explained by its children (what no child holds is an "unknown" child, 其他/未定).

  private static SearchResult plans(String q) {
    return searcher.search(new SearchRequest(q, Map.of(), SearchRequest.Unit.PLAN, SearchRequest.Order.RELEVANCE, 1,
        1));
  }

  /** Plans whose measures match the phrase (brute force, on the plans' wordings) and are in the province. */
  private static long plansIn(String phrase, String province) {
    String p = ExactText.normalize(phrase);
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
