package io.planscope.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.planscope.index.PlanIndex;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class SearcherTest {
  static PlanIndex index;
  static Searcher searcher;

  @BeforeAll
  static void build() throws Exception {
    index = TestPlans.index();
    searcher = new Searcher(index);
  }

  @AfterAll
  static void close() throws Exception {
    index.close();
  }

  static Set<String> ids(String q) {
    return ids(SearchRequest.of(q));
  }

  static Set<String> ids(SearchRequest r) {
    return searcher.search(r.withPage(1, 200)).hits().stream().map(Hit::measureId).collect(Collectors.toSet());
  }

  @Test
  void statsCountPlansAndMeasures() {
    assertEquals(new PlanIndex.Stats(4, 11), index.stats());
  }

  @Test
  void plainWordFindsMeasuresAndSnippetMarksIt() {
    SearchResult r = searcher.search(SearchRequest.of("毛入园率"));
    assertEquals(Set.of("p000000000001-m1", "p000000000003-m1", "p000000000004-m1"), ids("毛入园率"));
    assertEquals(3, r.total());
    assertEquals(3, r.plans());
    Hit trad = r.hits().stream().filter(h -> h.planId().endsWith("4")).findFirst().orElseThrow();
    assertTrue(trad.snippet().contains("<mark>毛入園率</mark>"), trad.snippet());
  }

  @Test
  void quotedPhraseIgnoresPunctuationAndScript() {
    // "考核机制，加大" and "服务机制,加强": the comma's width does not matter, nor does its presence
    assertEquals(Set.of("p000000000001-m2", "p000000000001-m3"), ids("\"机制,加\""));
    assertEquals(Set.of("p000000000001-m2", "p000000000001-m3"), ids("\"机制加\""));
    assertEquals(Set.of("p000000000001-m2", "p000000000004-m2"), ids("\"師德考核\""));
    assertEquals(Set.of("p000000000001-m2", "p000000000004-m2"), ids("\"师德考核\""));
  }

  @Test
  void sectionFilterAndExclusionAndOr() {
    assertEquals(Set.of("p000000000001-m1", "p000000000003-m1", "p000000000004-m1"), ids("section:goals 毛入园率"));
    assertEquals(Set.of("p000000000003-m1", "p000000000004-m1"), ids("section:goals 毛入园率 -西湖"));
    assertEquals(Set.of("p000000000002-m3", "p000000000003-m3"), ids("(校园安全 OR 名师) -双减"));
    assertEquals(Set.of("p000000000001-m1", "p000000000002-m1", "p000000000004-m1"),
        ids("section:goals (region:浙江 OR region:廣東)"));
  }

  @Test
  void filtersAsParamsAreOredWithinAFieldWithSidewaysCounts() {
    SearchRequest r = SearchRequest.of("").withFilters(Map.of("region", List.of("西湖区", "鼓楼"), "year", List.of("2023..2024")));
    SearchResult res = searcher.search(r.withPage(1, 100));
    assertEquals(6, res.total());
    assertEquals(2, res.plans());
    Map<String, Long> years = res.facets().get("year").stream().collect(Collectors.toMap(FacetValue::value, FacetValue::count));
    assertEquals(Map.of("2023", 3L, "2024", 3L), years);
    Map<String, Long> provinces = res.facets().get("region").stream().collect(Collectors.toMap(FacetValue::value, FacetValue::count));
    // region counts ignore the region filter (drill sideways) but keep the year filter
    assertEquals(Map.of("浙江省", 3L, "江苏省", 3L, "广东省", 2L), provinces);
  }

  @Test
  void regionPathPinsOneNodeOfTheTree() {
    SearchRequest r = SearchRequest.of("").withFilters(Map.of("region", List.of("浙江省/杭州市")));
    assertEquals(Set.of("p000000000001-m1", "p000000000001-m2", "p000000000001-m3"), ids(r));
    assertEquals(3, ids("region:浙江省/杭州市/西湖区").size());
  }

  @Test
  void unitPlanGroupsMeasures() {
    SearchResult r = searcher.search(SearchRequest.of("双减").withUnit(SearchRequest.Unit.PLAN));
    assertEquals(2, r.plans());
    assertEquals(2, r.groups().size());
  }

  @Test
  void badQueriesThrowWithColumn() {
    QueryException e = assertThrows(QueryException.class, () -> searcher.search(SearchRequest.of("毛入园率 colour:red")));
    assertTrue(e.getMessage().contains("unknown field 'colour'"), e.getMessage());
    assertEquals(6, e.column());
  }

  @Test
  void wordsAreRankedInOnePassWhilePhrasesAndBrowsingTakeTheSkippingPass() {
    // Which plan the search takes (the results are the same either way; the other tests check those).
    java.util.Map<String, java.util.List<String>> none = java.util.Map.of();
    assertTrue(Searcher.ranksWords(QueryCompiler.compile("课后服务 质量", none).base()));
    assertTrue(Searcher.ranksWords(QueryCompiler.compile("\"课后服务\" 质量", none).base()));
    assertFalse(Searcher.ranksWords(QueryCompiler.compile("\"课后服务\"", none).base()));
    assertFalse(Searcher.ranksWords(QueryCompiler.compile("\"课后服务\" -\"收费\"", none).base()));
    assertFalse(Searcher.ranksWords(QueryCompiler.compile("", java.util.Map.of("region", java.util.List.of("浙江"))).base()));
  }
}
