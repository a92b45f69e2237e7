package io.planscope.search;

import java.io.IOException;
import java.util.Collection;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.internal.hppc.LongHashSet;
import org.apache.lucene.search.Collector;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.LeafCollector;
import org.apache.lucene.search.ScoreMode;

/**
 * The number of distinct plans among the hits, for searches that list measures: only the plan keys, in a primitive
 * set, where {@link PlanGroups} (which {@code unit=plan} needs) keeps each plan's best measures and scores. At 100k
 * plans a common word matches tens of thousands of plans, and building a group object for each was a sixth of the
 * search's time. The plan of a hit comes from {@link PlanRuns}, not from a doc value read per hit.
 */
final class PlanCount implements CollectorManager<PlanCount.KeyCollector, Long> {

  @Override
  public KeyCollector newCollector() {
    return new KeyCollector();
  }

  @Override
  public Long reduce(Collection<KeyCollector> collectors) {
    LongHashSet all = null;
    for (KeyCollector c : collectors) {
      if (all == null || c.keys.size() > all.size()) {
        if (all != null) c.keys.addAll(all);
        all = c.keys;
      } else {
        all.addAll(c.keys);
      }
    }
    return all == null ? 0L : all.size();
  }

  static final class KeyCollector implements Collector {
    final LongHashSet keys = new LongHashSet();

    @Override
    public ScoreMode scoreMode() {
      return ScoreMode.COMPLETE_NO_SCORES;
    }

    @Override
    public LeafCollector getLeafCollector(LeafReaderContext context) throws IOException {
      PlanRuns runs = PlanRuns.of(context.reader());
      return new LeafCollector() {
        // A plan's measures are one run of doc ids: hits inside the current run add nothing.
        private int run = -1;
        private int runEnd;

        @Override
        public void setScorer(org.apache.lucene.search.Scorable scorer) {}

        @Override
        public void collect(int doc) {
          if (doc < runEnd) return;
          run = runs.runOf(doc, run + 1);
          runEnd = runs.end(run);
          if (runs.key(run) != PlanRuns.NO_KEY) keys.add(runs.key(run));
        }
      };
    }
  }
}
