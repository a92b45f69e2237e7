package io.planscope.crawl;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.planscope.crawl.PageOutcome.Result;
import io.planscope.source.SourceDocument;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CrawlerTest {
  @TempDir Path data;
  private FixtureSite site;
  private final RecordingSink sink = new RecordingSink();
  private final List<PageOutcome> outcomes = new ArrayList<>();
  private final List<String> notes = new ArrayList<>();

  @BeforeEach
  void start() throws Exception {
    site = new FixtureSite();
  }

  @AfterEach
  void stop() {
    site.close();
  }

  /** The fixture site is on loopback, so the tests allow private targets; timeouts are short to keep tests fast. */
  private CrawlConfig.Builder config() {
    return FixtureCrawlTest.config(site, data).exclude(Pattern.compile("slow"));
  }

  private CrawlProgress crawl(CrawlConfig config) throws Exception {
    CrawlListener listener = new CrawlListener() {
      @Override
      public void page(PageOutcome outcome, CrawlProgress progress) {
        outcomes.add(outcome);
      }

      @Override
      public void note(String message) {
        notes.add(message);
      }
    };
    return new Crawler(config, sink, listener).run();
  }

  private Map<String, PageOutcome> byPath() {
    return FixtureCrawlTest.byPath(outcomes);
  }

  @Test
  void recrawlSkipsUnchangedPagesWithConditionalRequestsAndContentHash() throws Exception {
    crawl(config().build());
    int first = sink.documents.size();
    outcomes.clear();
    int before = site.requests.size();
    CrawlProgress second = crawl(config().build());
    assertEquals(first, sink.documents.size(), "nothing imported again");
    assertEquals(5, second.unchanged());
    Map<String, PageOutcome> o = byPath();
    assertTrue(o.get("/zwgk/2024jhzy.html").detail().contains("304"), "ETag page: conditional request");
    assertTrue(o.get("/zwgk/ldjy-fangan.html").detail().contains("same content"), "no validators: content hash");
    long conditional = site.requests.subList(before, site.requests.size()).stream()
        .filter(r -> r.ifNoneMatch() != null).count();
    assertEquals(4, conditional, "three plan pages and the docx carry ETags");
  }

  @Test
  void resumesAfterAnInterruptionWithoutRefetching() throws Exception {
    CrawlConfig config = config().build();
    CrawlListener crashing = (outcome, progress) -> {
      outcomes.add(outcome);
      if (outcomes.size() == 4) throw new IllegalStateException("simulated crash");
    };
    assertThrows(IllegalStateException.class, () -> new Crawler(config, sink, crashing).run());
    assertTrue(Files.exists(CrawlState.file(config)));
    List<String> firstRun = List.copyOf(site.paths());
    List<String> done = outcomes.stream().map(o -> URI.create(o.url()).getPath()).toList();
    outcomes.clear();
    int before = site.requests.size();

    CrawlProgress p = crawl(config);
    assertEquals(1, notes.size(), notes.toString());
    assertTrue(notes.get(0).startsWith("resuming"), notes.get(0));
    List<String> secondRun = site.paths().subList(before, site.paths().size());
    for (String path : done) assertFalse(secondRun.contains(path), path + " was fetched again");
    assertEquals(5, sink.documents.size(), "every plan once over both runs");
    assertTrue(p.pagesFetched() >= 4, "counts carry over: " + p.summary());
    assertFalse(firstRun.isEmpty());
  }

  @Test
  void freshStartIgnoresTheSavedFrontier() throws Exception {
    CrawlConfig config = config().build();
    CrawlListener crashing = (outcome, progress) -> {
      throw new IllegalStateException("simulated crash");
    };
    assertThrows(IllegalStateException.class, () -> new Crawler(config, sink, crashing).run());
    crawl(config.toBuilder().fresh(true).build());
    assertTrue(notes.isEmpty(), notes.toString());
    assertEquals(2, site.count("/zwgk/index.html"));
  }

  @Test
  void pageBudgetStopsTheCrawl() throws Exception {
    CrawlProgress p = crawl(config().maxPages(3).build());
    assertEquals(3, p.pagesFetched());
    assertEquals("done", p.state());
    assertTrue(p.message().contains("page budget"), p.message());
  }

  @Test
  void depthZeroFetchesOnlyTheSeedAndItsPagination() throws Exception {
    crawl(config().maxDepth(0).build());
    assertEquals(List.of("/robots.txt", "/zwgk/index.html", "/zwgk/index_2.html"), site.paths());
  }

  @Test
  void excludeAndIncludeFilterFollowedLinks() throws Exception {
    crawl(config().exclude(Pattern.compile("2023|files/")).build());
    assertFalse(site.paths().contains("/zwgk/2023jh.html"));
    assertTrue(sink.urls().stream().noneMatch(u -> u.endsWith(".docx")));
    outcomes.clear();
    crawl(config().include(Pattern.compile("2024")).fresh(true).build());
    assertTrue(outcomes.stream().allMatch(o -> o.url().contains("2024") || o.url().endsWith("/zwgk/index.html")),
        outcomes.toString());
  }

  @Test
  void refusesLoopbackWithoutAllowPrivateQuotingTheUrl() {
    CrawlConfig config = config().allowPrivate(false).build();
    CrawlException e = assertThrows(CrawlException.class, () -> crawl(config));
    assertTrue(e.getMessage().contains("'" + site.url("/zwgk/index.html") + "'"), e.getMessage());
    assertTrue(e.getMessage().contains("loopback"), e.getMessage());
    assertTrue(site.requests.isEmpty(), "nothing was fetched");
  }

}
