package io.planscope.bench;

import io.planscope.app.Workspace;
import io.planscope.compare.Comparisons;
import io.planscope.compare.Scope;
import io.planscope.search.Concordance;
import io.planscope.search.QueryCompiler;
import io.planscope.search.SearchRequest;
import io.planscope.search.Searcher;
import io.planscope.search.Trends;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.TopScoreDocCollectorManager;

/** The query half: runs each class of the {@link Workload} one query at a time (after a warm-up) and times it. */
final class QueryBench {
  private final Searcher searcher;
  private final io.planscope.index.PlanIndex index;
  private final Concordance concordance;
  private final Trends trends;
  private final Comparisons comparisons;

  QueryBench(Workspace ws) {
    this.index = ws.index();
    this.searcher = new Searcher(ws.index());
    this.concordance = new Concordance(searcher);
    this.trends = new Trends(searcher);
    this.comparisons = new Comparisons(ws.store(), ws.index());
  }

  /** Runs one query; returns a result size (so the work is not optimized away and can be sanity-checked). */
  long run(Workload.Query q) {
    return switch (q.kind()) {
      case "words", "phrase", "facets", "browse" -> searcher.search(SearchRequest.of(q.q()).withFilters(q.filters())).total();
      case "similar" -> comparisons.similar().similar(q.a(), Scope.OTHER_PLANS, 0.5, 10).similar().size();
      case "draft" -> comparisons.similar().similarToText(q.a(), new MatchAllDocsQuery(), 0.5, 10).similar().size();
      case "diff" -> comparisons.diffMeasures(q.a(), q.b(), false).ops().size();
      case "compare" -> comparisons.comparePlans(q.a(), q.b()).pairs().size();
      case "kwic" -> concordance.kwic(q.q(), Map.of(), 30, "left").occurrences();
      case "trend" -> trends.trend(q.q(), Map.of(), "year").plans();
      case WORDS_TOP -> wordsTop(q.q());
      default -> throw new IllegalArgumentException("unknown query class '" + q.kind() + "'");
    };
  }

  /**
   * Not a class of the workload but its trade-off: the words queries again, ranked top 20 only, with the hit count
   * exact up to 1,000 and no facets or plan count, so the ranking can skip what cannot compete. What an engine that
   * estimates its counts would pay; PlanScope keeps them exact (a researcher reads them as facts).
   */
  static final String WORDS_TOP = "words-top";

  private long wordsTop(String q) {
    try {
      return index.withSearcher(s -> s.search(QueryCompiler.compile(q, Map.of()).base(),
          new TopScoreDocCollectorManager(20, 1_000)).scoreDocs.length);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  /** One of the slowest queries of a class: what it asked, how long it took, and the size of its result. */
  record Slow(String q, Map<String, List<String>> filters, String a, String b, double ms, long results) {}

  /** Every class in order: latencies by class name; {@code slowest} gets each class's three slowest queries. */
  Map<String, Latency> measure(Workload workload, Map<String, List<Slow>> slowest) {
    Map<String, Latency> out = new LinkedHashMap<>();
    List<String> kinds = new ArrayList<>(Workload.KINDS);
    kinds.add(WORDS_TOP);
    for (String kind : kinds) {
      List<Workload.Query> qs = kind.equals(WORDS_TOP)
          ? workload.of("words").stream().map(q -> new Workload.Query(WORDS_TOP, q.q(), q.filters(), null, null))
              .toList()
          : workload.of(kind);
      long[] nanos = new long[qs.size()];
      long[] results = new long[qs.size()];
      for (int i = 0; i < qs.size(); i++) {
        long t0 = System.nanoTime();
        results[i] = run(qs.get(i));
        nanos[i] = System.nanoTime() - t0;
      }
      out.put(kind, Latency.of(kind, nanos));
      slowest.put(kind, java.util.stream.IntStream.range(0, qs.size()).boxed()
          .sorted(java.util.Comparator.comparingLong((Integer i) -> -nanos[i])).limit(3)
          .map(i -> new Slow(qs.get(i).q(), qs.get(i).filters(), qs.get(i).a(), qs.get(i).b(), nanos[i] / 1e6,
              results[i]))
          .toList());
    }
    return out;
  }

  /** Warm-up: every query once, unmeasured. */
  void warm(Workload workload) {
    new ArrayList<>(workload.queries()).forEach(this::run);
    Searcher.awaitFacetColumns(); // built in the background on the first searches; a server has them within seconds
  }

  /**
   * Every measure matching a quoted phrase, for the peer's exactness check: the same exact-wording query the search
   * runs, collected in full from the index (the search API pages only to its depth limit).
   */
  List<String> phraseIds(String quoted) {
    String phrase = quoted.replace("\"", "");
    try {
      return index.withSearcher(s -> {
        List<String> ids = new ArrayList<>();
        org.apache.lucene.index.StoredFields stored = s.storedFields();
        java.util.Set<String> field = java.util.Set.of(io.planscope.index.Fields.MEASURE_ID);
        for (org.apache.lucene.search.ScoreDoc d : s.search(io.planscope.search.QueryCompiler.exact(phrase),
            Math.max(1, s.getIndexReader().maxDoc())).scoreDocs) {
          org.apache.lucene.document.DocumentStoredFieldVisitor v =
              new org.apache.lucene.document.DocumentStoredFieldVisitor(field);
          stored.document(d.doc, v);
          ids.add(v.getDocument().get(io.planscope.index.Fields.MEASURE_ID));
        }
        return ids;
      });
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
