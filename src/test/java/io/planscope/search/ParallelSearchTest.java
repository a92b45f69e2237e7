package io.planscope.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.planscope.index.PlanIndex;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A search split over the cores (segments searched in parallel, facet counts in two halves) returns exactly what
 * one thread returns: hits, scores, order, totals, plan counts, facets, concordance and trend. The thresholds that
 * keep small indexes on one thread are lowered to zero here, on an index of several segments.
 */
class ParallelSearchTest {
  static PlanIndex index;
  static Searcher searcher;

  @BeforeAll
  static void load() throws IOException {
    index = Corpus.inSegments(4);
    searcher = new Searcher(index);
    int leaves = index.withSearcher(s -> s.getIndexReader().leaves().size());
    assertTrue(leaves >= 2, "the index should have several segments, has " + leaves);
  }

  @AfterAll
  static void close() throws IOException {
    index.close();
  }

  /** The same work on one thread and split, with the thresholds restored afterwards. */
  static <T> void assertSame(Supplier<T> work) {
    int minDocs = SearchThreads.minDocs;
    int splitHits = ParallelFacets.splitHits;
    try {
      SearchThreads.minDocs = Integer.MAX_VALUE;
      ParallelFacets.splitHits = Integer.MAX_VALUE;
      T alone = work.get();
      SearchThreads.minDocs = 0;
      ParallelFacets.splitHits = 0;
      assertEquals(alone, work.get());
    } finally {
      SearchThreads.minDocs = minDocs;
      ParallelFacets.splitHits = splitHits;
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"\"教育\"", "学校 安全", "课后服务", "\"质量\" -安全", ""})
  void searchesAreTheSameSplitOrNot(String q) {
    for (SearchRequest.Unit unit : SearchRequest.Unit.values()) {
      for (SearchRequest.Order order : SearchRequest.Order.values()) {
        assertSame(() -> searcher.search(new SearchRequest(q, Map.of(), unit, order, 1, 20)));
        assertSame(() -> searcher.search(new SearchRequest(q, Map.of("region", List.of("浙江"), "section",
            List.of("tasks", "goals")), unit, order, 2, 5)));
        assertSame(() -> searcher.search(new SearchRequest(q, Map.of("year", List.of("2015..2024")), unit, order, 1,
            50)));
      }
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"\"教育\"", "\"学校\"", "\"课后服务\""})
  void concordanceAndTrendAreTheSameSplitOrNot(String q) {
    assertSame(() -> new Concordance(searcher).kwic(q, Map.of(), 20, "left"));
    assertSame(() -> new Trends(searcher).trend(q, Map.of(), "year"));
    assertSame(() -> new Trends(searcher).trend(q, Map.of(), "province"));
  }
}
