package io.planscope.cite;

import io.planscope.corpus.DocumentStore;
import io.planscope.plan.Measure;
import io.planscope.plan.NotFoundException;
import io.planscope.plan.Plan;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;

/** Citations read from the store: a plan's, a measure's, or those of a list of plans in order. */
public final class Citations {
  /** The most plans one request cites (a selection, or a search's plans). */
  public static final int MAX_PLANS = 500;

  private final DocumentStore store;

  public Citations(DocumentStore store) {
    this.store = store;
  }

  /** The plan's citation; {@link NotFoundException} when there is no such plan. */
  public Citation plan(String planId, String base) {
    Plan plan = store.expectPlan(planId);
    return Citation.of(plan, store.sources(plan.id()), base);
  }

  /**
   * A measure's citation ({@code <planId>-m<n>}, or a preamble paragraph's {@code <planId>-p<n>});
   * {@link NotFoundException} when there is no such measure.
   */
  public Citation measure(String measureId, String base) {
    String planId = Measure.planIdOf(measureId);
    if (planId == null) throw new NotFoundException("measure", measureId);
    Plan plan = store.expectPlan(planId);
    return Citation.of(plan, plan.expectMeasure(measureId), store.sources(plan.id()), base);
  }

  /** The plans' citations, each once, in the order given; at most {@link #MAX_PLANS}. */
  public List<Citation> plans(List<String> planIds, String base) {
    List<String> ids = new ArrayList<>(new LinkedHashSet<>(planIds));
    if (ids.size() > MAX_PLANS) {
      throw new IllegalArgumentException("cite at most " + MAX_PLANS + " plans at once, not " + ids.size());
    }
    return ids.stream().map(id -> plan(id, base)).toList();
  }
}
