package io.planscope.bench;

import io.planscope.app.Workspace;
import io.planscope.compare.Comparisons;
import io.planscope.compare.Scope;
import io.planscope.search.Concordance;
import io.planscope.search.SearchRequest;
import io.planscope.search.Searcher;
import io.planscope.search.Trends;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

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
      case "diff" -> comparisons.diffMeasures(q.a(), q.b(), false).ops().size();
      case "compare" -> comparisons.comparePlans(q.a(), q.b()).pairs().size();
      case "kwic" -> concordance.kwic(q.q(), Map.of(), 30, "left").occurrences();
      case "trend" -> trends.trend(q.q(), Map.of(), "year").plans();
      default -> throw new IllegalArgumentException("unknown query class '" + q.kind() + "'");
    };
  }

  /** Every class in order: latencies by class name. */
  Map<String, Latency> measure(Workload workload) {
    Map<String, Latency> out = new LinkedHashMap<>();
    for (String kind : Workload.KINDS) {
      List<Workload.Query> qs = workload.of(kind);
      long[] nanos = new long[qs.size()];
      for (int i = 0; i < qs.size(); i++) {
        long t0 = System.nanoTime();
        run(qs.get(i));
        nanos[i] = System.nanoTime() - t0;
      }
      out.put(kind, Latency.of(kind, nanos));
    }
    return out;
  }

  /** Warm-up: every query once, unmeasured. */
  void warm(Workload workload) {
    new ArrayList<>(workload.queries()).forEach(this::run);
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
