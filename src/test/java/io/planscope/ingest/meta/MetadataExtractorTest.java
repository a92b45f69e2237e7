package io.planscope.ingest.meta;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.planscope.plan.Level;
import io.planscope.plan.Period;
import io.planscope.plan.PlanMeta;
import io.planscope.plan.Region;
import io.planscope.text.Fold;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** Whole plans shaped like the pages we scrape; the sentences are written for this test. */
class MetadataExtractorTest {
  private final MetadataExtractor extractor = MetadataExtractor.load();

  private static List<String> norm(String... lines) {
    return List.of(lines).stream().map(Fold::normalize).toList();
  }

  private static List<String> page(List<String> head, List<String> body, List<String> tail) {
    List<String> all = new ArrayList<>(head);
    all.addAll(body);
    all.addAll(tail);
    return all;
  }

  @Test
  void thirdPlanOfACompilationPageIsACityPlan() {
    // shaped like seed 001: a content-farm page, the third 篇 is a 青岛市 plan for the year in its title
    List<String> head = norm("某某资料网>工作计划>《教育局年度重点工作计划", "时间:2021-05-06 09:12:40 工作计划 我要投稿");
    List<String> body =
        norm(
            "2017年全市教育工作的基本思路是:以建设教育强市为目标,深化改革,提升质量。",
            "一、推进学前教育普惠发展",
            "(一)扩大普惠性资源。落实青岛市学前教育行动计划,新建改扩建幼儿园50所。",
            "(二)加强教师队伍建设。实施青岛市名师培养工程,深化县管校聘改革。",
            "二、办好家门口的好学校",
            "(一)完善学校布局。编制青岛市中小学布局规划,新增学位2万个。");
    PlanMeta m =
        extractor.extract(
            new PlanText("2017年教育局年度重点工作计划篇3", body, page(head, body, norm("相关文章:")), "x.html"));
    assertEquals("2017年教育局年度重点工作计划", m.title());
    assertEquals(2017, m.year());
    assertEquals(Period.of(Period.ANNUAL, 2017), m.period());
    assertEquals("2021-05-06", m.published());
    assertEquals(Level.CITY, m.level());
    assertEquals(new Region("山东省", "青岛市", null, "370200"), m.region());
    assertEquals("教育局", m.bureau());
    assertEquals("工作计划", m.kind());
  }

  @Test
  void maskedCityPlanWithAByline() {
    // shaped like seed 004: a 2025 要点 of a city whose name the site replaced by XX
    List<String> head = norm("网站首页 > 范文大全 正文", "某市2025年教育工作要点", "u318 2025-02-27 10:21:09 范文大全 41 ℃");
    List<String> body =
        norm(
            "2025年,XX市教育工作以推动教育高质量发展为主题,深化教育综合改革。",
            "一、优化教育资源配置",
            "(一)科学规划学校布局。结合XX市人口变化趋势,统筹新建学校项目。",
            "(二)推进教育数字化转型。建设XX市教育数据中心。");
    PlanMeta m = extractor.extract(new PlanText("某市2025年教育工作要点", body, page(head, body, List.of()), null));
    assertEquals(2025, m.year());
    assertEquals(Level.CITY, m.level());
    assertEquals(Region.NONE, m.region());
    assertEquals("2025-02-27", m.published());
    assertEquals("工作要点", m.kind());
    assertNull(m.bureau());
  }

  @Test
  void secondHalfDistrictPlan() {
    // shaped like seed 002: a district 教育体育局 plan for the second half, the year only in the opening
    List<String> head = norm("温馨提示:", "1. 本文档由用户上传。", "2023", "教育", "体育局", "下半年", "工作计划", "范文");
    List<String> body =
        norm(
            "2023年下半年,区教体局将围绕优质均衡目标,巩固上半年成果,持续提升办学水平。",
            "〔一〕坚持党建引领,加强党对教育工作的全面领导",
            "1.加强基层党组织建设。推进党建品牌创建,发挥党员示范作用。",
            "2.严格落实意识形态责任制。");
    PlanMeta m = extractor.extract(new PlanText("区教育体育局下半年工作方案", body, page(head, body, List.of()), null));
    assertEquals("区教育体育局下半年工作方案", m.title());
    assertEquals(2023, m.year());
    assertEquals(Period.of(Period.SECOND_HALF, 2023), m.period());
    assertEquals(Level.COUNTY, m.level());
    assertEquals("教育体育局", m.bureau());
    assertEquals("工作方案", m.kind());
    assertNull(m.published());
  }

  @Test
  void multiYearSpecialPlan() {
    List<String> body = norm("为加快建设高素质专业化教师队伍,结合我县实际,制定本方案。", "一、总体目标");
    PlanMeta m =
        extractor.extract(
            new PlanText("桃源县教师队伍建设三年行动方案(2023—2025年)_某某文库", body, body, null));
    assertEquals("桃源县教师队伍建设三年行动方案(2023—2025年)", m.title());
    assertEquals(new Period(Period.MULTI_YEAR, 2023, 2025), m.period());
    assertEquals("430725", m.region().code());
    assertEquals(Level.COUNTY, m.level());
    assertEquals("实施方案", m.kind()); // closed vocabulary: the subject stays in the title
  }

  @Test
  void publishDateIsNeverTheYear() {
    List<String> body = norm("为全面贯彻党的教育方针,制定本计划。", "一、指导思想");
    List<String> pageLines = page(norm("发布时间:2024-01-15 08:00"), body, List.of());
    PlanMeta m = extractor.extract(new PlanText("篇一:《教育局工作计划》", body, pageLines, null));
    assertEquals("教育局工作计划", m.title());
    assertNull(m.year());
    assertEquals("2024-01-15", m.published());
    assertEquals(Level.UNKNOWN, m.level());
  }

  @Test
  void traditionalPageFoldedByTheCaller() {
    List<String> body = norm("2022年,全區教育工作堅持立德樹人。", "一、加強黨的建設");
    List<String> pageLines = page(norm("發佈時間：2022年2月8日"), body, List.of());
    PlanMeta m = extractor.extract(new PlanText("杭州市西湖區教育局2022年工作要點_某某網", body, pageLines, null));
    assertEquals("杭州市西湖區教育局2022年工作要點", m.title());
    assertEquals(2022, m.year());
    assertEquals("2022-02-08", m.published());
    assertEquals(new Region("浙江省", "杭州市", "西湖区", "330106"), m.region());
    assertEquals("工作要点", m.kind());
  }

  @Test
  void aFarmsPageTitleLosesToThePlansOpening() {
    // a farm's SEO title for the page; the plan it carries is a 2022 county plan
    List<String> body =
        norm(
            "2022年,全县教育工作以办好人民满意的教育为目标,深化改革,提升质量。",
            "一、推进学前教育普惠发展",
            "(一)扩大普惠性资源。新建改扩建幼儿园三所。");
    PlanMeta m = extractor.extract(new PlanText("2024年教育局工作计划(精选22篇)", body, body, null, false));
    assertEquals("2024年教育局工作计划", m.title());
    assertEquals(2022, m.year());
    assertEquals(Level.COUNTY, m.level());
    assertEquals("工作计划", m.kind());
  }

  @Test
  void aPlainPageTitleOnAFarmLosesToTheOpeningButABureausKeepsItsYear() {
    List<String> body = norm("2022年,全县教育工作以办好人民满意的教育为目标。", "一、主要任务", "(一)推进优质均衡。");
    List<String> farm = page(norm("首页 > 范文大全 > 工作计划"), body, List.of());
    PlanMeta onFarm = extractor.extract(new PlanText("2024年教育局工作计划", body, farm, null, false));
    assertEquals(2022, onFarm.year());
    // a bureau's page: its <title> is the plan's, and "2023年，全市教育系统…" in the opening looks back
    List<String> lookBack = norm("2023年,全市教育系统取得了新的成绩。", "一、主要任务", "(一)推进优质均衡。");
    PlanMeta onBureau = extractor.extract(new PlanText("某市教育局2024年工作要点", lookBack, lookBack, null, false));
    assertEquals(2024, onBureau.year());
  }

  @Test
  void aNoticeWrapperWithAnAttributeBlock() {
    List<String> head = norm("【制定机关】温州市教育局 【发布日期】2024-02-05", "【文号】温教〔2024〕5号");
    List<String> body =
        norm(
            "各县(市、区)教育局,局属各单位:",
            "现将《2024年教育工作要点》印发给你们,请结合实际认真贯彻落实。",
            "一、加强党的全面领导",
            "(一)深化理论武装。组织参加浙江省教育学会年度征文活动。",
            "(二)推进全市教育系统清廉学校建设。");
    PlanMeta m =
        extractor.extract(
            new PlanText("温州市教育局关于印发2024年教育工作要点的通知", body, page(head, body, List.of()), null));
    assertEquals("温州市教育局2024年教育工作要点", m.title());
    assertEquals(2024, m.year());
    assertEquals("2024-02-05", m.published());
    assertEquals(Level.CITY, m.level());
    assertEquals(new Region("浙江省", "温州市", null, "330300"), m.region());
    assertEquals("工作要点", m.kind());
  }

  @Test
  void theAttributeBlockGivesTheRegionAnUnnamedTitleLacks() {
    List<String> head = norm("制定机关", "嘉兴市教育局", "发布日期", "2024-03-01");
    List<String> body = norm("2024年,全市教育系统坚持稳中求进。", "一、主要任务", "(一)推进优质均衡。");
    PlanMeta m = extractor.extract(new PlanText("2024年教育工作要点", body, page(head, body, List.of()), null));
    assertEquals(new Region("浙江省", "嘉兴市", null, "330400"), m.region());
    assertEquals(Level.CITY, m.level());
    assertEquals("2024-03-01", m.published());
  }

  @Test
  void theSignerOfTheHandOverNoticeGivesTheRegionAnUnnamedTitleLacks() {
    List<String> head =
        norm(
            "关于印发2099年教育督导工作要点的通知",
            "各县(市、区)教育局:",
            "现将《2099年教育督导工作要点》印发给你们,请结合实际贯彻执行。",
            "嘉兴市人民政府教育督导室",
            "2099年2月19日");
    List<String> body = norm("2099年全市教育督导工作的总体要求是:深化督导改革。", "一、深入推进督导改革", "(一)强化督学队伍。");
    PlanMeta m = extractor.extract(new PlanText("2099年教育督导工作要点", body, page(head, body, List.of()), null));
    assertEquals(new Region("浙江省", "嘉兴市", null, "330400"), m.region());
    assertEquals(Level.CITY, m.level());
  }

  @Test
  void theNoticesHeadingNamesTheIssuerWhenThePlanKeptItsOwnTitleAndNoSignature() {
    List<String> head =
        norm(
            "嘉兴市教育局关于印发《2099年教育工作要点》的通知",
            "各县(市、区)教育局,市直各学校:",
            "现将《2099年教育工作要点》印发给你们,请结合实际认真贯彻落实。");
    List<String> body = norm("2099年教育工作的总体要求是:坚持稳中求进。", "一、加强党的建设", "(一)深化理论武装。");
    PlanMeta m = extractor.extract(new PlanText("2099年教育工作要点", body, page(head, body, List.of()), null));
    assertEquals(new Region("浙江省", "嘉兴市", null, "330400"), m.region());
    assertEquals(Level.CITY, m.level());
    assertEquals("教育局", m.bureau());
  }

  @Test
  void summaryPlusPlanIsAPlanForTheNextYear() {
    List<String> body =
        norm("一、2024年工作回顾", "(一)办学条件持续改善。新建学校两所。", "二、2025年工作计划", "(一)推进优质均衡。");
    PlanMeta m =
        extractor.extract(new PlanText("桐庐县教育局2024年工作总结及2025年工作计划", body, body, null));
    assertEquals(2025, m.year());
    assertEquals("工作计划", m.kind());
    assertEquals(Level.COUNTY, m.level());
    assertEquals("330122", m.region().code());
  }

  @Test
  void aTitleRunOnIntoTheNoticeOrTheTextKeepsItsHead() {
    List<String> body = norm("一、指导思想", "坚持立德树人。");
    PlanMeta notice =
        extractor.extract(
            new PlanText("桐庐县教育局关于印发2099年工作要点的通知各学校：现将工作要点印发给你们，请认真贯彻落实。", body, body, null));
    assertEquals("桐庐县教育局2099年工作要点", notice.title());
    assertEquals(2099, notice.year());
    assertEquals("工作要点", notice.kind());
    assertEquals("330122", notice.region().code());
    PlanMeta text =
        extractor.extract(new PlanText("區教育局2099年工作計劃為深入貫徹《條例》，結合本區實際，制定本計劃如下：", body, body, null));
    assertEquals("區教育局2099年工作計劃", text.title());
    assertEquals(Level.COUNTY, text.level());
  }

  @Test
  void aPartyCommitteeAndDepartmentTitleIsAProvincialPoints() {
    List<String> body = norm("2024年全省教育工作的总体要求是:坚持立德树人。", "一、加强党的建设");
    PlanMeta m = extractor.extract(new PlanText("中共某某省委教育工委 某某省教育厅2024年工作要点", body, body, null));
    assertEquals("工作要点", m.kind());
    assertEquals(Level.PROVINCE, m.level());
    assertEquals(2024, m.year());
    assertEquals("教育厅", m.bureau());
  }

  @Test
  void topicsOfNormalizedText() {
    assertEquals(List.of("心理健康", "校园安全"), extractor.topics("开展心理健康教育,落实防溺水措施。"));
  }

  @Test
  void loadIsACachedThreadSafeSingleton() throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<MetadataExtractor>> loads = new ArrayList<>();
      for (int i = 0; i < 8; i++) loads.add(pool.submit(MetadataExtractor::load));
      for (Future<MetadataExtractor> f : loads) assertSame(extractor, f.get());
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void emptyOrOddInputGivesUnknownsNotErrors() {
    PlanMeta empty = extractor.extract(new PlanText(null, List.of(), List.of(), null));
    assertEquals("", empty.title());
    assertNull(empty.year());
    assertEquals(Level.UNKNOWN, empty.level());
    assertEquals(Region.NONE, empty.region());
    assertNull(empty.kind());
    PlanMeta odd = extractor.extract(new PlanText("【精选】", norm("<b>", "x".repeat(5000)), List.of(), null));
    assertEquals("【精选】", odd.title());
  }

  @Test
  void aSentenceOrAHeadingIsNeverATitle() {
    List<String> body = norm("一、扎实做好学前教育工作。", "新建幼儿园两所，培训教师百人。");
    assertEquals("", extractor.extract(new PlanText("一、扎实做好学前教育工作。", body, body, null, false)).title());
    assertEquals("", extractor.extract(new PlanText("某教发〔2099〕20号", body, body, null, false)).title());
    List<String> opening = norm("2099年，全县教育工作要以立德树人为根本任务，深化改革，提升质量。", "一、推进改革");
    PlanMeta m = extractor.extract(new PlanText(opening.get(0), opening, opening, null, false));
    assertEquals("", m.title());
    assertEquals(2099, m.year());
    assertNull(m.kind());
  }

  @Test
  void anUntitledPlansOpeningNamesItsYearAndKind() {
    List<String> body =
        norm(
            "根据上级部署，现将我市教育局2098年度主要工作完成情况、存在的问题以及2099年度重点工作计划汇报如下:",
            "一、2098年度工作回顾与主要成效",
            "2098年，全市教育系统…");
    PlanMeta m = extractor.extract(new PlanText(body.get(0), body, body, null, false));
    assertEquals("", m.title());
    assertEquals(2099, m.year());
    assertEquals("工作计划", m.kind());
    assertEquals(Level.CITY, m.level());
    // a measure that plans something is no description of the document
    List<String> measures = norm("一、加强队伍建设", "1、制定教师培训计划，培训教师千人。");
    assertNull(extractor.extract(new PlanText("一、加强队伍建设", measures, measures, null, false)).kind());
  }

  @Test
  void aTitleCitedAsWrittenKeepsTheNoticesIssuerInTheMetadata() {
    List<String> body = norm("2099年,全市教育系统坚持立德树人。", "一、加强党建", "二、推进改革");
    PlanMeta m =
        extractor.extract(new PlanText("杭州市教育局关于印发《2099年全市教育工作要点》的通知", body, body, null));
    assertEquals("2099年全市教育工作要点", m.title());
    assertEquals("330100", m.region().code());
    assertEquals("教育局", m.bureau());
  }

  @Test
  void aPeriodLeftOfACutTitleIsNoTitleAndThePlanNamingItselfGivesTheYear() {
    List<String> body =
        norm(
            "(2097-2099年)",
            "2090年以来，我市先后实施了两期学前教育行动计划。为进一步加快学前教育发展，结合我市实际，特制订《某市第三期学前教育行动计划(2097—2099年)》。",
            "一、基本原则");
    PlanMeta m = extractor.extract(new PlanText(body.get(0), body, body, null, false));
    assertEquals("", m.title());
    assertEquals(2097, m.year());
    assertEquals("工作计划", m.kind());
    assertEquals("", extractor.extract(new PlanText("2099年3月", body, body, null, false)).title());
  }
}
