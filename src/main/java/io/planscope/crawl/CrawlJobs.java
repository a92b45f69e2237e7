package io.planscope.crawl;

import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Crawls started through the API: each gets a job id and runs on one background thread, one crawl at a time (two
 * crawls of one site would share its politeness budget badly). The last {@link #KEPT} jobs stay queryable.
 */
public final class CrawlJobs implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(CrawlJobs.class);
  static final int KEPT = 50;

  /** One job: its id and the crawler whose progress it reports (or a fixed snapshot once it failed). */
  private static final class Job {
    final String id;
    final Crawler crawler;
    volatile CrawlProgress failure;

    Job(String id, Crawler crawler) {
      this.id = id;
      this.crawler = crawler;
    }

    CrawlProgress progress() {
      CrawlProgress f = failure;
      return f != null ? f : crawler.progress();
    }
  }

  /** A job's id and progress, for the API. */
  public record JobStatus(String job, CrawlProgress progress) {}

  private final CrawlSink sink;
  private final SecureRandom random = new SecureRandom();
  private final Map<String, Job> jobs = new LinkedHashMap<>();
  private final ExecutorService runner = Executors.newSingleThreadExecutor(r -> {
    Thread t = new Thread(r, "planscope-crawl");
    t.setDaemon(true);
    return t;
  });

  private final TargetGuard guard;

  public CrawlJobs(CrawlSink sink) {
    this(sink, new TargetGuard(false));
  }

  /** With a given guard: tests let loopback through while the config still says allowPrivate=false. */
  CrawlJobs(CrawlSink sink, TargetGuard guard) {
    this.sink = sink;
    this.guard = guard;
  }

  /**
   * Queues a crawl and returns its job id. The API never crawls private networks: a config that allows them is a
   * programming error here.
   */
  public String submit(CrawlConfig config) {
    if (config.allowPrivate()) throw new IllegalArgumentException("API crawls may not allow private targets");
    Job job = new Job(newId(), new Crawler(config, sink, CrawlListener.NONE, guard));
    synchronized (jobs) {
      jobs.put(job.id, job);
      while (jobs.size() > KEPT) jobs.remove(jobs.keySet().iterator().next());
    }
    runner.execute(() -> run(job));
    return job.id;
  }

  private void run(Job job) {
    try {
      CrawlProgress p = job.crawler.run();
      LOG.info("crawl {} {}: {}", job.id, p.state(), p.summary());
    } catch (InterruptedException e) {
      job.failure = job.crawler.progress().with("interrupted", "the server is shutting down");
      Thread.currentThread().interrupt();
    } catch (Exception e) {
      LOG.warn("crawl {} failed: {}", job.id, e.getMessage());
      job.failure = job.crawler.progress().with("failed", e.getMessage());
    }
  }

  private String newId() {
    byte[] b = new byte[6];
    random.nextBytes(b);
    return "c" + HexFormat.of().formatHex(b);
  }

  public Optional<JobStatus> job(String id) {
    synchronized (jobs) {
      Job j = jobs.get(id);
      return j == null ? Optional.empty() : Optional.of(new JobStatus(j.id, j.progress()));
    }
  }

  /** Asks the running crawl to stop after its current page, and drops queued ones. */
  @Override
  public void close() {
    synchronized (jobs) {
      jobs.values().forEach(j -> j.crawler.cancel());
    }
    runner.shutdownNow();
    try {
      runner.awaitTermination(5, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
