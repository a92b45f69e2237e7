package io.planscope.crawl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CrawlJobsTest {
  @TempDir Path data;

  @Test
  void runsAJobInTheBackgroundAndReportsItsProgress() throws Exception {
    RecordingSink sink = new RecordingSink();
    try (FixtureSite site = new FixtureSite();
        CrawlJobs jobs = new CrawlJobs(sink, new TargetGuard(true))) {
      String id = jobs.submit(FixtureCrawlTest.config(site, data).allowPrivate(false)
          .exclude(Pattern.compile("slow")).build());
      assertTrue(id.matches("c[0-9a-f]{12}"), id);
      CrawlProgress p = waitForEnd(jobs, id);
      assertEquals("done", p.state(), p.toString());
      assertEquals(5, p.plansImported());
      assertTrue(p.pagesFetched() > 5 && p.currentUrl() == null);
      assertTrue(jobs.job("c000000000000").isEmpty());
    }
  }

  @Test
  void aRefusedSeedFailsTheJobWithTheReason() throws Exception {
    try (FixtureSite site = new FixtureSite(); CrawlJobs jobs = new CrawlJobs(new RecordingSink())) {
      String id = jobs.submit(FixtureCrawlTest.config(site, data).allowPrivate(false).build());
      CrawlProgress p = waitForEnd(jobs, id);
      assertEquals("failed", p.state());
      assertTrue(p.message().contains("loopback"), p.message());
    }
  }

  @Test
  void neverAcceptsAConfigAllowingPrivateTargets() {
    try (CrawlJobs jobs = new CrawlJobs(new RecordingSink())) {
      assertThrows(IllegalArgumentException.class, () -> jobs.submit(
          CrawlConfig.builder(java.util.List.of(CrawlUrl.seed("http://127.0.0.1/"))).allowPrivate(true).build()));
    }
  }

  private static CrawlProgress waitForEnd(CrawlJobs jobs, String id) throws InterruptedException {
    for (int i = 0; i < 600; i++) {
      CrawlProgress p = jobs.job(id).orElseThrow().progress();
      if (!p.state().equals("queued") && !p.state().equals("running")) return p;
      Thread.sleep(100);
    }
    throw new AssertionError("job " + id + " did not finish");
  }
}
