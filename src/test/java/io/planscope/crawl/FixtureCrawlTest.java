package io.planscope.crawl;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
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
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** One full crawl of the fixture site (it takes a few seconds: the slow page), then what it did, piece by piece. */
class FixtureCrawlTest {
  private static FixtureSite site;
  private static Path data;
  private static final RecordingSink sink = new RecordingSink();
  private static final List<PageOutcome> outcomes = new ArrayList<>();
  private static CrawlProgress progress;
  private static long millis;

  @BeforeAll
  static void crawl() throws Exception {
    site = new FixtureSite();
    data = Files.createTempDirectory("planscope-crawl");
    long t0 = System.nanoTime();
    progress = new Crawler(config(site, data).build(), sink, (o, p) -> outcomes.add(o)).run();
    millis = Duration.ofNanos(System.nanoTime() - t0).toMillis();
  }

  @AfterAll
  static void stop() {
    site.close();
  }

  /** The fixture site is on loopback, so the tests allow private targets; timeouts are short to keep tests fast. */
  static CrawlConfig.Builder config(FixtureSite site, Path data) {
    return CrawlConfig.builder(List.of(site.url("/zwgk/index.html")))
        .allowPrivate(true)
        .delay(Duration.ZERO)
        .readTimeout(Duration.ofMillis(1500))
        .connectTimeout(Duration.ofSeconds(2))
        .maxRetries(1)
        .backoff(Duration.ofMillis(10))
        .maxBytes(512 * 1024)
        .stateDir(data.resolve("crawl"));
  }

  static Map<String, PageOutcome> byPath(List<PageOutcome> outcomes) {
    return outcomes.stream().collect(Collectors.toMap(o -> pathAndQuery(URI.create(o.url())), Function.identity(),
        (a, b) -> b));
  }

  private static String pathAndQuery(URI u) {
    return u.getPath() + (u.getRawQuery() == null ? "" : "?" + u.getRawQuery());
  }

  private static PageOutcome outcome(String path) {
    PageOutcome o = byPath(outcomes).get(path);
    assertTrue(o != null, "no outcome for " + path + " in " + outcomes);
    return o;
  }

  @Test
  void crawlsFixtureSiteImportingPlanPagesAndTheDocxAttachment() throws Exception {
    CrawlProgress p = progress;
    assertEquals("done", p.state());
    List<String> imported = sink.urls().stream().map(u -> URI.create(u).getPath()).sorted().toList();
    assertEquals(List.of(FixtureSite.DOCX_PATH, "/zwgk/2022jh.html", "/zwgk/2023jh.html", "/zwgk/2024jhzy.html",
        "/zwgk/ldjy-fangan.html"), imported);
    assertEquals(5, p.documentsImported());
    assertEquals(5, p.plansImported());
    Map<String, PageOutcome> o = byPath(outcomes);
    assertEquals(Result.FOLLOWED, o.get("/zwgk/index.html").result());
    assertEquals(Result.FOLLOWED, o.get("/zwgk/index_2.html").result(), "pagination 下一页 is followed");
    assertEquals(Result.FOLLOWED, o.get("/zwgk/tongzhi-2025.html").result());
    assertEquals(Result.FAILED, o.get("/zwgk/missing-jh.html").result());
    assertTrue(o.get("/zwgk/missing-jh.html").detail().contains("HTTP 404"), o.get("/zwgk/missing-jh.html").detail());
    assertEquals(3, p.failed(), "slow, loop, missing");
    assertEquals(3, p.skipped(), "robots, huge, binary");
  }


  @Test
  void neverFetchesWhatItShouldNot() throws Exception {
    List<String> paths = site.paths();
    assertFalse(paths.contains("/private/2021jh.html"), "robots.txt disallows /private/");
    assertFalse(paths.contains("/news/sports-day.html"), "no plan word in its anchor or URL");
    assertFalse(paths.contains("/contact.html"), "navigation is not followed");
    assertFalse(paths.contains("/files/2023jh-fujian.doc"), ".doc is not an attachment we read");
    assertEquals(1, site.count("/robots.txt"), "robots.txt is fetched once per host");
    for (FixtureSite.Request r : site.requests) {
      assertTrue(r.userAgent().startsWith("PlanScopeBot/") && r.userAgent().contains("+https://"), r.userAgent());
    }
    Map<String, PageOutcome> o = byPath(outcomes);
    assertEquals(Result.SKIPPED, o.get("/private/2021jh.html").result());
    assertTrue(o.get("/private/2021jh.html").detail().contains("robots.txt"));
  }


  @Test
  void slowPageTimesOutAfterRetries() throws Exception {
    PageOutcome slow = outcome("/zwgk/slow-jh.html");
    assertEquals(Result.FAILED, slow.result());
    assertTrue(slow.detail().contains("Timed out") && slow.detail().contains("2 tries"), slow.detail());
    assertEquals(2, site.count("/zwgk/slow-jh.html"), "one retry");
    assertTrue(millis < 30_000, millis + " ms");
  }


  @Test
  void redirectLoopStops() throws Exception {
    PageOutcome loop = outcome("/zwgk/loop-yaodian.html");
    assertEquals(Result.FAILED, loop.result());
    assertTrue(loop.detail().contains("Redirect loop") && loop.detail().contains("/zwgk/loop-yaodian.html"),
        loop.detail());
    assertEquals(1, site.count("/zwgk/loop-yaodian.html"));
    assertEquals(1, site.count("/zwgk/loop-b.html"));
  }


  @Test
  void hugePageIsCutAtTheSizeCapAndSkipped() throws Exception {
    PageOutcome huge = outcome("/zwgk/huibian-yaodian.html");
    assertEquals(Result.SKIPPED, huge.result());
    assertTrue(huge.detail().contains("larger than 524288 bytes"), huge.detail());
    assertTrue(sink.find("huibian-yaodian.html").isEmpty());
  }


  @Test
  void binaryDownloadIsSkippedNotImported() throws Exception {
    PageOutcome bin = outcome("/download.jsp?id=7");
    assertEquals(Result.SKIPPED, bin.result());
    assertTrue(bin.detail().contains("application/octet-stream"), bin.detail());
  }


  @Test
  void gbkPageDeclaredOnlyInTheHeaderIsReadAsAPlanAndPassedOnByteExact() throws Exception {
    SourceDocument gbk = sink.find("/zwgk/ldjy-fangan.html").orElseThrow();
    assertEquals("text/html; charset=GBK", gbk.httpContentType());
    assertArrayEquals(site.gbkPage, gbk.bytes());
    assertEquals("ldjy-fangan.html", gbk.filename());
    assertEquals(Result.IMPORTED, outcome("/zwgk/ldjy-fangan.html").result());
  }


  @Test
  void docxAttachmentIsImportedWithItsNameAndUrl() throws Exception {
    SourceDocument docx = sink.documents.stream().filter(d -> d.filename().endsWith(".docx")).findFirst().orElseThrow();
    assertEquals("清溪县教育局2025年工作要点.docx", docx.filename());
    assertArrayEquals(site.docx, docx.bytes());
    assertEquals(FixtureSite.DOCX_TYPE, docx.httpContentType());
    assertEquals(FixtureSite.DOCX_PATH, URI.create(docx.sourceUri()).getPath());
    assertTrue(docx.fetchedAt() != null);
  }


  @Test
  void progressSnapshotCountsAndKeepsRecentOutcomes() throws Exception {
    CrawlProgress p = progress;
    assertEquals(outcomes.size() - 1, p.pagesFetched(), "every outcome but the robots.txt-disallowed page fetched");
    assertTrue(p.recent().size() <= 20 && !p.recent().isEmpty());
    assertEquals(0, p.queued());
    assertTrue(p.finishedAt() != null && p.startedAt() != null);
  }

}
