package io.planscope.ingest;

import io.planscope.plan.Plan;
import java.util.List;

/**
 * What parsing one document gave: its plans (at least one), the lines cleaning removed and warnings worth showing
 * (e.g. "no year found in plan 2").
 */
public record ParseResult(String filename, List<Plan> plans, List<RemovedLine> removed, List<String> warnings) {
  public ParseResult {
    plans = List.copyOf(plans);
    removed = List.copyOf(removed);
    warnings = List.copyOf(warnings);
  }
}
