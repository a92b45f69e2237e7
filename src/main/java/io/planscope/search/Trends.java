package io.planscope.search;

import io.planscope.index.Fields;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.lucene.facet.DrillDownQuery;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.internal.hppc.LongHashSet;
import org.apache.lucene.internal.hppc.LongIntHashMap;
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
        Map<String, Long> totals = searcher.index().cached(shared)
            .memo(new TotalsKey(by, query.drillDowns()), () -> Collections.unmodifiableMap(count(s, searcher.drillDown(all), by)));
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

  /** The memo key of a trend's denominators: they depend only on the filters and the grouping. */
  private record TotalsKey(String by, Map<String, org.apache.lucene.search.Query> drillDowns) {}

  /** Distinct plans per key among the matching measures. */
  private static Map<String, Long> count(IndexSearcher s, DrillDownQuery q, String by) throws IOException {
    return s.search(q, new KeyCollectorManager(by));
  }

  /**
   * Collects, per slice, each plan once (a primitive plan → key-id map, so a trend over a million measures does not
   * box a hundred thousand plans per query), then merges the slices: a plan seen in two slices counts once.
   */
  private record KeyCollectorManager(String by) implements CollectorManager<KeyCollector, Map<String, Long>> {
    @Override
    public KeyCollector newCollector() {
      return new KeyCollector(by.equals("year"));
    }

    @Override
    public Map<String, Long> reduce(Collection<KeyCollector> collectors) {
      Map<String, Long> counts = new TreeMap<>();
      if (collectors.size() == 1) {
        KeyCollector only = collectors.iterator().next();
        long[] perKey = new long[only.keys.size()];
        for (LongIntHashMap.LongIntCursor c : only.plans) perKey[c.value]++;
        for (int k = 0; k < perKey.length; k++) counts.put(only.keys.get(k), perKey[k]);
        return counts;
      }
      LongHashSet seen = new LongHashSet();
      for (KeyCollector c : collectors) {
        for (LongIntHashMap.LongIntCursor e : c.plans) {
          if (seen.add(e.key)) counts.merge(c.keys.get(e.value), 1L, Long::sum);
        }
      }
      return counts;
    }
  }

  private static final class KeyCollector implements Collector {
    /** Plan key → index into {@link #keys}. */
    final LongIntHashMap plans = new LongIntHashMap();
    /** The keys (years or provinces) seen, in order of first sight. */
    final List<String> keys = new ArrayList<>();
    private final LongIntHashMap yearIds = new LongIntHashMap();
    private final Map<String, Integer> namedIds = new HashMap<>();
    private final boolean byYear;

    KeyCollector(boolean byYear) {
      this.byYear = byYear;
    }

    @Override
    public ScoreMode scoreMode() {
      return ScoreMode.COMPLETE_NO_SCORES;
    }

    private int keyId(String key, Map<String, Integer> ids) {
      return ids.computeIfAbsent(key, k -> {
        keys.add(k);
        return keys.size() - 1;
      });
    }

    private int yearId(long year) {
      int slot = yearIds.indexOf(year);
      if (yearIds.indexExists(slot)) return yearIds.indexGet(slot);
      keys.add(Long.toString(year));
      yearIds.indexInsert(slot, year, keys.size() - 1);
      return keys.size() - 1;
    }

    @Override
    public LeafCollector getLeafCollector(LeafReaderContext context) throws IOException {
      NumericDocValues planKeys = context.reader().getNumericDocValues(Fields.PLAN_KEY);
      NumericDocValues years = context.reader().getNumericDocValues(Fields.YEAR);
      SortedDocValues provinces = context.reader().getSortedDocValues(Fields.PROVINCE);
      int[] provinceOrdIds = provinces == null ? new int[0] : new int[provinces.getValueCount()];
      Arrays.fill(provinceOrdIds, -1);
      return new LeafCollector() {
        @Override
        public void setScorer(org.apache.lucene.search.Scorable scorer) {}

        private long lastKey;
        private boolean any;

        @Override
        public void collect(int doc) throws IOException {
          if (planKeys == null || !planKeys.advanceExact(doc)) return;
          long plan = planKeys.longValue();
          // A plan's measures are one block of docs: consecutive matches mostly repeat the plan just seen.
          if (any && plan == lastKey) return;
          any = true;
          lastKey = plan;
          int slot = plans.indexOf(plan);
          if (!plans.indexExists(slot)) plans.indexInsert(slot, plan, key(doc));
        }

        private int key(int doc) throws IOException {
          if (byYear) {
            return years != null && years.advanceExact(doc) ? yearId(years.longValue()) : keyId(UNKNOWN, namedIds);
          }
          if (provinces == null || !provinces.advanceExact(doc)) return keyId(UNKNOWN, namedIds);
          int ord = provinces.ordValue();
          if (provinceOrdIds[ord] < 0) {
            provinceOrdIds[ord] = keyId(provinces.lookupOrd(ord).utf8ToString(), namedIds);
          }
          return provinceOrdIds[ord];
        }
      };
    }
  }
}
