package io.planscope.crawl;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

/**
 * robots.txt per host, fetched once per crawl through the same polite fetcher. A missing robots.txt (4xx) allows
 * everything; a server error or timeout disallows the host for this crawl (RFC 9309 2.3.1.4). Crawl-delay raises
 * the host's politeness delay.
 */
final class RobotsCache {
  private final Fetcher fetcher;
  private final TargetGuard guard;
  private final Politeness politeness;
  private final Map<String, RobotsTxt> byHost = new HashMap<>();

  RobotsCache(Fetcher fetcher, TargetGuard guard, Politeness politeness) {
    this.fetcher = fetcher;
    this.guard = guard;
    this.politeness = politeness;
  }

  /** Throws {@link FetchFailure} of kind ROBOTS when robots.txt disallows the URL for us. */
  void check(URI url) throws FetchFailure, InterruptedException {
    RobotsTxt robots = rules(url);
    if (robots.allows(url)) return;
    String why = robots.unreachableReason()
        .map(r -> "'" + url + "' skipped: robots.txt could not be read (" + r + "), so the host is off limits for"
            + " this crawl; try again later")
        .orElse("'" + url + "' is disallowed by robots.txt");
    throw new FetchFailure(FetchFailure.Kind.ROBOTS, why);
  }

  RobotsTxt rules(URI url) throws InterruptedException {
    String host = CrawlUrl.hostKey(url);
    RobotsTxt known = byHost.get(host);
    if (known != null) return known;
    RobotsTxt robots = fetch(URI.create(host + "/robots.txt"));
    byHost.put(host, robots);
    robots.crawlDelay().ifPresent(d -> politeness.delay(host, d));
    return robots;
  }

  private RobotsTxt fetch(URI robotsUrl) throws InterruptedException {
    try {
      Fetched f = fetcher.fetch(robotsUrl, Fetcher.Conditional.NONE, this::safe);
      if (f.ok()) return RobotsTxt.parse(new String(f.body(), StandardCharsets.UTF_8), CrawlConfig.ROBOT_NAME);
      return f.status() >= 500 ? RobotsTxt.unreachable("HTTP " + f.status()) : RobotsTxt.ALLOW_ALL;
    } catch (FetchFailure e) {
      // Unreachable or refused: every page of the host would fail the same way; say so once per page.
      return e.kind() == FetchFailure.Kind.REFUSED || e.kind() == FetchFailure.Kind.NETWORK
          ? RobotsTxt.ALLOW_ALL : RobotsTxt.unreachable(e.getMessage());
    }
  }

  private void safe(URI uri) throws FetchFailure {
    try {
      guard.check(uri);
    } catch (CrawlException e) {
      throw new FetchFailure(FetchFailure.Kind.REFUSED, e.getMessage(), e);
    }
  }
}
