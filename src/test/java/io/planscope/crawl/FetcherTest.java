package io.planscope.crawl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FetcherTest {
  @TempDir Path data;
  private FixtureSite site;
  private final List<URI> hops = new ArrayList<>();

  @BeforeEach
  void start() throws Exception {
    site = new FixtureSite();
  }

  @AfterEach
  void stop() {
    site.close();
  }

  private Fetched fetch(CrawlConfig.Builder config, String path, Fetcher.HopCheck check) throws Exception {
    CrawlConfig c = config.build();
    try (Fetcher f = new Fetcher(c, new Politeness(c.delay()))) {
      return f.fetch(site.url(path), Fetcher.Conditional.NONE, check);
    }
  }

  private Fetched fetch(String path) throws Exception {
    return fetch(FixtureCrawlTest.config(site, data), path, hops::add);
  }

  @Test
  void retriesServerErrorsWithBackoff() throws Exception {
    Fetched f = fetch(FixtureCrawlTest.config(site, data).maxRetries(3), "/flaky", hops::add);
    assertEquals(200, f.status());
    assertEquals(3, f.attempts());
    assertEquals(3, site.count("/flaky"));
  }

  @Test
  void givesUpOnServerErrorsAfterItsRetries() {
    FetchFailure e = assertThrows(FetchFailure.class, () -> fetch("/flaky"));
    assertEquals(FetchFailure.Kind.SERVER_ERROR, e.kind());
    assertTrue(e.getMessage().contains("HTTP 503 after 2 tries") && e.getMessage().contains("/flaky"), e.getMessage());
  }

  @Test
  void followsRedirectsCheckingEveryHop() throws Exception {
    Fetched f = fetch("/r1");
    assertEquals(200, f.status());
    assertEquals("/zwgk/2024jhzy.html", f.finalUrl().getPath());
    assertEquals(site.url("/r1"), f.url());
    assertEquals(List.of("/r1", "/r2", "/zwgk/2024jhzy.html"), hops.stream().map(URI::getPath).toList());
  }

  @Test
  void aRefusedHopStopsTheRedirectBeforeItIsRequested() {
    Fetcher.HopCheck refuseR2 = uri -> {
      if (uri.getPath().equals("/r2")) {
        throw new FetchFailure(FetchFailure.Kind.REFUSED, "Refusing '" + uri + "': it resolves to a private address");
      }
    };
    FetchFailure e = assertThrows(FetchFailure.class,
        () -> fetch(FixtureCrawlTest.config(site, data), "/r1", refuseR2));
    assertEquals(FetchFailure.Kind.REFUSED, e.kind());
    assertTrue(e.getMessage().contains("/r2"), e.getMessage());
    assertFalse(site.paths().contains("/r2"));
  }

  @Test
  void redirectHopsAreLimited() throws Exception {
    assertEquals(200, fetch("/chain/5").status(), "five hops are allowed");
    FetchFailure e = assertThrows(FetchFailure.class, () -> fetch("/chain/6"));
    assertEquals(FetchFailure.Kind.TOO_MANY_REDIRECTS, e.kind());
    assertTrue(e.getMessage().contains("'" + site.url("/chain/6") + "'"), e.getMessage());
  }

  @Test
  void keepsThePolitenessDelayBetweenRequestsToOneHost() throws Exception {
    CrawlConfig c = FixtureCrawlTest.config(site, data).delay(Duration.ofMillis(300)).build();
    try (Fetcher f = new Fetcher(c, new Politeness(c.delay()))) {
      for (String p : List.of("/zwgk/index.html", "/zwgk/2024jhzy.html", "/zwgk/2023jh.html")) {
        f.fetch(site.url(p), Fetcher.Conditional.NONE, hops::add);
      }
    }
    for (int i = 1; i < site.requests.size(); i++) {
      long gap = site.requests.get(i).atNanos() - site.requests.get(i - 1).atNanos();
      // Measured where the server sees requests arrive, so allow scheduling jitter on a loaded machine.
      assertTrue(gap >= Duration.ofMillis(240).toNanos(), "gap " + gap / 1_000_000 + " ms");
    }
  }

  @Test
  void backoffDoublesAndIsCapped() {
    CrawlConfig c = CrawlConfig.builder(List.of(site.url("/"))).backoff(Duration.ofSeconds(1)).build();
    try (Fetcher f = new Fetcher(c, new Politeness(Duration.ZERO))) {
      assertEquals(Duration.ofSeconds(1), f.backoff(1));
      assertEquals(Duration.ofSeconds(2), f.backoff(2));
      assertEquals(Duration.ofSeconds(4), f.backoff(3));
      assertEquals(CrawlConfig.MAX_BACKOFF, f.backoff(30));
    }
  }

  @Test
  void conditionalRequestGetsNotModified() throws Exception {
    CrawlConfig c = FixtureCrawlTest.config(site, data).build();
    try (Fetcher f = new Fetcher(c, new Politeness(c.delay()))) {
      Fetched first = f.fetch(site.url("/zwgk/2024jhzy.html"), Fetcher.Conditional.NONE, hops::add);
      Fetched again = f.fetch(site.url("/zwgk/2024jhzy.html"),
          new Fetcher.Conditional(first.etag(), first.lastModified()), hops::add);
      assertTrue(again.notModified());
      assertEquals(0, again.body().length);
    }
  }
}
