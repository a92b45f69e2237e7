package io.planscope.ingest;

import io.planscope.plan.Plan;
import java.util.List;

/**
 * What parsing one document gave: its plans (at least one), the lines cleaning removed, warnings worth showing
 * (e.g. "no year found in plan 2") and, for an HTML page, the lines outside the main content block: they were read
 * for metadata (a "发布时间" line above the article) but are in no plan, and {@code parse --explain} lists them.
 */
public record ParseResult(
    String filename, List<Plan> plans, List<RemovedLine> removed, List<String> warnings, List<String> outside) {
  public ParseResult {
    plans = List.copyOf(plans);
    removed = List.copyOf(removed);
    warnings = List.copyOf(warnings);
    outside = List.copyOf(outside);
  }

  /** A result without lines outside the content (plain text, or a result built elsewhere). */
  public ParseResult(String filename, List<Plan> plans, List<RemovedLine> removed, List<String> warnings) {
    this(filename, plans, removed, warnings, List.of());
  }
}
