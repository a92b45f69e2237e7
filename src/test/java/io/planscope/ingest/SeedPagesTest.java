package io.planscope.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.planscope.plan.Level;
import io.planscope.plan.Measure;
import io.planscope.plan.Period;
import io.planscope.plan.Plan;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The real scraped pages of {@link Seeds} (skipped without them). The boilerplate is listed by distinctive fragments
 * of each removed line (not whole lines), and none of them may reach a title, a path or a measure.
 */
class SeedPagesTest {
  private static final Ingestor INGESTOR = new Ingestor();

  private static final List<String> BOILERPLATE_000 =
      List.of("收集整理", "不代表本站观点", "alicesalices", "上一篇", "下一篇", "相关推荐", "发表回复", "登录后才能评论", "(0)",
          "本文将从不同维度");
  private static final List<String> BOILERPLATE_001 =
      List.of("范文资料网", "我要投稿", "15:11:37", "相关推荐", "相关文章", "合集九篇", "汇总五篇", "集锦九篇", "汇编10篇",
          "年度考核总结", "人事股", "绩效考核表", "销售重点工作计划", "有了工作计划");
  private static final List<String> BOILERPLATE_002 =
      List.of("温馨提示", "数学公式", "版权归属用户", "下载前请", "网络波动", "网站客服", "3074922707");
  private static final List<String> BOILERPLATE_004 =
      List.of("右侧显示信息", "广告位", "后台主题配置", "网站首页", "w227", "14:53:53", "联系我们", "付费", "免费复制", "验证码",
          "扫码", "价格", "支付", "二维码", "分享代码", "最近发表", "标签列表", "最新留言");

  @Test
  void splitsSeed000IntoFivePlansMarkedPian() {
    ParseResult r = INGESTOR.parse(Seeds.seed("000"));
    assertEquals(5, r.plans().size());
    assertNoBoilerplate(r, BOILERPLATE_000);
    r.plans().forEach(p -> assertEquals("教育局工作计划", p.title()));
  }

  @Test
  void splitsSeed001IntoThreePlansMarkedAfterTheTitle() {
    ParseResult r = INGESTOR.parse(Seeds.seed("001"));
    assertEquals(3, r.plans().size());
    assertNoBoilerplate(r, BOILERPLATE_001);
    assertEquals(23, r.plans().get(1).measures().size(), "items 1–23, including the ones glued to headings");
  }

  @Test
  void readsSeed001ThirdPlanAsQingdaoCity2017() {
    Plan third = INGESTOR.parse(Seeds.seed("001")).plans().get(2);
    assertEquals(2017, third.year());
    assertEquals(Level.CITY, third.level());
    assertEquals("青岛市", third.region().city());
  }

  @Test
  void keepsSeed002AsOnePlanOfTheSecondHalfOf2023() {
    ParseResult r = INGESTOR.parse(Seeds.seed("002"));
    assertEquals(1, r.plans().size());
    assertNoBoilerplate(r, BOILERPLATE_002);
    Plan plan = r.plans().get(0);
    assertEquals(2023, plan.year());
    assertEquals(Period.SECOND_HALF, plan.period().kind());
    assertFalse(plan.title().matches(".*(2023|范文).*\\n.*"), "keyword tags are not part of the title");
  }

  @Test
  void splitsSeed002EnumerationsIntoOneMeasurePerPart() {
    Plan plan = INGESTOR.parse(Seeds.seed("002")).plans().get(0);
    List<Measure> parts = plan.measures().stream().filter(m -> m.label().equals("二是")).toList();
    assertFalse(parts.isEmpty());
    Measure m = parts.get(0);
    assertTrue(m.text().startsWith("二是"));
    assertTrue(m.path().get(m.path().size() - 1).startsWith("1."), "the text before 一是 heads the parts");
  }

  @Test
  void keepsSeed004AsOneMaskedCityPlanOf2025() {
    ParseResult r = INGESTOR.parse(Seeds.seed("004"));
    assertEquals(1, r.plans().size());
    assertNoBoilerplate(r, BOILERPLATE_004);
    Plan plan = r.plans().get(0);
    assertEquals(2025, plan.year());
    assertEquals(Level.CITY, plan.level());
    assertNull(plan.region().city());
  }

  @Test
  void givesTheSamePlanIdsOnEveryParse() {
    List<String> first = INGESTOR.parse(Seeds.seed("000")).plans().stream().map(Plan::id).toList();
    List<String> second = INGESTOR.parse(Seeds.seed("000")).plans().stream().map(Plan::id).toList();
    assertEquals(first, second);
    assertEquals(5, first.stream().distinct().count());
    assertTrue(first.get(0).matches("p[0-9a-f]{12}"));
  }

  private static void assertNoBoilerplate(ParseResult r, List<String> fragments) {
    for (Plan p : r.plans()) {
      for (String f : fragments) {
        assertFalse(p.title().contains(f), () -> "title keeps '" + f + "': " + p.title());
        for (Measure m : p.measures()) {
          assertFalse(m.text().contains(f), () -> "measure " + m.id() + " keeps '" + f + "': " + m.text());
          m.path().forEach(h -> assertFalse(h.contains(f), () -> "path keeps '" + f + "': " + h));
        }
      }
    }
  }
}
