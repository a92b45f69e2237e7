package io.planscope.cli;

import io.planscope.app.DataDir;
import io.planscope.app.ImporterSink;
import io.planscope.app.Workspace;
import io.planscope.crawl.CrawlConfig;
import io.planscope.crawl.CrawlListener;
import io.planscope.crawl.CrawlProgress;
import io.planscope.crawl.CrawlUrl;
import io.planscope.crawl.Crawler;
import io.planscope.crawl.PageOutcome;
import java.io.PrintStream;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * {@code ./planscope crawl URL... [options]}: crawls bureau sites politely and imports the plans it finds through
 * the upload pipeline. Ctrl-C stops after the current page; the same command resumes where it stopped.
 */
final class CrawlCommand implements Command {
  @Override
  public String name() {
    return "crawl";
  }

  @Override
  public String summary() {
    return "crawl bureau sites for plans (robots.txt, politeness delay) and import them; resumable";
  }

  @Override
  public String usage() {
    return "URL...";
  }

  @Override
  public List<Option> options() {
    return List.of(
        Option.value("max-pages", "N", "fetch at most N pages (default 200)"),
        Option.value("max-depth", "D", "follow links at most D hops from a start URL (default 3)"),
        Option.value("delay-ms", "MS", "wait at least MS between requests to one host (default 1000)"),
        Option.flag("same-host", "follow links only to the start URLs' hosts"),
        Option.value("include", "REGEX", "follow only URLs matching REGEX"),
        Option.value("exclude", "REGEX", "never follow URLs matching REGEX"),
        Option.dataDir(),
        Option.flag("allow-private", "allow loopback, private and link-local targets (an intranet site)"),
        Option.flag("fresh", "ignore a saved interrupted crawl and start again from the URLs"));
  }

  @Override
  public int run(Args args, PrintStream out, PrintStream err) throws Exception {
    List<URI> seeds = args.positionals(1, Integer.MAX_VALUE, "URL (where to start crawling)").stream()
        .map(CrawlUrl::seed).toList();
    DataDir data = DataDir.fromOption(args.get("data", null));
    CrawlConfig config = config(args, seeds, data.root().resolve("crawl"));
    try (Workspace ws = Workspace.open(data)) {
      ws.checkWritable(); // a read-only data directory: say so before fetching anything
      boolean tty = interactive(out);
      Crawler crawler = new Crawler(config, new ImporterSink(ws.importer()), listener(out, err, tty));
      CountDownLatch finished = new CountDownLatch(1);
      Thread hook = new Thread(() -> stop(crawler, finished, err), "planscope-crawl-stop");
      Runtime.getRuntime().addShutdownHook(hook);
      try {
        CrawlProgress p = crawler.run();
        if (tty) out.println();
        out.println("crawl " + p.state() + ": " + p.summary() + (p.message().isEmpty() ? "" : "; " + p.message()));
        out.println("state kept in " + config.stateDir() + " (run the same command again to recrawl or resume)");
      } finally {
        finished.countDown();
        removeHook(hook);
      }
    }
    return 0;
  }

  private static CrawlConfig config(Args args, List<URI> seeds, Path stateDir) {
    return CrawlConfig.builder(seeds)
        .maxPages(args.getInt("max-pages", 200, 1, 1_000_000))
        .maxDepth(args.getInt("max-depth", 3, 0, 100))
        .delay(Duration.ofMillis(args.getInt("delay-ms", 1000, 0, 600_000)))
        .sameHost(args.has("same-host"))
        .include(regex(args, "include"))
        .exclude(regex(args, "exclude"))
        .allowPrivate(args.has("allow-private"))
        .fresh(args.has("fresh"))
        .stateDir(stateDir)
        .build();
  }

  private static Pattern regex(Args args, String name) {
    String raw = args.get(name, null);
    if (raw == null) return null;
    try {
      return Pattern.compile(raw);
    } catch (PatternSyntaxException e) {
      throw Args.usage("crawl", "--" + name + " is not a regular expression: '" + raw + "' (" + e.getDescription() + ")");
    }
  }

  // Ctrl-C: let the current page finish so the saved state is consistent, then the workspace closes normally.
  private static void stop(Crawler crawler, CountDownLatch finished, PrintStream err) {
    err.println();
    err.println("planscope crawl: stopping after the current page; run the same command to resume");
    crawler.cancel();
    try {
      finished.await(30, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private static void removeHook(Thread hook) {
    try {
      Runtime.getRuntime().removeShutdownHook(hook);
    } catch (IllegalStateException e) {
      // Already shutting down: the hook is running and waits for us.
    }
  }

  /** A status line redrawn in place on a terminal; one line per page otherwise (logs, pipes, tests). */
  static boolean interactive(PrintStream out) {
    if (out != System.out) return false;
    java.io.Console console = System.console();
    if (console == null) return false;
    try {
      // Java 22+ returns a console even when stdout is redirected; isTerminal() tells (absent on 21: trust it).
      return (Boolean) java.io.Console.class.getMethod("isTerminal").invoke(console);
    } catch (ReflectiveOperationException e) {
      return true;
    }
  }

  static CrawlListener listener(PrintStream out, PrintStream err, boolean tty) {
    return new CrawlListener() {
      @Override
      public void page(PageOutcome o, CrawlProgress p) {
        if (tty) {
          String line = String.format("[%d fetched, %d plans, %d unchanged, %d skipped, %d failed, %d queued] %s",
              p.pagesFetched(), p.plansImported(), p.unchanged(), p.skipped(), p.failed(), p.queued(), o.url());
          out.print("\r\033[K" + (line.length() > 150 ? line.substring(0, 149) + "…" : line));
          if (o.result() == PageOutcome.Result.FAILED) out.print("\r\033[Kfailed  " + o.url() + ": " + o.detail() + "\n");
        } else {
          out.printf("%-9s %s  (%s)%n", o.result().label(), o.url(), o.detail());
        }
        out.flush();
      }

      @Override
      public void note(String message) {
        err.println("planscope crawl: " + message);
      }
    };
  }
}
