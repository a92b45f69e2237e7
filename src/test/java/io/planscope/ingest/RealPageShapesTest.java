package io.planscope.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.planscope.plan.Measure;
import io.planscope.plan.Plan;
import io.planscope.plan.Section;
import io.planscope.source.IngestException;
import io.planscope.source.SourceDocument;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * One page per shape that real content farms and bureau sites give, written for this test in the same messy form
 * (never copied from a page). Each test states what a reader of the page would expect.
 */
class RealPageShapesTest {
  private static final Ingestor INGESTOR = new Ingestor();

  private static ParseResult parse(String name, String text) {
    byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
    return INGESTOR.parse(new SourceDocument(bytes, name, "test/" + name, null, Instant.EPOCH));
  }

  private static List<String> texts(Plan plan) {
    return PageShapes.texts(plan);
  }

  private static void assertNowhere(ParseResult r, String... phrases) {
    PageShapes.assertNowhere(r, phrases);
  }

  private static String lines(String... lines) {
    return String.join("\n", lines) + "\n";
  }

  @Test
  void farmIntroOutroWatermarkHandleAndTailListAreNotMeasures() {
    ParseResult r =
        parse(
            "farm.txt",
            lines(
                "2024年县教育局工作计划(精选3篇)",
                "时间:2024-01-08 作者:编辑部",
                "下面是本站小编为大家精心整理的县教育局工作计划，供大家参考，欢迎阅读并收藏。",
                "2024年县教育局工作计划",
                "2024年，全县教育系统围绕办好人民满意的教育，扎实推进各项工作，特制定本计划。",
                "一、加强党的建设",
                "落实全面从严治党主体责任，建强基层党组织，开展书记讲党课活动。",
                "二、推进优质均衡",
                "---本文来源于网络，仅供参考，勿照抄，如有侵权请联系删除---",
                "新建城东小学一所，改扩建幼儿园三所，新增学位一千二百个。",
                "三、提升教育质量",
                "深化课堂教学改革，完善教学质量监测，推进集体教研常态化。",
                "以上就是小编整理的工作计划，希望对你有帮助，还可以找到更多相关内容。",
                "某某公文写作官方抖音号",
                "更多相关范文：",
                "教育局年度工作总结",
                "学校安全工作计划"));
    assertEquals(1, r.plans().size());
    Plan plan = r.plans().get(0);
    assertEquals("2024年县教育局工作计划", plan.title());
    assertEquals(3, plan.measures().size(), () -> texts(plan).toString());
    assertEquals(1, plan.preamble().size(), "the opening sentence frames the plan");
    assertNowhere(r, "小编", "本文来源于网络", "抖音号", "更多相关", "教育局年度工作总结", "精选3篇");
  }

  @Test
  void governmentWidgetsAndAttributeBlockAreNotMeasures() {
    String body =
        TestPages.paragraphs(
            lines(
                "字号：[大 中 小]",
                "视力保护色：",
                "文章属性",
                "【制定机关】某市教育局",
                "【效力等级】部门规范性文件",
                "【主题分类】教育",
                "【发布日期】2024-02-05",
                "索 引 号：000000-2024-00012",
                TestPages.PLAN_BODY,
                "【打印】 【关闭】"));
    ParseResult r = parse("gov.html", TestPages.html(body));
    assertEquals(1, r.plans().size());
    assertNowhere(r, "字号", "视力保护色", "制定机关", "效力等级", "主题分类", "索 引 号", "打印", "文章属性");
    assertEquals(5, r.plans().get(0).measures().size()); // one guiding paragraph, four items
    assertEquals(1, r.plans().get(0).preamble().size());
  }

  @Test
  void pinyinGlossesInATraditionalMirrorReadAsPlainText() {
    ParseResult r =
        parse(
            "mirror.txt",
            lines(
                "某縣教育局2024年工作要點",
                "2024年，全縣教育系統堅持穩中求進，優(yōu)化發(fā)展環(huán)境，推動各項工作落實。",
                "一、加強黨的建(jiàn)設(shè)",
                "落實(shí)全面從嚴治黨責任，建強學(xué)校黨組織，開展主題黨日活動。",
                "二、推進優(yōu)質均衡",
                "新建小學一所，改擴建幼兒園兩所，持續優(yōu)化教育資源配置。"));
    Plan plan = r.plans().get(0);
    assertTrue(plan.preamble().get(0).text().contains("優化發展環境"), plan.preamble().get(0).text());
    assertTrue(plan.measures().get(0).text().contains("\n落實全面從嚴治黨"), plan.measures().get(0).text());
    assertNowhere(r, "(yōu)", "(fā)", "(shí)", "(xué)");
  }

  @Test
  void aPlansOwnContentsListDoesNotCountItsMeasuresTwice() {
    ParseResult r =
        parse(
            "contents.txt",
            lines(
                "某市教育局2024年工作要点",
                "一、坚持党建引领",
                "1.强化理论武装",
                "2.夯实基层组织",
                "二、推进均衡发展",
                "3.扩大优质学位供给",
                "一、坚持党建引领",
                "1.强化理论武装。深入学习党的创新理论，健全理论学习中心组制度。",
                "2.夯实基层组织。推进党组织领导的校长负责制，建强学校党支部。",
                "二、推进均衡发展",
                "3.扩大优质学位供给。新建改扩建中小学十所，新增学位八千个。"));
    Plan plan = r.plans().get(0);
    assertEquals(3, plan.measures().size(), () -> texts(plan).toString());
    assertTrue(r.removed().stream().anyMatch(l -> l.reason().equals("contents list")));
  }

  @Test
  void monthSchedulesAreEntriesNotSections() {
    ParseResult r =
        parse(
            "months.txt",
            lines(
                "某县教育局2024年工作安排",
                "为统筹安排全年工作，现将各月重点工作安排如下。全县各校要认真落实。各股室要加强督促。",
                "一月份：召开全县教育工作会议，部署全年工作。四月份：",
                "开展春季学校安全大检查，落实安全责任。",
                "八、九月份：做好秋季招生入学工作，组织新教师岗前培训。",
                "十月份：开展教学质量抽测，组织教研活动。"));
    Plan plan = r.plans().get(0);
    List<String> labels = plan.measures().stream().map(Measure::label).toList();
    assertTrue(labels.containsAll(List.of("一月份", "四月份", "八、九月份", "十月份")), labels.toString());
    assertTrue(plan.sections().stream().noneMatch(s -> s.heading().startsWith("八")), plan.sections().toString());
  }

  @Test
  void leadingGroupNamesAreNotMeasures() {
    ParseResult r =
        parse(
            "group.txt",
            lines(
                TestPages.PLAN_TITLE,
                TestPages.PLAN_BODY,
                "（三）成立领导小组。成立以局长为组长的工作领导小组，统筹推进各项工作。",
                "组  长：王某某",
                "副组长：李某 张某某",
                "成  员：赵某 钱某某 孙某 周某某"));
    assertNowhere(r, "王某某", "钱某某");
    assertTrue(texts(r.plans().get(0)).stream().anyMatch(t -> t.contains("成立以局长为组长")));
  }

  @Test
  void inlineCircledAndBracketedNumbersSplitIntoMeasures() {
    ParseResult r =
        parse(
            "inline.txt",
            lines(
                TestPages.PLAN_TITLE,
                "一、主要任务",
                "（一）推进课后服务。①完善课后服务经费保障机制；②丰富课后服务内容；③加强课后服务监管。",
                "（二）加强教师培训。（1）实施新教师入职培训；（2）开展骨干教师研修；（3）推进校本研修。",
                "二、保障措施",
                "加强组织领导，明确责任分工，确保各项任务落到实处。"));
    List<String> labels = r.plans().get(0).measures().stream().map(Measure::label).toList();
    assertEquals(List.of("①", "②", "③", "(1)", "(2)", "(3)", "二、"), labels, "二、 over one paragraph is one item");
  }

  @Test
  void dashLedLinesUnderAnItemAreMeasuresEach() {
    ParseResult r =
        parse(
            "dashes.txt",
            lines(
                "某州教育事业发展规划",
                "一、发展基础",
                "（一）主要成就。过去五年，全州教育事业取得长足进步。",
                "——教育普及水平稳步提高。学前三年毛入园率达到九成以上。",
                "——办学条件明显改善。新建改扩建学校四十余所。",
                "——教师队伍不断壮大。新招聘教师六百余名。",
                "二、主要任务",
                "（一）扩大优质资源。新建幼儿园十所，新增学位三千个。"));
    List<String> labels = r.plans().get(0).measures().stream().map(Measure::label).toList();
    assertEquals(List.of("——", "——", "——", "（一）"), labels, () -> texts(r.plans().get(0)).toString());
  }

  @Test
  void aNoticeWrappingThePlanLeavesOnlyThePlan() {
    ParseResult r =
        parse(
            "notice.txt",
            lines(
                "某市教育局关于印发《某市教育局2024年工作要点》的通知",
                "某教〔2024〕3号",
                "各县（区）教育局，市直各学校，局机关各科室、直属单位：",
                "现将《某市教育局2024年工作要点》印发给你们，请结合实际认真贯彻落实。",
                "某市教育局",
                "2024年2月5日",
                "（此件主动公开）",
                "某市教育局2024年工作要点",
                TestPages.PLAN_BODY));
    assertNowhere(r, "印发给你们", "各县（区）教育局", "此件主动公开", "某教〔2024〕3号");
    assertEquals(5, r.plans().get(0).measures().size());
    assertEquals(1, r.plans().get(0).preamble().size());
  }

  @Test
  void aDocumentSitesPagesAreJoinedAndItsRunOnTextSplitAtTheOutline() {
    String page1 =
        "1、某县教育局2024年工作要点 2024年，全县教育工作以办好人民满意的教育为目标，坚持稳中求进，统筹推进各项改革，"
            + "着力提升教育质量和治理水平，努力推动全县教育高质量发展。一、加强党的建设1.强化理论武装。深入学习党的创新理论，"
            + "健全理论学习中心组制度，推动学习走深走实，组织全县教育系统开展专题培训，提升干部队伍政治能力和业务能力。"
            + "2.夯实基层组织。推进中小学校党组织领导的校长负责制，建强学校党支部，开展党建示范校创建活动，培育一批";
    String page2 =
        "2、特色品牌学校，发挥示范带动作用。二、推进优质均衡1.扩大学位供给。新建城东小学一所，改扩建幼儿园三所，"
            + "新增学位一千二百个，缓解城区入学压力。2.深化集团化办学。组建三个教育集团，推动优质资源共享。";
    ParseResult r = parse("doc.txt", lines("下载本文档", page1, page2, "已阅读2页，还剩3页未读，继续免费阅读"));
    Plan plan = r.plans().get(0);
    assertEquals("某县教育局2024年工作要点", plan.title());
    List<String> labels = plan.measures().stream().map(Measure::label).toList();
    assertEquals(List.of("1.", "2.", "1.", "2."), labels, () -> texts(plan).toString());
    assertEquals(1, plan.preamble().size());
    assertTrue(plan.measures().get(1).text().contains("培育一批特色品牌学校"), plan.measures().get(1).text());
    assertNowhere(r, "下载本文档", "还剩");
  }

  @Test
  void notAPlanSaysWhy() {
    IngestException summary =
        assertThrows(
            IngestException.class,
            () ->
                parse(
                    "summary.txt",
                    lines(
                        "某中学2023年度工作总结",
                        "一、教学工作",
                        "本学年我校认真落实课程方案，教学质量稳步提升，中考成绩位居全县前列。",
                        "二、德育工作",
                        "开展主题班会四十余次，组织研学实践活动三次，学生行为习惯明显改善。")));
    assertTrue(summary.getMessage().contains("work summary"), summary.getMessage());
    IngestException school =
        assertThrows(
            IngestException.class,
            () -> parse("school.txt", lines("2025年春季学期小学学校工作计划", TestPages.PLAN_BODY)));
    assertTrue(school.getMessage().contains("school's plan"), school.getMessage());
    IngestException speech =
        assertThrows(
            IngestException.class,
            () -> parse("speech.txt", lines("在全县2024年教育工作会议上的讲话", "同志们：", TestPages.PLAN_BODY)));
    assertTrue(speech.getMessage().contains("speech"), speech.getMessage());
    IngestException news =
        assertThrows(
            IngestException.class,
            () ->
                parse(
                    "news.txt",
                    lines(
                        "3月2日，某市教育局召开2024年全市教育工作会议，总结去年工作，部署今年任务。",
                        "会议指出，过去一年全市教育事业取得新进展，办学条件持续改善，教育质量稳步提升。",
                        "会议要求，各地各校要坚定信心，真抓实干，奋力推动教育高质量发展。")));
    assertTrue(news.getMessage().contains("news report"), news.getMessage());
    IngestException english =
        assertThrows(
            IngestException.class,
            () -> parse("en.txt", lines("Annual work plan of the bureau", "1. Improve the schools in town.",
                "2. Train more teachers every year.", "3. Build two new kindergartens this year.")));
    assertTrue(english.getMessage().contains("not Chinese"), english.getMessage());
    assertFalse(english.getMessage().contains("headings"), english.getMessage());
  }
}
