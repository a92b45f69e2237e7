package io.planscope.search;

import io.planscope.index.Fields;
import java.io.IOException;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.search.Collector;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.LeafCollector;
import org.apache.lucene.search.Scorable;
import org.apache.lucene.search.ScoreMode;

/**
 * Groups matching measures by plan (the plan key doc value): how many matched, the best score, the year and the
 * top {@link #PER_PLAN} measures. Gives the distinct-plan count for every search and the pages of {@code unit=plan}.
 */
final class PlanGroups implements CollectorManager<PlanGroups.GroupCollector, Map<Long, PlanGroups.Group>> {
  static final int PER_PLAN = 3;
  private final boolean scores;

  PlanGroups(boolean scores) {
    this.scores = scores;
  }

  /** One plan's matches; docs are global doc ids, best first. */
  static final class Group {
    final long key;
    int year = Integer.MIN_VALUE;
    /** The publish date as yyyymmdd, or MIN_VALUE when unknown. */
    int published = Integer.MIN_VALUE;
    int matches;
    final int[] docs = new int[PER_PLAN];
    final float[] scores = new float[PER_PLAN];
    int kept;

    Group(long key) {
      this.key = key;
    }

    float best() {
      return kept == 0 ? 0 : scores[0];
    }

    void offer(int doc, float score) {
      matches++;
      int i = kept < PER_PLAN ? kept++ : PER_PLAN;
      if (i == PER_PLAN && score <= scores[PER_PLAN - 1]) return;
      if (i == PER_PLAN) i = PER_PLAN - 1;
      while (i > 0 && scores[i - 1] < score) {
        docs[i] = docs[i - 1];
        scores[i] = scores[i - 1];
        i--;
      }
      docs[i] = doc;
      scores[i] = score;
    }

    void absorb(Group other) {
      int m = matches + other.matches;
      for (int i = 0; i < other.kept; i++) offer(other.docs[i], other.scores[i]);
      matches = m;
      if (year == Integer.MIN_VALUE) year = other.year;
      if (published == Integer.MIN_VALUE) published = other.published;
    }
  }

  @Override
  public GroupCollector newCollector() {
    return new GroupCollector(scores);
  }

  @Override
  public Map<Long, Group> reduce(Collection<GroupCollector> collectors) {
    Map<Long, Group> all = new HashMap<>();
    for (GroupCollector c : collectors) {
      c.groups.forEach((k, g) -> all.merge(k, g, (a, b) -> {
        a.absorb(b);
        return a;
      }));
    }
    return all;
  }

  static final class GroupCollector implements Collector {
    final Map<Long, Group> groups = new HashMap<>();
    private final boolean scores;

    GroupCollector(boolean scores) {
      this.scores = scores;
    }

    @Override
    public ScoreMode scoreMode() {
      return scores ? ScoreMode.COMPLETE : ScoreMode.COMPLETE_NO_SCORES;
    }

    @Override
    public LeafCollector getLeafCollector(LeafReaderContext context) throws IOException {
      NumericDocValues keys = context.reader().getNumericDocValues(Fields.PLAN_KEY);
      NumericDocValues years = context.reader().getNumericDocValues(Fields.YEAR);
      NumericDocValues days = context.reader().getNumericDocValues(Fields.PUBLISHED_DAY);
      int base = context.docBase;
      return new LeafCollector() {
        private Scorable scorer;
        // A plan's measures are indexed as one block, so consecutive hits mostly share a plan: skip the map then.
        private long lastKey;
        private Group last;

        @Override
        public void setScorer(Scorable s) {
          scorer = s;
        }

        @Override
        public void collect(int doc) throws IOException {
          if (keys == null || !keys.advanceExact(doc)) return;
          long key = keys.longValue();
          Group g = last != null && lastKey == key ? last : groups.computeIfAbsent(key, Group::new);
          last = g;
          lastKey = key;
          if (g.year == Integer.MIN_VALUE && years != null && years.advanceExact(doc)) g.year = (int) years.longValue();
          if (g.published == Integer.MIN_VALUE && days != null && days.advanceExact(doc)) {
            g.published = (int) days.longValue();
          }
          g.offer(base + doc, scores && scorer != null ? scorer.score() : 0f);
        }
      };
    }
  }
}
