package io.planscope.crawl;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Everything one crawl needs to know. Build it with {@link #builder(List)}; the defaults are the polite ones the CLI
 * uses.
 *
 * @param seeds where to start (normalized http/https URLs)
 * @param maxPages how many fetches at most (robots.txt not counted), over the whole crawl including a resumed part
 * @param maxDepth link hops from a seed; pagination (下一页) does not count as a hop
 * @param delay the least time between two requests to one host; robots.txt Crawl-delay may raise it
 * @param sameHost follow links only to the seeds' hosts
 * @param include when set, only URLs matching it (find) are followed (seeds always are)
 * @param exclude when set, URLs matching it are never followed
 * @param allowPrivate allow loopback, private and link-local targets (CLI only; the API never sets it)
 * @param userAgent the User-Agent header, with a contact URL
 * @param connectTimeout TCP/TLS connect timeout
 * @param readTimeout the longest wait for response headers, and for each chunk of the body
 * @param maxBytes the largest body read; reading stops beyond it and the page is skipped
 * @param maxRetries retries of a 5xx answer or a timeout, with exponential backoff
 * @param backoff the first retry's wait; each next one doubles, capped at {@link #MAX_BACKOFF}
 * @param maxRedirects redirect hops followed per request
 * @param stateDir where the frontier, seen set and validators are kept (DATA/crawl), or null for none
 * @param fresh ignore a saved unfinished frontier and start again from the seeds
 */
public record CrawlConfig(
    List<URI> seeds,
    int maxPages,
    int maxDepth,
    Duration delay,
    boolean sameHost,
    Pattern include,
    Pattern exclude,
    boolean allowPrivate,
    String userAgent,
    Duration connectTimeout,
    Duration readTimeout,
    long maxBytes,
    int maxRetries,
    Duration backoff,
    int maxRedirects,
    Path stateDir,
    boolean fresh) {

  public static final String USER_AGENT = "PlanScopeBot/0.1 (+https://github.com/planscope/planscope)";
  /** The robots.txt product token we answer to. */
  public static final String ROBOT_NAME = "PlanScopeBot";
  public static final Duration MAX_BACKOFF = Duration.ofSeconds(10);

  public CrawlConfig {
    seeds = List.copyOf(seeds);
    if (seeds.isEmpty()) throw new CrawlException("no start URL given; pass at least one http(s) URL");
  }

  public static Builder builder(List<URI> seeds) {
    return new Builder(seeds);
  }

  /** A builder holding this config, to change a few settings (e.g. {@code fresh}). */
  public Builder toBuilder() {
    Builder b = new Builder(seeds);
    b.maxPages = maxPages;
    b.maxDepth = maxDepth;
    b.delay = delay;
    b.sameHost = sameHost;
    b.include = include;
    b.exclude = exclude;
    b.allowPrivate = allowPrivate;
    b.userAgent = userAgent;
    b.connectTimeout = connectTimeout;
    b.readTimeout = readTimeout;
    b.maxBytes = maxBytes;
    b.maxRetries = maxRetries;
    b.backoff = backoff;
    b.maxRedirects = maxRedirects;
    b.stateDir = stateDir;
    b.fresh = fresh;
    return b;
  }

  /** Fills a {@link CrawlConfig}; every setter returns this. */
  public static final class Builder {
    private final List<URI> seeds;
    private int maxPages = 200;
    private int maxDepth = 3;
    private Duration delay = Duration.ofSeconds(1);
    private boolean sameHost;
    private Pattern include;
    private Pattern exclude;
    private boolean allowPrivate;
    private String userAgent = USER_AGENT;
    private Duration connectTimeout = Duration.ofSeconds(10);
    private Duration readTimeout = Duration.ofSeconds(20);
    private long maxBytes = 10L * 1024 * 1024;
    private int maxRetries = 3;
    private Duration backoff = Duration.ofSeconds(1);
    private int maxRedirects = 5;
    private Path stateDir;
    private boolean fresh;

    private Builder(List<URI> seeds) {
      this.seeds = seeds;
    }

    public Builder maxPages(int v) { maxPages = v; return this; }
    public Builder maxDepth(int v) { maxDepth = v; return this; }
    public Builder delay(Duration v) { delay = v; return this; }
    public Builder sameHost(boolean v) { sameHost = v; return this; }
    public Builder include(Pattern v) { include = v; return this; }
    public Builder exclude(Pattern v) { exclude = v; return this; }
    public Builder allowPrivate(boolean v) { allowPrivate = v; return this; }
    public Builder userAgent(String v) { userAgent = v; return this; }
    public Builder connectTimeout(Duration v) { connectTimeout = v; return this; }
    public Builder readTimeout(Duration v) { readTimeout = v; return this; }
    public Builder maxBytes(long v) { maxBytes = v; return this; }
    public Builder maxRetries(int v) { maxRetries = v; return this; }
    public Builder backoff(Duration v) { backoff = v; return this; }
    public Builder maxRedirects(int v) { maxRedirects = v; return this; }
    public Builder stateDir(Path v) { stateDir = v; return this; }
    public Builder fresh(boolean v) { fresh = v; return this; }

    public CrawlConfig build() {
      return new CrawlConfig(seeds, maxPages, maxDepth, delay, sameHost, include, exclude, allowPrivate,
          userAgent, connectTimeout, readTimeout, maxBytes, maxRetries, backoff, maxRedirects, stateDir, fresh);
    }
  }
}
