package io.planscope.crawl;

import java.time.Instant;
import java.util.List;

/**
 * A snapshot of a crawl, safe to hand to another thread (the API's progress endpoint).
 *
 * @param state queued, running, done, interrupted or failed
 * @param seeds the start URLs
 * @param pagesFetched HTTP fetches made (robots.txt not counted), conditional ones included
 * @param plansImported plans found in newly imported documents
 * @param documentsImported documents the import pipeline stored
 * @param duplicates documents whose exact bytes were stored before
 * @param unchanged pages a recrawl found unchanged and skipped
 * @param skipped URLs skipped on purpose (robots.txt, too large, no plan, unsupported type)
 * @param failed URLs that could not be fetched or imported
 * @param queued URLs still in the frontier
 * @param currentUrl the URL being fetched, or null
 * @param startedAt when it started, or null while queued
 * @param finishedAt when it ended, or null
 * @param message why it failed or stopped, or a resume note; may be empty
 * @param recent the last few page outcomes, newest last
 */
public record CrawlProgress(
    String state,
    List<String> seeds,
    int pagesFetched,
    int plansImported,
    int documentsImported,
    int duplicates,
    int unchanged,
    int skipped,
    int failed,
    int queued,
    String currentUrl,
    Instant startedAt,
    Instant finishedAt,
    String message,
    List<PageOutcome> recent) {

  public CrawlProgress {
    seeds = List.copyOf(seeds);
    recent = List.copyOf(recent);
  }

  /** A crawl that has not started. */
  public static CrawlProgress queued(List<String> seeds) {
    return new CrawlProgress("queued", seeds, 0, 0, 0, 0, 0, 0, 0, seeds.size(), null, null, null, "", List.of());
  }

  /** The same snapshot in another state with a message (failed before starting, for instance). */
  public CrawlProgress with(String newState, String newMessage) {
    return new CrawlProgress(newState, seeds, pagesFetched, plansImported, documentsImported, duplicates,
        unchanged, skipped, failed, queued, null, startedAt, finishedAt == null ? Instant.now() : finishedAt,
        newMessage, recent);
  }

  /** One line for logs and the CLI summary. */
  public String summary() {
    return pagesFetched + " pages fetched, " + plansImported + " plans imported (" + documentsImported
        + " documents, " + duplicates + " duplicates), " + unchanged + " unchanged, " + skipped + " skipped, "
        + failed + " failed, " + queued + " still queued";
  }
}
