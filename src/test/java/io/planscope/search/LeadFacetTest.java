package io.planscope.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.planscope.index.PlanIndex;
import io.planscope.ingest.Ingestor;
import io.planscope.source.SourceDocument;
import io.planscope.plan.Plan;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The lead facet and filter over plans parsed by the real ingestion from two fixtures written for the tests: a page
 * with a task table (src/test/resources/ingest/task-table-county.html) and a text plan with inline labels
 * (inline-duties.txt), plus the search test plans.
 */
class LeadFacetTest {
  private static final Path DIR = Path.of(System.getProperty("planscope.home", ".")).resolve("src/test/resources/ingest");
  static Searcher searcher;

  @BeforeAll
  static void index() throws Exception {
    PlanIndex index = PlanIndex.inMemory();
    Ingestor ingestor = new Ingestor();
    for (String name : List.of("task-table-county.html", "inline-duties.txt")) {
      byte[] bytes = Files.readAllBytes(DIR.resolve(name));
      for (Plan p : ingestor.parse(new SourceDocument(bytes, name, name, null, Instant.EPOCH)).plans()) {
        index.add(p, List.of(name), null);
      }
    }
    for (Plan p : TestPlans.all()) index.add(p, List.of(p.source()), null);
    index.refresh();
    searcher = new Searcher(index);
  }

  private static long count(SearchResult r, String lead) {
    return r.facets().get("lead").stream().filter(v -> v.value().equals(lead)).mapToLong(FacetValue::count).sum();
  }

  @Test
  void countsEachLeadUnitAsWritten() {
    SearchResult all = searcher.search(SearchRequest.of("").withPage(1, 1));
    assertEquals(2, count(all, "规划建设股"), all.facets().get("lead").toString());
    assertEquals(1, count(all, "组织股"));
    assertEquals(1, count(all, "市教育局机关党委"));
    assertEquals(1, count(all, "区教育局人事科"));
    assertEquals(2, count(all, "基教科") + count(all, "计财科"));
  }

  @Test
  void filtersByLeadInTheQueryAndAsAParameter() {
    assertEquals(2, searcher.search(SearchRequest.of("lead:规划建设股")).total());
    assertEquals(2, searcher.search(SearchRequest.of("").withFilters(Map.of("lead", List.of("规划建设股")))).total());
    assertEquals(3, searcher.search(SearchRequest.of("").withFilters(Map.of("lead", List.of("组织股,规划建设股"))))
        .total());
    assertEquals(1, searcher.search(SearchRequest.of("学位 lead:规划建设股")).total());
  }

  @Test
  void findsAnOfficeWithoutItsBureau() {
    SearchResult r = searcher.search(SearchRequest.of("lead:人事科"));
    assertEquals(1, r.total());
    assertEquals(List.of("区教育局人事科"), r.hits().get(0).lead());
    assertEquals(1, searcher.search(SearchRequest.of("lead:机关党委")).total());
  }

  @Test
  void hitsAndCsvCarryLeadPartnersAndDeadline() {
    Hit hit = searcher.search(SearchRequest.of("lead:组织股")).hits().get(0);
    assertEquals(List.of("各中小学"), hit.partners());
    assertEquals("2025年6月底前", hit.deadline());
    String csv = Csv.hits(List.of(hit));
    assertTrue(csv.contains(",lead,partners,deadline"), csv);
    assertTrue(csv.contains(",组织股,各中小学,2025年6月底前"), csv);
  }
}
