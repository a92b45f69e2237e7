package io.planscope.compare;

import io.planscope.plan.Level;
import io.planscope.plan.Period;
import io.planscope.plan.Plan;
import io.planscope.plan.Region;

/** A plan's metadata as comparison results show it, with its number of measures and its issuer's name. */
public record PlanRef(
    String id,
    String title,
    Integer year,
    Period period,
    String published,
    Level level,
    Region region,
    String bureau,
    String kind,
    String source,
    int measures,
    String issuer) {

  /** The metadata of a plan. */
  public static PlanRef of(Plan p) {
    return new PlanRef(p.id(), p.title(), p.year(), p.period(), p.published(), p.level(), p.region(), p.bureau(),
        p.kind(), p.source(), p.measures().size(), io.planscope.plan.Issuer.of(p));
  }
}
