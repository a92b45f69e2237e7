package io.planscope.search;

import io.planscope.index.Fields;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.lucene.facet.DrillDownQuery;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.search.Collector;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.LeafCollector;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.ScoreMode;

/**
 * Diffusion of wording: per year or per province, how many plans use the query, out of how many plans there are
 * (under the same filters), and the share. Counts are of plans, not measures: a plan that says it five times counts
 * once.
 */
public final class Trends {
  static final String UNKNOWN = "unknown";
  private final Searcher searcher;

  public Trends(Searcher searcher) {
    this.searcher = searcher;
  }

  /** One year or province. */
  public record Row(String key, long plans, long total, double share) {}

  /** The rows, and overall counts. */
  public record Result(String q, String by, long plans, long total, List<Row> rows) {
    public Result {
      rows = List.copyOf(rows);
    }
  }

  public Result trend(String q, Map<String, List<String>> filters, String by) {
    if (!by.equals("year") && !by.equals("province")) {
      throw QueryException.parameter("unknown by '" + by + "'; use year or province");
    }
    if (q == null || q.isBlank()) throw QueryException.parameter("trend needs a query, e.g. q=\"课后服务\"");
    CompiledQuery query = QueryCompiler.compile(q, filters);
    CompiledQuery all = new CompiledQuery(new MatchAllDocsQuery(), query.drillDowns(), query.highlight());
    try {
      return searcher.index().withSearcher(shared -> {
        IndexSearcher s = SearchThreads.of(shared);
        Map<String, Long> hits = count(s, searcher.drillDown(query), by);
        Map<String, Long> totals = count(s, searcher.drillDown(all), by);
        return result(q, by, hits, totals);
      });
    } catch (IOException e) {
      throw new UncheckedIOException("trend failed reading the index", e);
    }
  }

  private static Result result(String q, String by, Map<String, Long> hits, Map<String, Long> totals) {
    List<Row> rows = new ArrayList<>();
    totals.forEach((key, total) -> {
      long n = hits.getOrDefault(key, 0L);
      rows.add(new Row(key, n, total, total == 0 ? 0 : Math.round(n * 10000.0 / total) / 10000.0));
    });
    if (by.equals("province")) rows.sort(Comparator.comparingLong((Row r) -> -r.plans()).thenComparing(Row::key));
    long plans = hits.values().stream().mapToLong(Long::longValue).sum();
    long total = totals.values().stream().mapToLong(Long::longValue).sum();
    return new Result(q, by, plans, total, rows);
  }

  /** Distinct plans per key among the matching measures. */
  private static Map<String, Long> count(IndexSearcher s, DrillDownQuery q, String by) throws IOException {
    Map<Long, String> planToKey = s.search(q, new KeyCollectorManager(by));
    Map<String, Long> counts = new TreeMap<>();
    for (String key : planToKey.values()) counts.merge(key, 1L, Long::sum);
    return counts;
  }

  private record KeyCollectorManager(String by) implements CollectorManager<KeyCollector, Map<Long, String>> {
    @Override
    public KeyCollector newCollector() {
      return new KeyCollector(by);
    }

    @Override
    public Map<Long, String> reduce(Collection<KeyCollector> collectors) {
      Map<Long, String> all = new HashMap<>();
      for (KeyCollector c : collectors) all.putAll(c.plans);
      return all;
    }
  }

  private static final class KeyCollector implements Collector {
    final Map<Long, String> plans = new HashMap<>();
    private final String by;

    KeyCollector(String by) {
      this.by = by;
    }

    @Override
    public ScoreMode scoreMode() {
      return ScoreMode.COMPLETE_NO_SCORES;
    }

    @Override
    public LeafCollector getLeafCollector(LeafReaderContext context) throws IOException {
      NumericDocValues keys = context.reader().getNumericDocValues(Fields.PLAN_KEY);
      NumericDocValues years = context.reader().getNumericDocValues(Fields.YEAR);
      SortedDocValues provinces = context.reader().getSortedDocValues(Fields.PROVINCE);
      return new LeafCollector() {
        @Override
        public void setScorer(org.apache.lucene.search.Scorable scorer) {}

        private long lastKey;
        private boolean any;

        @Override
        public void collect(int doc) throws IOException {
          if (keys == null || !keys.advanceExact(doc)) return;
          long plan = keys.longValue();
          // A plan's measures are one block of docs: consecutive matches mostly repeat the plan just seen.
          if (any && plan == lastKey) return;
          any = true;
          lastKey = plan;
          if (!plans.containsKey(plan)) plans.put(plan, key(doc));
        }

        private String key(int doc) throws IOException {
          if (by.equals("year")) {
            return years != null && years.advanceExact(doc) ? Long.toString(years.longValue()) : UNKNOWN;
          }
          return provinces != null && provinces.advanceExact(doc)
              ? provinces.lookupOrd(provinces.ordValue()).utf8ToString()
              : UNKNOWN;
        }
      };
    }
  }
}
