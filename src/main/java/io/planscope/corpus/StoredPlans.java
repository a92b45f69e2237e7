package io.planscope.corpus;

import io.planscope.plan.Plan;
import java.util.List;
import java.util.Optional;

/**
 * A document's plans as the store holds them right after it stored them (or read them), handed to the caller so
 * nothing reads them back from disk: what the import indexes and answers with. They are what the store holds for as
 * long as {@link DocumentStore#planRevision} still equals {@code revision}: every change that replaces or removes a
 * plan file someone might be holding (a simplified page replacing a traditional mirror, a delete, a re-parse) moves
 * it on. After that, read the plan again.
 *
 * @param plans the plans, each id once, in page order (a plan deleted meanwhile by another caller may be missing)
 * @param revision the store's plan revision when they were stored or read
 */
public record StoredPlans(List<Plan> plans, long revision) {
  /** No plans (a document stored but not parsed); never current. */
  public static final StoredPlans NONE = new StoredPlans(List.of(), -1);

  public StoredPlans {
    plans = List.copyOf(plans);
  }

  /** The plan with this id, when it is among them. */
  public Optional<Plan> find(String planId) {
    return plans.stream().filter(p -> p.id().equals(planId)).findFirst();
  }
}
