package io.planscope.crawl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class RobotsTxtTest {
  private static boolean allows(String robots, String path) {
    return RobotsTxt.parse(robots, CrawlConfig.ROBOT_NAME).allows(CrawlUrl.seed("http://jyj.example.cn" + path));
  }

  @Test
  void starGroupAppliesWhenNoGroupNamesUs() {
    String r = "User-agent: *\nDisallow: /private/\n";
    assertFalse(allows(r, "/private/plan.html"));
    assertTrue(allows(r, "/zwgk/plan.html"));
  }

  @Test
  void ourOwnGroupReplacesTheStarGroup() {
    String r = "User-agent: *\nDisallow: /\n\nUser-agent: PlanScopeBot\nDisallow: /admin/\n";
    assertTrue(allows(r, "/zwgk/plan.html"));
    assertFalse(allows(r, "/admin/x"));
  }

  @Test
  void agentNamesMatchCaseInsensitivelyAndIgnoreVersions() {
    assertFalse(allows("User-agent: planscopebot/0.1\nDisallow: /\n", "/a"));
    assertTrue(allows("User-agent: Googlebot\nDisallow: /\n", "/a"), "another robot's group");
  }

  @Test
  void consecutiveUserAgentLinesShareOneGroup() {
    String r = "User-agent: Googlebot\nUser-agent: PlanScopeBot\nDisallow: /tmp/\n";
    assertFalse(allows(r, "/tmp/x"));
  }

  @Test
  void longestMatchWinsAndAllowWinsATie() {
    String r = "User-agent: *\nDisallow: /zwgk/\nAllow: /zwgk/jhzj/\nDisallow: /zwgk/jhzj/old/\n"
        + "Allow: /same\nDisallow: /same\n";
    assertFalse(allows(r, "/zwgk/news.html"));
    assertTrue(allows(r, "/zwgk/jhzj/2024.html"));
    assertFalse(allows(r, "/zwgk/jhzj/old/2019.html"));
    assertTrue(allows(r, "/same/x"));
  }

  @Test
  void wildcardsAndEndAnchor() {
    String r = "User-agent: *\nDisallow: /*.pdf$\nDisallow: /search*?q=\nDisallow: /*/print/\n";
    assertFalse(allows(r, "/files/a.pdf"));
    assertTrue(allows(r, "/files/a.pdf?download=1"), "$ anchors the end");
    assertFalse(allows(r, "/search.jsp?q=计划"));
    assertFalse(allows(r, "/zwgk/print/1.html"));
    assertTrue(allows(r, "/zwgk/1.html"));
  }

  @Test
  void emptyDisallowAllowsEverythingAndCommentsAreIgnored() {
    String r = "# 教育局网站\nUser-agent: * # all robots\nDisallow:   # nothing\n";
    assertTrue(allows(r, "/anything"));
  }

  @Test
  void chinesePathsMatchTheirPercentEncoding() {
    String r = "User-agent: *\nDisallow: /计划/内部/\n";
    assertFalse(allows(r, "/计划/内部/1.html"));
    assertFalse(allows(r, "/%e8%ae%a1%e5%88%92/%e5%86%85%e9%83%a8/2.html"), "lower-case escapes too");
    assertTrue(allows(r, "/计划/公开/1.html"));
  }

  @Test
  void crawlDelayIsReadForOurGroupAndCapped() {
    RobotsTxt r = RobotsTxt.parse("User-agent: *\nCrawl-delay: 2.5\nDisallow:\n", "PlanScopeBot");
    assertEquals(Optional.of(Duration.ofMillis(2500)), r.crawlDelay());
    RobotsTxt huge = RobotsTxt.parse("User-agent: *\nCrawl-delay: 86400\n", "PlanScopeBot");
    assertEquals(Optional.of(Duration.ofSeconds(60)), huge.crawlDelay());
    assertEquals(Optional.empty(), RobotsTxt.parse("User-agent: *\nCrawl-delay: soon\n", "x").crawlDelay());
  }

  @Test
  void robotsTxtItselfIsAlwaysAllowedAndRulesBeforeAnyAgentAreIgnored() {
    String r = "Disallow: /zwgk/\nUser-agent: *\nDisallow: /\n";
    assertTrue(allows(r, "/robots.txt"));
    assertFalse(allows(r, "/zwgk/"));
    assertTrue(allows("Disallow: /zwgk/\n", "/zwgk/"), "a rule outside any group applies to nobody");
  }

  @Test
  void unreachableRobotsDisallowsEverythingWithAReason() {
    RobotsTxt r = RobotsTxt.unreachable("HTTP 503");
    assertFalse(r.allows(URI.create("http://a.cn/x")));
    assertEquals(Optional.of("HTTP 503"), r.unreachableReason());
    assertTrue(RobotsTxt.ALLOW_ALL.allows(URI.create("http://a.cn/x")));
  }

  @Test
  void pathologicalWildcardsStayFast() {
    String r = "User-agent: *\nDisallow: /" + "*a".repeat(40) + "b\n";
    long t0 = System.nanoTime();
    assertTrue(allows(r, "/" + "a".repeat(5000)));
    assertTrue(System.nanoTime() - t0 < 2_000_000_000L);
  }
}
