package io.planscope.crawl;

import java.io.IOException;
import java.net.URI;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Collectors;

/**
 * One crawl: takes URLs from the frontier, fetches them politely, imports plan pages and attachments through the
 * {@link CrawlSink}, follows plan-like links from list pages, and saves its state after every page so it can
 * resume. Single-threaded on purpose: bureau sites are small and slow, and one request at a time is polite.
 */
public final class Crawler {
  private static final int RECENT = 20;

  private final CrawlConfig config;
  private final CrawlSink sink;
  private final CrawlListener listener;
  private final TargetGuard guard;
  private final Set<String> seedHosts;
  private final AtomicBoolean cancelled = new AtomicBoolean();
  private final Deque<PageOutcome> recent = new ArrayDeque<>();
  private final Tally tally = new Tally();
  private volatile String state = "queued";
  private volatile String currentUrl;
  private volatile String message = "";
  private volatile Instant startedAt;
  private volatile Instant finishedAt;
  private volatile int queued;

  public Crawler(CrawlConfig config, CrawlSink sink, CrawlListener listener) {
    this(config, sink, listener, new TargetGuard(config.allowPrivate()));
  }

  Crawler(CrawlConfig config, CrawlSink sink, CrawlListener listener, TargetGuard guard) {
    this.config = config;
    this.sink = sink;
    this.listener = listener;
    this.guard = guard;
    this.seedHosts = config.seeds().stream().map(URI::getHost).collect(Collectors.toUnmodifiableSet());
    this.queued = config.seeds().size();
  }

  /** Asks a running crawl to stop after the current page; its state stays resumable. */
  public void cancel() {
    cancelled.set(true);
  }

  /**
   * Runs the crawl to the end (frontier empty or page budget spent) or until cancelled. Throws
   * {@link CrawlException} before fetching anything when a seed is refused (private target, not http).
   */
  public CrawlProgress run() throws IOException, InterruptedException {
    for (URI seed : config.seeds()) guard.check(seed);
    CrawlState crawl = CrawlState.open(config);
    Validators validators = Validators.open(config.stateDir());
    tally.start(crawl.resumedCounts);
    if (crawl.resumed) {
      listener.note("resuming an interrupted crawl: " + crawl.frontier.size() + " queued, "
          + crawl.seen.size() + " seen, " + crawl.resumedCounts.pagesFetched() + " pages fetched before");
    }
    startedAt = Instant.now();
    state = "running";
    Politeness politeness = new Politeness(config.delay());
    String end;
    try (Fetcher fetcher = new Fetcher(config, politeness)) {
      PageVisit visit = new PageVisit(config, fetcher, new RobotsCache(fetcher, guard, politeness), guard, sink,
          validators);
      end = loop(crawl, visit, validators);
    } finally {
      currentUrl = null;
      finishedAt = Instant.now();
    }
    state = end; // last, so a reader that sees "done" also sees the final counts
    return progress();
  }

  /** Runs until the frontier is empty, the budget is spent or a cancel; returns "done" or "interrupted". */
  private String loop(CrawlState crawl, PageVisit visit, Validators validators)
      throws IOException, InterruptedException {
    while (!crawl.frontier.isEmpty() && tally.pagesFetched() < config.maxPages() && !cancelled.get()) {
      CrawlState.Entry entry = crawl.frontier.poll();
      currentUrl = entry.url();
      PageVisit.Visit v = visit.visit(URI.create(entry.url()), entry.depth());
      for (Link link : v.follow()) enqueue(crawl, link, entry.depth());
      tally.count(v);
      queued = crawl.frontier.size();
      crawl.save(config, false, tally.counts());
      validators.save();
      remember(v.outcome());
      listener.page(v.outcome(), progress());
    }
    boolean finished = !cancelled.get();
    crawl.save(config, finished, tally.counts());
    if (finished && !crawl.frontier.isEmpty()) {
      message = "stopped at the page budget (" + config.maxPages() + "); " + crawl.frontier.size() + " URLs left";
    }
    if (!finished) message = "interrupted; run the same crawl again to resume";
    return finished ? "done" : "interrupted";
  }

  private void enqueue(CrawlState crawl, Link link, int depth) {
    int next = link.kind() == Link.Kind.PAGINATION ? depth : depth + 1;
    if (next > config.maxDepth() || !inScope(link.url())) return;
    crawl.offer(link.url().toString(), next);
  }

  /** --same-host, --include and --exclude; seeds are never filtered. */
  boolean inScope(URI url) {
    String s = url.toString();
    String decoded = CrawlUrl.decoded(url);
    if (config.sameHost() && !seedHosts.contains(url.getHost())) return false;
    if (config.exclude() != null && (config.exclude().matcher(s).find() || config.exclude().matcher(decoded).find())) {
      return false;
    }
    return config.include() == null || config.include().matcher(s).find() || config.include().matcher(decoded).find();
  }

  private synchronized void remember(PageOutcome o) {
    recent.addLast(o);
    while (recent.size() > RECENT) recent.removeFirst();
  }

  /** A snapshot, safe from any thread. */
  public synchronized CrawlProgress progress() {
    CrawlState.Counts c = tally.counts();
    return new CrawlProgress(state, config.seeds().stream().map(URI::toString).toList(), c.pagesFetched(),
        c.plansImported(), c.documentsImported(), c.duplicates(), c.unchanged(), c.skipped(), c.failed(), queued,
        currentUrl, startedAt, finishedAt, message, List.copyOf(recent));
  }

  /** The running counts. */
  private static final class Tally {
    private int pages, plans, documents, duplicates, unchanged, skipped, failed;

    synchronized void start(CrawlState.Counts c) {
      pages = c.pagesFetched();
      plans = c.plansImported();
      documents = c.documentsImported();
      duplicates = c.duplicates();
      unchanged = c.unchanged();
      skipped = c.skipped();
      failed = c.failed();
    }

    synchronized int pagesFetched() {
      return pages;
    }

    synchronized void count(PageVisit.Visit v) {
      if (v.fetched()) pages++;
      switch (v.outcome().result()) {
        case IMPORTED -> {
          documents++;
          plans += v.outcome().planIds().size();
        }
        case DUPLICATE -> duplicates++;
        case UNCHANGED -> unchanged++;
        case SKIPPED -> skipped++;
        case FAILED -> failed++;
        case FOLLOWED -> { }
      }
    }

    synchronized CrawlState.Counts counts() {
      return new CrawlState.Counts(pages, plans, documents, duplicates, unchanged, skipped, failed);
    }
  }
}
