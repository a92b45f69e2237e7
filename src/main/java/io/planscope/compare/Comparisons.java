package io.planscope.compare;

import io.planscope.corpus.DocumentStore;
import io.planscope.index.PlanIndex;
import io.planscope.plan.Plan;
import java.util.List;

/**
 * The comparison features over an opened store and index, for the web and cli adapters: similar measures and
 * lineage (index), diffs of measures (index) or texts, and plan comparison (store).
 */
public final class Comparisons {
  private final DocumentStore store;
  private final SimilarMeasures similar;

  public Comparisons(DocumentStore store, PlanIndex index) {
    this.store = store;
    this.similar = new SimilarMeasures(index);
  }

  public SimilarMeasures similar() {
    return similar;
  }

  /** Diffs two measures by id. */
  public TextDiff.Diff diffMeasures(String measureA, String measureB, boolean ignoreScriptAndWidth) {
    return TextDiff.of(similar.measure(measureA).text(), similar.measure(measureB).text(), ignoreScriptAndWidth);
  }

  /** Compares two plans by id (a the older or reference plan). */
  public PlanComparison.Result comparePlans(String planA, String planB) {
    return PlanComparison.compare(store.expectPlan(planA), store.expectPlan(planB));
  }

  /** A bureau's consecutive plans compared step by step (see {@link PlanChain}); at least three. */
  public PlanChain chain(String bureau) {
    List<Plan> plans = LatestPlans.chain(store.plans(), bureau);
    if (plans.size() < 3) {
      throw new CompareException("'" + bureau + "' has " + plans.size() + " plan(s) of one kind with a year; a chain "
          + "needs three or more (use compare for two)");
    }
    return PlanChain.of(plans);
  }

  /** The plans given, in that order, compared step by step. */
  public PlanChain chain(List<String> planIds) {
    return PlanChain.of(planIds.stream().map(store::expectPlan).toList());
  }

  /** Compares a bureau's two newest plans (see {@link LatestPlans}). */
  public PlanComparison.Result compareLatest(String bureau) {
    List<Plan> two = LatestPlans.pick(store.plans(), bureau);
    return PlanComparison.compare(two.get(0), two.get(1));
  }
}
