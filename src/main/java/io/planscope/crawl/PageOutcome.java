package io.planscope.crawl;

import java.util.List;

/**
 * What happened to one URL of the frontier.
 *
 * @param url the URL
 * @param depth its link depth from a seed
 * @param result the outcome
 * @param detail a short reason or summary ("2 plans", "HTTP 404", "disallowed by robots.txt")
 * @param planIds the plans imported or found again, when any
 */
public record PageOutcome(String url, int depth, Result result, String detail, List<String> planIds) {
  public PageOutcome {
    planIds = List.copyOf(planIds);
  }

  /** The outcomes, as counted in {@link CrawlProgress}. */
  public enum Result {
    /** A plan page or attachment went through the import pipeline with new plans. */
    IMPORTED,
    /** The same bytes were imported before. */
    DUPLICATE,
    /** A recrawl found it unchanged (304, or the same content hash). */
    UNCHANGED,
    /** A list or other page: read for links only. */
    FOLLOWED,
    /** Not fetched or not imported on purpose: robots.txt, too large, not a plan, unsupported type. */
    SKIPPED,
    /** Could not be fetched or imported: HTTP error, timeout, redirect loop, refused target. */
    FAILED;

    @com.fasterxml.jackson.annotation.JsonValue
    public String label() {
      return name().toLowerCase(java.util.Locale.ROOT);
    }
  }

  static PageOutcome of(String url, int depth, Result result, String detail) {
    return new PageOutcome(url, depth, result, detail, List.of());
  }
}
