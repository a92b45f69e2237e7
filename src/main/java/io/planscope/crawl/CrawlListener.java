package io.planscope.crawl;

/** Hears about each page as the crawl goes (the CLI prints them; the API keeps the latest snapshot). */
@FunctionalInterface
public interface CrawlListener {
  CrawlListener NONE = (outcome, progress) -> {};

  /** Called after each URL of the frontier, with the outcome and the progress including it. */
  void page(PageOutcome outcome, CrawlProgress progress);

  /** A note that is not about one page, e.g. "resuming: 12 queued, 30 seen". */
  default void note(String message) {}
}
