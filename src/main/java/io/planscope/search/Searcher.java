package io.planscope.search;

import io.planscope.index.Fields;
import io.planscope.index.PlanIndex;
import io.planscope.index.ReaderCache;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.apache.lucene.facet.DrillDownQuery;
import org.apache.lucene.facet.DrillSideways;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.FieldDoc;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MultiCollectorManager;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopFieldCollectorManager;
import org.apache.lucene.search.TopScoreDocCollectorManager;
import org.apache.lucene.search.TotalHitCountCollectorManager;

/**
 * Runs searches over a {@link PlanIndex}: one pass computes the page of hits, the distinct plans and the facet counts
 * (drill-sideways, so a dimension's counts ignore its own filter and several values can be selected in it).
 */
public final class Searcher {
  private final PlanIndex index;

  public Searcher(PlanIndex index) {
    this.index = index;
  }

  public PlanIndex index() {
    return index;
  }

  /** Runs a search; throws {@link QueryException} for a bad query or parameter. */
  public SearchResult search(SearchRequest request) {
    CompiledQuery query = QueryCompiler.compile(request.q(), request.filters());
    try {
      return index.withSearcher(shared -> {
        IndexSearcher s = SearchThreads.of(shared);
        return run(s, s != shared, query, request);
      });
    } catch (IndexSearcher.TooManyClauses e) {
      throw QueryException.parameter("the query expands to too many terms; use fewer words or quote the wording");
    } catch (IOException e) {
      throw new UncheckedIOException("search failed reading the index", e);
    }
  }

  /**
   * Waits until the heap facet columns that searches so far asked for are built ({@code FacetColumns}); until they
   * are, counts come from the doc values. For benchmarks, which measure the steady state.
   */
  public static void awaitFacetColumns() {
    FacetColumns.awaitBuilt();
  }

  /** Facet counts of everything (or of what the filters select), without a query. */
  public Map<String, List<FacetValue>> facets(Map<String, List<String>> filters) {
    return search(new SearchRequest("", filters, SearchRequest.Unit.MEASURE, SearchRequest.Order.RELEVANCE, 1, 1))
        .facets();
  }

  /** The drill-down query for a compiled query: base query plus one drill-down per filtered dimension. */
  DrillDownQuery drillDown(CompiledQuery query) {
    DrillDownQuery ddq = new DrillDownQuery(index.facetsConfig(), query.base());
    query.drillDowns().forEach(ddq::add);
    return ddq;
  }

  private SearchResult run(IndexSearcher s, boolean parallel, CompiledQuery query, SearchRequest r)
      throws IOException {
    boolean byPlan = r.unit() == SearchRequest.Unit.PLAN;
    int want = byPlan ? 1 : r.page() * r.size();
    // Listing plans needs every hit's score (each plan's best measures), and so does ranking words: block-max
    // skipping over the words' field disjunctions was up to 3x slower than scoring every hit ("上级 工作"). Those run
    // one pass that scores and counts everything. Exact phrases and browsing count every hit unscored (total, plans,
    // facets), then take the page in a second pass that skips what cannot reach it (7x faster for a common phrase).
    boolean twoPass = !byPlan && !ranksWords(query.base());
    CollectorManager<?, ?> plansOf = byPlan ? new PlanGroups(true) : new PlanCount();
    MultiCollectorManager both = twoPass
        ? new MultiCollectorManager(new TotalHitCountCollectorManager(s.getSlices()), plansOf)
        : new MultiCollectorManager(topManager(r.order(), want, Integer.MAX_VALUE), plansOf);
    DrillDownQuery ddq = drillDown(query);
    ReaderCache cache = index.cached(s);
    SortedSetDocValuesReaderState state = FacetLabels.of(cache.facetState());
    Object[] collected;
    OrdinalFacets facets = null;
    if (state == null) {
      collected = s.search(ddq, both);
    } else {
      DrillSideways sideways = ParallelFacets.drillSideways(
          s, index.facetsConfig(), state, parallel ? SearchThreads.pool() : null, byPlan);
      DrillSideways.ConcurrentDrillSidewaysResult<Object[]> res = sideways.search(ddq, both);
      collected = res.collectorResult;
      facets = (OrdinalFacets) res.facets;
    }
    @SuppressWarnings("unchecked")
    Map<Long, PlanGroups.Group> groups = byPlan ? (Map<Long, PlanGroups.Group>) collected[1] : Map.of();
    long plans = byPlan ? groups.size() : (Long) collected[1];
    TopDocs topDocs = twoPass ? s.search(ddq, topManager(r.order(), want, want)) : (TopDocs) collected[0];
    long total = twoPass ? (Integer) collected[0] : topDocs.totalHits.value();
    StoredFields stored = s.storedFields();
    List<Hit> hits = new ArrayList<>();
    List<PlanGroup> planGroups = new ArrayList<>();
    if (byPlan) {
      planPage(stored, groups, r, query.highlight(), hits, planGroups);
    } else {
      ScoreDoc[] docs = topDocs.scoreDocs;
      for (int i = (r.page() - 1) * r.size(); i < docs.length; i++) {
        hits.add(Hits.of(stored, docs[i].doc, score(docs[i]), query.highlight()));
      }
    }
    return new SearchResult(
        total, plans, r.page(), r.size(), r.unit().id(), r.order().id(),
        SearchResult.summary(total, plans), hits, planGroups, FacetTree.of(facets));
  }

  private static void planPage(
      StoredFields stored, Map<Long, PlanGroups.Group> groups, SearchRequest r, CompiledQuery.Highlight h,
      List<Hit> hits, List<PlanGroup> out) throws IOException {
    List<PlanGroups.Group> ordered = new ArrayList<>(groups.values());
    ordered.sort(planOrder(r.order()));
    int from = (r.page() - 1) * r.size();
    for (int i = from; i < Math.min(ordered.size(), from + r.size()); i++) {
      PlanGroups.Group g = ordered.get(i);
      List<Hit> best = new ArrayList<>();
      for (int k = 0; k < g.kept; k++) best.add(Hits.of(stored, g.docs[k], g.scores[k], h));
      Hit first = best.get(0);
      out.add(new PlanGroup(first.planId(), first.title(), first.region(), first.year(), first.level(), first.kind(),
          first.bureau(), g.best(), g.matches, best));
      hits.addAll(best);
    }
  }

  /** Plans by best score, or by year (plans without a year last either way), ties by score then key. */
  private static Comparator<PlanGroups.Group> planOrder(SearchRequest.Order order) {
    Comparator<PlanGroups.Group> byScore =
        Comparator.comparingDouble((PlanGroups.Group g) -> -g.best()).thenComparingLong(g -> g.key);
    return switch (order) {
      case RELEVANCE -> byScore;
      case YEAR_DESC -> Comparator.comparingInt((PlanGroups.Group g) -> g.year == Integer.MIN_VALUE ? 1 : 0)
          .thenComparingInt(g -> -g.year).thenComparing(byScore);
      case YEAR_ASC -> Comparator.comparingInt((PlanGroups.Group g) -> g.year == Integer.MIN_VALUE ? 1 : 0)
          .thenComparingInt(g -> g.year).thenComparing(byScore);
      case PUBLISHED_DESC -> Comparator.comparingInt((PlanGroups.Group g) -> g.published == Integer.MIN_VALUE ? 1 : 0)
          .thenComparingInt(g -> -g.published).thenComparing(byScore);
      case PUBLISHED_ASC -> Comparator.comparingInt((PlanGroups.Group g) -> g.published == Integer.MIN_VALUE ? 1 : 0)
          .thenComparingInt(g -> g.published).thenComparing(byScore);
    };
  }

  /** Whether the query ranks plain words (a field disjunction per word), as opposed to exact phrases or nothing. */
  static boolean ranksWords(Query query) {
    boolean[] words = {false};
    query.visit(new QueryVisitor() {
      @Override
      public QueryVisitor getSubVisitor(BooleanClause.Occur occur, Query parent) {
        if (parent instanceof DisjunctionMaxQuery) words[0] = true;
        return this;
      }
    });
    return words[0];
  }

  /** The top {@code want} hits; past {@code exactUpTo} hits, documents that cannot compete are skipped unscored. */
  private static CollectorManager<?, ? extends TopDocs> topManager(SearchRequest.Order order, int want, int exactUpTo) {
    return order == SearchRequest.Order.RELEVANCE
        ? new TopScoreDocCollectorManager(want, null, exactUpTo)
        : new TopFieldCollectorManager(yearSort(order), want, null, exactUpTo);
  }

  private static Sort yearSort(SearchRequest.Order order) {
    boolean desc = order == SearchRequest.Order.YEAR_DESC || order == SearchRequest.Order.PUBLISHED_DESC;
    boolean byDate = order == SearchRequest.Order.PUBLISHED_DESC || order == SearchRequest.Order.PUBLISHED_ASC;
    // INT, not LONG: the year's (and the day's) point field is 4 bytes, and the sort skips non-competitive docs.
    SortField year = new SortField(byDate ? Fields.PUBLISHED_DAY : Fields.YEAR, SortField.Type.INT, desc);
    year.setMissingValue(desc ? Integer.MIN_VALUE : Integer.MAX_VALUE); // no year: last either way
    return new Sort(year, SortField.FIELD_SCORE);
  }

  private static Float score(ScoreDoc d) {
    if (d instanceof FieldDoc fd && Float.isNaN(d.score)) {
      for (Object f : fd.fields) if (f instanceof Float score) return score;
    }
    return Float.isNaN(d.score) ? null : d.score;
  }
}
