package io.planscope.ingest;

import static io.planscope.ingest.PageShapes.assertNowhere;
import static io.planscope.ingest.PageShapes.assertStarts;
import static io.planscope.ingest.PageShapes.parse;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.planscope.plan.Measure;
import io.planscope.plan.Plan;
import io.planscope.plan.Section;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Item numbers where real pages put them, written for this test in those shapes: a newspaper repost that sets each
 * number on a line of its own above the item's heading, and the second page of a paginated plan, whose numbering
 * starts in the middle.
 */
class ItemNumberShapesTest {
  @Test
  void aNumberAloneAboveAHeadingNumbersThatHeading() {
    ParseResult r =
        parse(
            "paper.txt",
            "中共某省委教育工委 某省教育厅 2099年工作要点",
            "《某某教育报》",
            "2099年第17期(总第3001期) 导报二版",
            "2099年全省教育工作的总体要求是:坚持立德树人根本任务,加快建设高质量教育体系,办好人民满意的教育。",
            "1",
            "用党的创新理论武装干部师生",
            "深入推进党的创新理论进教材、进课堂、进头脑,开好讲好思政课,持续推进理论宣讲进校园活动。",
            "2",
            "加强教育系统党的政治建设",
            "全面落实中小学校党组织领导的校长负责制,开展民办学校党建工作质量提升行动。",
            "3",
            "推进学前教育普及普惠发展",
            "新增公办幼儿园学位两万个,开展学前教育普及普惠县创建。");
    assertEquals(1, r.plans().size());
    Plan plan = r.plans().get(0);
    assertStarts(plan, "用党的创新理论武装干部师生", "加强教育系统党的政治建设", "推进学前教育普及普惠发展");
    assertStarts(plan, "深入推进党的创新理论进教材", "新增公办幼儿园学位两万个");
    assertEquals(List.of("1.", "2.", "3."), plan.measures().stream().map(io.planscope.plan.Measure::label).toList(),
        "each numbered heading and its paragraph are one item");
    assertNowhere(r, "《某某教育报》", "总第3001期");
  }

  @Test
  void aRepostsSectionNumbersAndBylinesAreNotTheItemsText() {
    ParseResult r =
        parse(
            "repost.txt",
            "某县教育局2099年工作要点发布",
            "收录于合集 #工作要点 3个",
            "2099年是全面实施规划的开局之年。全县教育系统要坚持立德树人,办好人民满意的教育。",
            "01",
            "加强党的建设",
            "1.强化理论武装。组织全县教育系统深入学习党的创新理论。",
            "2.夯实基层基础。推进中小学党组织领导的校长负责制。",
            "02",
            "推进教育优质均衡",
            "3.扩大学位供给。新建城区小学2所,新增学位1800个。",
            "审核 | 李四");
    Plan plan = r.plans().get(0);
    assertStarts(plan, "加强党的建设", "强化理论武装", "推进教育优质均衡", "扩大学位供给");
    assertTrue(PageShapes.texts(plan).stream().noneMatch(t -> t.startsWith("2.") && t.contains("推进教育优质均衡")),
        "the next heading is not item 2's text");
    assertNowhere(r, "收录于合集", "审核");
  }

  @Test
  void aPageNumberInsideASentenceStaysAPageNumber() {
    ParseResult r =
        parse(
            "pdf.txt",
            "某县教育局2099年工作计划",
            "一、加强教师队伍建设",
            "1.实施教师培训工程。组织全县中小学教师参加县级以上培训,开展新教师入职培训和骨干教师",
            "2",
            "研修活动提升专业能力",
            "二、推进课后服务。各校公布课后服务方案,保障学生自愿参加。");
    Plan plan = r.plans().get(0);
    assertStarts(plan, "实施教师培训工程", "推进课后服务");
    assertTrue(PageShapes.texts(plan).stream().noneMatch(t -> t.startsWith("2.研修")), "the text above ran on: no item");
  }

  @Test
  void aPlansSecondPageKeepsItsNumberingAndHeadings() {
    ParseResult r =
        parse(
            "page2.txt",
            "14.完成中小学校舍安全工程年度任务。加强督促检查,保证工程进度和质量,建立校舍信息管理系统。",
            "15.积极发展学前教育和特殊教育。启动乡镇中心幼儿园建设工程,提高民办幼儿园准入标准。",
            "五、以加强基础能力建设为重点,大力发展职业教育",
            "16.继续实施中等职业教育基础能力建设工程。稳定中职招生规模,促进职普比例协调发展。",
            "17.着力提高职业教育学生实践能力。深化教学改革,举办全区职业学校学生技能大赛。",
            "六、坚持内涵式发展,提高高等教育质量",
            "18.继续推进高等教育教学改革与教学质量工程建设。完善高职院校人才培养工作评估方案。");
    Plan plan = r.plans().get(0);
    List<Measure> ms = plan.measures();
    assertEquals(List.of("14.", "15.", "16.", "17.", "18."), ms.stream().map(m -> m.label().strip()).toList());
    assertStarts(plan, "完成中小学校舍安全工程年度任务", "继续实施中等职业教育基础能力建设工程");
    List<String> headings = plan.sections().stream().map(Section::heading).toList();
    assertTrue(headings.stream().anyMatch(h -> h.startsWith("五、")) && headings.stream().anyMatch(h -> h.startsWith("六、")),
        "五、 and 六、 are top-level sections again: " + headings);
  }

  @Test
  void itemsNumberedInBracketsUnderARunOnHeadingAreOneMeasureEach() {
    // a farm's page that lost its line breaks: a heading, then items (1) (2), each after a stop
    ParseResult r =
        parse(
            "runon.txt",
            "某市2099年教育工作计划",
            "2099年,全市教育工作的总体要求是:坚持立德树人,深化教育改革,促进教育公平,全面提高教育质量,努力办好人民满意的教育。"
                + "(一)、全面实施素质教育,提高教育教学质量(1)、构建德育为先的育人体系。把立德树人作为根本任务,抓好理想信念教育和"
                + "文明习惯养成教育。(2)、深化课程改革。推进新课程实施,开齐开足国家课程,提高课堂教学效率。(二)、推进教育均衡发展"
                + "(1)、改善农村学校办学条件。实施薄弱学校改造工程,新建改建校舍2万平方米。");
    Plan plan = r.plans().get(0);
    assertStarts(plan, "(1)、构建德育为先的育人体系", "(2)、深化课程改革", "(1)、改善农村学校办学条件");
    List<String> texts = PageShapes.texts(plan);
    assertTrue(texts.stream().noneMatch(t -> t.contains("提高教育教学质量(1)")), "the heading is not its first item's text");
  }
}
