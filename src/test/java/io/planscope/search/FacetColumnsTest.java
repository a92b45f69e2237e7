package io.planscope.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.planscope.index.PlanIndex;
import io.planscope.plan.Plan;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.SortedSetDocValues;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Facets counted from the heap columns equal those counted from the doc values, on an index of several segments
 * with deleted documents (plans indexed again), for measures and for plans, with and without filters.
 */
class FacetColumnsTest {
  static PlanIndex index;
  static Searcher searcher;
  static String field;

  @BeforeAll
  static void load() throws IOException {
    index = Corpus.inSegments(3);
    List<Plan> plans = List.copyOf(Corpus.load().plans.values());
    for (int i = 0; i < plans.size(); i += 5) index.add(plans.get(i), List.of("again"), null); // old docs deleted
    index.commit();
    index.refresh();
    searcher = new Searcher(index);
    field = index.withSearcher(s -> FacetLabels.of(index.cached(s).facetState()).getField());
  }

  @AfterAll
  static void close() throws IOException {
    FacetColumns.enabled = true;
    index.close();
  }

  /** Builds every segment's columns now (a search would build them in the background). */
  private static void buildAll() throws IOException {
    index.withSearcher(s -> {
      for (LeafReaderContext leaf : s.getIndexReader().leaves()) {
        FacetColumns.of(leaf.reader(), field);
        assertNotNull(FacetColumns.ifReady(leaf.reader(), field));
      }
      return null;
    });
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', nullValues = "-", value = {
      "\"教育\"|-|-|measure", "学校 安全|-|-|measure", "-|-|-|measure", "\"课后服务\"|region|浙江|measure",
      "师德师风|section|tasks|measure", "\"质量\"|year|2015..2024|measure", "-|level|county|measure",
      "\"教育\"|-|-|plan", "学校 安全|region|浙江|plan"})
  void columnsCountWhatTheDocValuesCount(String q, String filter, String value, String unit) throws IOException {
    Map<String, List<String>> filters = filter == null ? Map.of() : Map.of(filter, List.of(value));
    SearchRequest request = new SearchRequest(q == null ? "" : q, filters, SearchRequest.Unit.of(unit),
        SearchRequest.Order.RELEVANCE, 1, 5);
    FacetColumns.enabled = false;
    SearchResult docValues = searcher.search(request);
    FacetColumns.enabled = true;
    buildAll();
    SearchResult columns = searcher.search(request);
    assertTrue(docValues.total() > 0, "the query should hit something");
    assertEquals(docValues.facets(), columns.facets());
    assertEquals(docValues.total(), columns.total());
    assertEquals(docValues.plans(), columns.plans());
  }

  @Test
  void aPlansOwnValuesAreKeptOncePerRun() throws IOException {
    buildAll();
    long[] ords = new long[2];
    index.withSearcher(s -> {
      for (LeafReaderContext leaf : s.getIndexReader().leaves()) {
        SortedSetDocValues values = DocValues.getSortedSet(leaf.reader(), field);
        for (int doc = 0; doc < leaf.reader().maxDoc(); doc++) {
          if (values.advanceExact(doc)) ords[0] += values.docValueCount();
        }
        ords[1] += FacetColumns.of(leaf.reader(), field).ownOrdinals();
      }
      return null;
    });
    // region, year, level, kind, bureau, issuer and published are a plan's: a measure keeps section, topics, leads
    assertTrue(ords[1] * 3 < ords[0], "own ordinals " + ords[1] + " of " + ords[0]);
  }
}
