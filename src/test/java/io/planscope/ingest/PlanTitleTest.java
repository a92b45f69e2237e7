package io.planscope.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.planscope.plan.Plan;
import io.planscope.plan.SectionType;
import io.planscope.source.IngestException;
import io.planscope.source.SourceDocument;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Which title a plan gets when a page offers several: the plan's own heading beats a farm's SEO title. */
class PlanTitleTest {
  private static final Ingestor INGESTOR = new Ingestor();

  private static Plan parse(String name, String text, String contentType) {
    byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
    return INGESTOR.parse(new SourceDocument(bytes, name, "test/" + name, contentType, Instant.EPOCH)).plans().get(0);
  }

  private static final String COUNTY_PLAN =
      String.join(
          "\n",
          "2022年，全县教育工作以办好人民满意的教育为目标，深化改革，提升质量。",
          "一、指导思想",
          "坚持立德树人根本任务，推动教育优质均衡发展。",
          "二、主要任务",
          "（一）加强党的建设。落实全面从严治党责任，建强学校党组织。",
          "（二）推进优质均衡。新建小学一所，改扩建幼儿园两所。");

  @Test
  void theHeadingAtopThePlanBeatsTheFarmsTitleLine() {
    String text = "2024年教育局工作计划(精选22篇)\n桐庐县教育局2022年工作要点\n" + COUNTY_PLAN;
    Plan plan = parse("farm.txt", text, "text/plain");
    assertEquals("桐庐县教育局2022年工作要点", plan.title());
    assertEquals(2022, plan.year());
    assertEquals("工作要点", plan.kind());
  }

  // a notice title without its issuer takes the plan's full name from the handover; a title's year set on a line of
  // its own is joined to the rest
  @ParameterizedTest(name = "{0} → {1}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          某某县教育局\\n关于印发2099年工作要点的通知\\n各学区、直属学校：\\n现将《某某县教育局2099年工作要点》印发给你们，请结合实际，认真贯彻落实。 | 某某县教育局2099年工作要点
          2099\\n年教育局工作要点 | 2099年教育局工作要点
          某某县教育局\\n2099年工作要点 | 某某县教育局2099年工作要点
          中共某某县委教育工委\\n某某县教育局\\n2099年工作要点 | 中共某某县委教育工委 某某县教育局2099年工作要点
          某某县教育局\\n2099年某某县教育局工作要点 | 2099年某某县教育局工作要点
          教育资讯\\n2099年工作要点 | 2099年工作要点
          """)
  void aTitleSplitOrShortenedAboveThePlanIsMadeWhole(String head, String title) {
    Plan plan = parse("head.txt", head.replace("\\n", "\n") + "\n" + COUNTY_PLAN, "text/plain");
    assertEquals(title, plan.title());
    assertEquals(2099, plan.year());
    assertEquals("工作要点", plan.kind());
  }

  @Test
  void aNoticesAddresseesAndSignerGiveWayToThePlanItHandsOver() {
    String text =
        String.join(
            "\n",
            "某教发〔2099〕20号",
            "市属各高校，各区教育局，局属各单位：",
            "现将《2098年某某市教育工作总结和2099年工作要点》印发给你们，请结合实际，认真贯彻执行。",
            "某某市教育局",
            "2099年5月23日",
            "2098年某某市教育工作总结",
            "2098年，全市教育系统坚持立德树人，推进教育高质量发展。",
            "一、加强党对教育工作的全面领导",
            "（一）坚持理论武装。召开中心组学习会议49次。",
            "（二）夯实基层组织。推进党组织领导的校长负责制。");
    Plan plan = parse("notice.txt", text, "text/plain");
    assertEquals("2098年某某市教育工作总结和2099年工作要点", plan.title());
    assertEquals(2099, plan.year());
  }

  @Test
  void aCompilationsLabelGivesWayToThePlansOwnHeadingBelowIt() {
    String text = "2099年教育局工作计划(精选5篇)\n篇一：教育局工作计划\n某某县教育局2099年工作计划\n" + COUNTY_PLAN;
    assertEquals("某某县教育局2099年工作计划", parse("label.txt", text, "text/plain").title());
    // a label that names its year is the plan's title already
    String dated = "2099年教育局工作计划(精选5篇)\n篇一：2099年教育局工作计划\n某某县教育局工作要点\n" + COUNTY_PLAN;
    assertEquals("2099年教育局工作计划", parse("dated.txt", dated, "text/plain").title());
  }

  @Test
  void aSpamSentenceAtopThePlanIsNotItsTitle() {
    String text = "下面是小编为大家整理的2024年教育局工作计划，欢迎阅读\n桐庐县教育局2022年工作要点\n" + COUNTY_PLAN;
    assertEquals("桐庐县教育局2022年工作要点", parse("spam.txt", text, "text/plain").title());
  }

  @Test
  void aFarmsPageTitleGivesWayToTheOpeningYear() {
    String html =
        "<html><head><meta charset=\"utf-8\"><title>2024年教育局工作计划有哪些_某某范文网</title></head><body>"
            + "<div class=\"content\"><p>" + COUNTY_PLAN.replace("\n", "</p><p>") + "</p></div></body></html>";
    Plan plan = parse("farm.html", html, "text/html");
    assertEquals("2024年教育局工作计划", plan.title());
    assertEquals(2022, plan.year());
  }

  @Test
  void reviewSectionsOfASummaryPlusPlanAreTypedReview() {
    String text =
        String.join(
            "\n",
            "桐庐县教育局2024年工作总结及2025年工作计划",
            "一、2024年工作回顾",
            "（一）办学条件持续改善。新建学校两所，改造运动场三处。",
            "二、2025年工作计划",
            "（一）推进优质均衡。新建小学一所，改扩建幼儿园两所。");
    Plan plan = parse("summary.txt", text, "text/plain");
    assertEquals(2025, plan.year());
    assertEquals("工作计划", plan.kind());
    assertEquals(SectionType.REVIEW, plan.measures().get(0).sectionType());
    assertEquals(SectionType.TASKS, plan.measures().get(plan.measures().size() - 1).sectionType());
  }

  @Test
  void aPlanOpeningWithAHeadingTakesTheTitleLineAboveIt() {
    // a farm's marker line removed as site talk, then the plan's first heading
    String text = "以下是小编为您推荐的教育局工作计划范文5篇，供大家参考。\n教育局工作计划范文篇1\n"
        + COUNTY_PLAN.substring(COUNTY_PLAN.indexOf("一、"));
    assertEquals("教育局工作计划", parse("marker.txt", text, "text/plain").title());
  }

  @Test
  void aBreadcrumbsLastCrumbTitlesAPlanOpeningWithASentence() {
    String text = "当前位置:首页 > 总结报告 > 某某县教育局2099年工作要点\n" + COUNTY_PLAN.replace("2022年", "2099年");
    Plan plan = parse("crumb.txt", text, "text/plain");
    assertEquals("某某县教育局2099年工作要点", plan.title());
    assertEquals("工作要点", plan.kind());
  }

  @Test
  void aPlanWithNoTitleLineHasNoTitle() {
    Plan plan = parse("untitled.txt", COUNTY_PLAN, "text/plain");
    assertEquals("", plan.title());
    assertEquals(2022, plan.year());
  }

  @Test
  void aTitleFusedWithTheFirstSentenceIsCutFromIt() {
    String text = "某市教育局六月份的工作安排局长主持召开办公会议，研究部署六月份工作。主要工作如下：\n"
        + COUNTY_PLAN.substring(COUNTY_PLAN.indexOf("一、"));
    Plan plan = parse("fused.txt", text, "text/plain");
    assertEquals("某市教育局六月份的工作安排", plan.title());
    assertEquals("工作安排", plan.kind());
  }

  // a wenku page read as one line: page counter or document number, a notice with its addressees and signature, then
  // the plan's own heading fused with its first sentence; traditional pages the same
  @ParameterizedTest(name = "{1}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          1、某某县教育局2098工作总结及2099年工作计划今年是某某规划的开局之年，现将工作计划如下。 | 某某县教育局2098工作总结及2099年工作计划 | 2099
          區教育局2099年政務公開工作計劃為深入貫徹《條例》，結合本區實際，制定本年度工作計劃如下： | 區教育局2099年政務公開工作計劃 | 2099
          1、某教函209911号某市教育局关于印发某市名校长名教师培养方案的通知各学校：现将方案印发给你们，请遵照执行。某市教育局 2099年1月8日某市名校长培养方案(2096-2099年)为落实某某精神，确保培养质量，制定本方案。 | 某市名校长培养方案(2096-2099年) | 2096
          """)
  void aTitleFusedInARunOnFirstLineIsCutFromIt(String first, String title, int year) {
    Plan plan = parse("runon.txt", first + "\n" + COUNTY_PLAN.substring(COUNTY_PLAN.indexOf("一、")), "text/plain");
    assertEquals(title, plan.title());
    assertEquals(year, plan.year());
  }

  @Test
  void aFarmsSloganAtopThePageGivesWayToTheTitleBelowIt() {
    // the slogan names no plan; the title line under it is repeated by the farm and removed as site talk
    String text = "集思广益、博采众长、厚积薄发\n当前位置:某某文库 > 范文大全 > 某局2099年工作要点范文\n某局2099年工作要点范文\n"
        + COUNTY_PLAN.substring(COUNTY_PLAN.indexOf("一、"));
    Plan plan = parse("slogan.txt", text, "text/plain");
    assertEquals("某局2099年工作要点", plan.title());
    assertEquals(2099, plan.year());
  }

  @Test
  void aSitesLabelOverThePlanGivesWayToTheHeadingBelowIt() {
    // the farm's 篇 label says 2099, the document's own heading below it 2098 (the page's copy of an older plan)
    String text = "教育局工作要点【精品四篇】\n篇1:县教育局2099年工作总结和2099年工作要点_单位工作总结_某某网\n"
        + "某某县教育局2097年工作总结和2098年工作要点\n" + COUNTY_PLAN.replace("2022年", "2097年");
    Plan plan = parse("label.txt", text, "text/plain");
    assertEquals("某某县教育局2097年工作总结和2098年工作要点", plan.title());
    assertEquals(2098, plan.year());
  }

  @Test
  void aSitesNameAsPageTitleDoesNotBeatATitleShapedFirstLine() {
    // the speech's own heading, not the site's name, is what the page is judged by
    String html =
        "<html><head><meta charset=\"utf-8\"><title>某某县人民政府门户网站</title></head><body>"
            + "<div class=\"content\"><p>在全县教育工作会议上的讲话</p><p>" + COUNTY_PLAN.replace("\n", "</p><p>")
            + "</p></div></body></html>";
    IngestException e = assertThrows(IngestException.class, () -> parse("site.html", html, "text/html"));
    assertTrue(e.getMessage().contains("在全县教育工作会议上的讲话"), e.getMessage());
  }

  @Test
  void aTitleLineOutsideTheContentBeatsASitesNameAsPageTitle() {
    // a government page: the title in its own block above the page info, the article block opening with a sentence
    String html =
        "<html><head><meta charset=\"utf-8\"><title>某某县教育信息网</title></head><body>"
            + "<div class=\"crumb\">当前位置：首页 > 政务公开 > 计划总结</div>"
            + "<div class=\"t\">某某县教育局2099年工作要点</div>"
            + "<div class=\"info\">发布时间：2099-02-10 浏览次数：120</div>"
            + "<div class=\"content\"><p>" + COUNTY_PLAN.replace("2022年", "2099年").replace("\n", "</p><p>")
            + "</p></div></body></html>";
    Plan plan = parse("gov.html", html, "text/html");
    assertEquals("某某县教育局2099年工作要点", plan.title());
    assertEquals(2099, plan.year());
    assertEquals("工作要点", plan.kind());
  }

  @Test
  void aPageInfoLineIsNoTitleAndTheTitleBelowItIs() {
    String text = "时间:2099-04-05 工作计划 我要投稿\n某市教育局2099年工作计划\n" + COUNTY_PLAN.replace("2022年", "2099年");
    Plan plan = parse("info.txt", text, "text/plain");
    assertEquals("某市教育局2099年工作计划", plan.title());
    assertEquals(2099, plan.year());
  }

  // lines above an untitled plan, " / " between them: a farm's preface naming its text, a title set over two lines,
  // a news lead citing the title under a headline (both removed as site talk)
  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          前言：本站为你精心整理了某局教育强县方案范文，希望能为你的写作提供参考，欢迎咨询。 | 某局教育强县方案
          关于贯彻落实某某进一步加强 / 乡村教育工作的意见 | 关于贯彻落实某某进一步加强乡村教育工作的意见
          某省人民政府关于实施 / 《某某关于基础教育改革的决定》的意见 | 某省人民政府关于实施《某某关于基础教育改革的决定》的意见
          资讯丨速递!教育部2099年工作要点全文来了 / 2099年,教育工作怎么干?2月8日,《教育部2099年工作要点》发布,具体内容有哪些?一起来看↓↓↓ | 教育部2099年工作要点
          """)
  void theLinesAboveAPlanGiveItsTitle(String above, String title) {
    String text = above.replace(" / ", "\n") + "\n" + COUNTY_PLAN;
    assertEquals(title, parse("above.txt", text, "text/plain").title());
  }
  @Test
  void aFarmLabelNamingNoYearGivesWayToTheDatedNameTheNoticeHandsOver() {
    String text =
        String.join(
            "\n",
            "第一篇:某某区学前教育三年规划正文",
            "某某区人民政府关于印发《某某区学前教育三年行动计划(2097-2099年)》的通知",
            "各街道办事处，区属各单位：",
            "《某某区学前教育三年行动计划(2097-2099年)》已经2099年3月14日第76次区政府常务会议审议通过，现印发给你们，请认真贯彻执行。",
            "某某区学前教育三年行动计划(2097-2099年)",
            COUNTY_PLAN);
    Plan plan = parse("label.txt", text, "text/plain");
    assertEquals("某某区学前教育三年行动计划(2097-2099年)", plan.title());
    assertEquals(2097, plan.year());
  }

  @Test
  void aSpanSetOnTheLineBelowTheTitleCompletesIt() {
    String text = "政策导航\n关于指导推进某项教育的五年规划\n(2095—2099 年)\n" + COUNTY_PLAN;
    Plan plan = parse("span.txt", text, "text/plain");
    assertEquals("关于指导推进某项教育的五年规划(2095—2099 年)", plan.title());
    assertEquals(2095, plan.year());
  }

  @Test
  void aTemplatesMaskedTitleTakesTheYearThePagesFileTitleFillsIn() {
    String text =
        String.join(
            "\n",
            "“某局2099年计划”教育工作计划 工作计划范文",
            "上传人:范**** 文档编号:123 上传时间:2099-07-31 格式:DOC 页数:2 大小:16KB",
            "资源描述",
            "xx年X月X日“某局xx年计划”教育工作计划",
            COUNTY_PLAN.replace("2022年，", "xx年，"));
    Plan plan = parse("masked.txt", text, "text/plain");
    assertEquals(2099, plan.year());
    assertEquals("“某局2099年计划”教育工作计划", plan.title());
  }
  @Test
  void aLibrarysFileTitleGivesWayToThePlansTitleRunOnIntoItsAttributeBlock() {
    String text =
        String.join(
            "\n",
            "某某推进学前教育均衡优质发展的主要做法",
            "- 格式:doc",
            "- 大小:33.00 KB",
            "- 文档页数:3",
            "某某市人民政府关于加快学前教育发展的若干意见(试行)文章属性•【制定机关】某某市人民政府•【公布日期】2099.02.01",
            COUNTY_PLAN);
    Plan plan = parse("card.txt", text, "text/plain");
    assertEquals("某某市人民政府关于加快学前教育发展的若干意见(试行)", plan.title());
    assertEquals("工作意见", plan.kind());
  }
}
