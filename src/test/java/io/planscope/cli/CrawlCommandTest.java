package io.planscope.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.planscope.app.DataDir;
import io.planscope.app.Workspace;
import io.planscope.corpus.PlanSource;
import io.planscope.crawl.FixtureSite;
import io.planscope.plan.Plan;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The crawl command end to end: the fixture site, the real ingestion, a real store and index. */
class CrawlCommandTest {
  @TempDir Path data;
  private FixtureSite site;
  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private final ByteArrayOutputStream err = new ByteArrayOutputStream();

  @BeforeEach
  void start() throws Exception {
    site = new FixtureSite();
  }

  @AfterEach
  void stop() {
    site.close();
  }

  private int run(String... argv) {
    out.reset();
    err.reset();
    return Main.run(argv, new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8));
  }

  private String out() {
    return out.toString(StandardCharsets.UTF_8);
  }

  private String err() {
    return err.toString(StandardCharsets.UTF_8);
  }

  // The slow and huge pages are left out: the CLI's default timeouts are minutes, not test-sized.
  private int crawl() {
    return run("crawl", site.url("/zwgk/index.html").toString(), "--allow-private", "--delay-ms", "0",
        "--data", data.toString(), "--exclude", "slow|huibian");
  }

  @Test
  void crawlsTheFixtureSiteIntoTheStoreWithUrlsAsSources() throws Exception {
    assertEquals(0, crawl(), err());
    assertTrue(out().contains("imported  " + site.url("/zwgk/2024jhzy.html")), out());
    assertTrue(out().contains("skipped   " + site.url("/private/2021jh.html")), out());
    assertTrue(out().lines().anyMatch(l -> l.startsWith("crawl done: ")), out());
    assertTrue(Files.exists(data.resolve("crawl").resolve("validators.json")));
    try (Workspace ws = Workspace.open(DataDir.at(data))) {
      List<Plan> plans = ws.store().plans().toList();
      assertTrue(plans.size() >= 5, plans.stream().map(Plan::title).toList().toString());
      assertTrue(plans.stream().anyMatch(p -> p.title().contains("劳动教育")), "the GBK page decoded");
      assertTrue(plans.stream().anyMatch(p -> p.title().contains("2025")), "the docx attachment");
      Plan p2024 = plans.stream().filter(p -> p.title().contains("2024年工作要点")).findFirst().orElseThrow();
      List<PlanSource> sources = ws.store().sources(p2024.id());
      assertTrue(sources.stream().anyMatch(s -> s.uri().equals(site.url("/zwgk/2024jhzy.html").toString())),
          sources.toString());
    }
  }

  @Test
  void recrawlReportsUnchangedPages() {
    assertEquals(0, crawl(), err());
    assertEquals(0, crawl(), err());
    assertTrue(out().contains("unchanged " + site.url("/zwgk/2024jhzy.html")), out());
    assertTrue(out().contains(" 0 plans imported"), out());
  }

  @Test
  void refusesLoopbackWithoutAllowPrivate() {
    String url = site.url("/zwgk/index.html").toString();
    assertEquals(1, run("crawl", url, "--data", data.toString()));
    assertTrue(err().contains("Refusing '" + url + "'") && err().contains("--allow-private"), err());
    assertTrue(site.paths().isEmpty());
  }

  @Test
  void terminalGetsOneStatusLineRedrawnInPlace() {
    var listener = CrawlCommand.listener(new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8), true);
    var progress = io.planscope.crawl.CrawlProgress.queued(List.of("http://a.cn/"));
    listener.page(new io.planscope.crawl.PageOutcome("http://a.cn/1.html", 1,
        io.planscope.crawl.PageOutcome.Result.IMPORTED, "1 plan", List.of("p1")), progress);
    assertTrue(out().startsWith("\r\033[K[0 fetched, 0 plans"), out());
    assertTrue(!out().contains("\n"), "no newline per page on a terminal");
  }

  @Test
  void badArgumentsAreUsageErrors() {
    assertEquals(2, run("crawl", "--data", data.toString()));
    assertTrue(err().contains("missing URL"), err());
    assertEquals(2, run("crawl", "http://192.0.2.1/", "--include", "(["));
    assertTrue(err().contains("--include is not a regular expression: '(['"), err());
    assertEquals(1, run("crawl", "ftp://192.0.2.1/", "--data", data.toString()));
    assertTrue(err().contains("'ftp://192.0.2.1/' is not an http(s) URL"), err());
  }
}
