package io.planscope.ingest;

import static io.planscope.ingest.PageShapes.assertStarts;
import static io.planscope.ingest.PageShapes.parse;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.planscope.plan.Measure;
import io.planscope.plan.Plan;
import io.planscope.plan.Section;
import io.planscope.plan.SectionType;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Section headings that lost their numbers in a Word conversion, in shapes written for this test after farm and
 * document-site pages: each bare heading opens a typed section and is no measure of its own.
 */
class BareHeadingsTest {
  @Test
  void bareHeadingsOfAConvertedPlanOpenTypedSections() {
    ParseResult r =
        parse(
            "converted.txt",
            "某县教育局2099年工作计划",
            "指导思想",
            "以立德树人为根本任务,全面贯彻党的教育方针,推动全县教育高质量发展,办好人民满意的教育。",
            "工作目标",
            "学前三年毛入园率达到92%以上,义务教育巩固率保持在99%以上,高中阶段毛入学率达到95%。",
            "具体工作及措施",
            "1.学前教育",
            "新建公办幼儿园3所,增加公办学位900个,加强幼儿园保教质量评估。",
            "2.义务教育",
            "推进集团化办学,城区学校与农村学校结对帮扶,实现结对全覆盖。",
            "保障措施",
            "加强组织领导,落实经费保障,完善督导考核,确保各项工作落到实处。");
    Plan plan = r.plans().get(0);
    assertEquals(
        List.of("指导思想", "工作目标", "具体工作及措施", "保障措施"),
        plan.sections().stream().map(Section::heading).toList());
    assertEquals(
        List.of(SectionType.GUIDING, SectionType.GOALS, SectionType.TASKS, SectionType.SAFEGUARDS),
        plan.sections().stream().map(Section::type).toList());
    // "1.学前教育" over one paragraph is one numbered item with its body
    assertEquals(List.of("1.", "2."), plan.measures().stream().filter(m -> m.path().equals(List.of("具体工作及措施")))
        .map(Measure::label).toList());
    assertTrue(measureStarting(plan, "学前教育").text().endsWith("加强幼儿园保教质量评估。"));
    List<String> measures = plan.measures().stream().map(Measure::text).toList();
    assertTrue(measures.stream().noneMatch(t -> t.equals("工作目标") || t.equals("保障措施")), measures.toString());
    assertEquals(SectionType.GOALS, measureStarting(plan, "学前三年毛入园率").sectionType());
  }

  @Test
  void bareHeadingsUnderANumberedPartStayInIt() {
    ParseResult r =
        parse(
            "nested.txt",
            "某市2099年教育工作要点",
            "一、总体要求",
            "指导思想",
            "坚持以人民为中心发展教育,深化教育综合改革,加快建设教育强市。",
            "基本原则",
            "坚持公益普惠,坚持改革创新,坚持依法治教,统筹推进各级各类教育协调发展。",
            "二、主要任务",
            "(一)扩大学前教育资源。新建改扩建公办幼儿园10所。",
            "(二)推进义务教育优质均衡。实施强校带弱校行动。");
    Plan plan = r.plans().get(0);
    assertEquals(List.of("一、总体要求", "二、主要任务"), plan.sections().stream().map(Section::heading).toList());
    assertEquals(List.of("指导思想", "基本原则"),
        plan.sections().get(0).children().stream().map(Section::heading).toList());
    assertEquals(SectionType.TASKS, measureStarting(plan, "(一)扩大学前教育资源").sectionType());
  }

  @Test
  void aLeadSectionWithoutANumberStandsBesideTheNumberedParts() {
    ParseResult r =
        parse(
            "lead.txt",
            "某区2099年教育工作要点",
            "为推动全区教育高质量发展,结合我区实际,制定本要点。",
            "总体思路和要求",
            "以规范发展学前教育、均衡发展义务教育、特色发展高中教育为重点,全面提高教育质量。",
            "一、深化教育领域综合改革",
            "1.深化学区制管理改革。完善学区内教师交流和资源共享机制。",
            "2.深化招生制度改革。严格落实免试就近入学。",
            "二、加强教师队伍建设",
            "3.加强师德师风建设。完善师德考核评价制度。");
    Plan plan = r.plans().get(0);
    assertEquals(
        List.of("总体思路和要求", "一、深化教育领域综合改革", "二、加强教师队伍建设"),
        plan.sections().stream().map(Section::heading).toList());
    assertEquals(SectionType.GUIDING, plan.sections().get(0).type());
    assertEquals(SectionType.TASKS, measureStarting(plan, "1.深化学区制管理改革").sectionType());
  }

  @Test
  void aSectionNameRightUnderTheTitleIsNotTheTitle() {
    ParseResult r =
        parse(
            "first.txt",
            "某县教育局2099年工作要点",
            "工作思路",
            "以办好人民满意教育为目标,坚持立德树人,深化教育改革,推动全县教育优质均衡发展。",
            "重点工作",
            "1.推进学前教育普及普惠。新建公办幼儿园2所,增加学位540个。",
            "2.推进义务教育优质均衡。实施薄弱学校改造工程。");
    Plan plan = r.plans().get(0);
    assertEquals("某县教育局2099年工作要点", plan.meta().title().strip());
    assertEquals(List.of("工作思路", "重点工作"), plan.sections().stream().map(Section::heading).toList());
    assertEquals(SectionType.GUIDING, measureStarting(plan, "以办好人民满意教育为目标").sectionType());
  }

  @Test
  void aDatedScheduleTitleStaysATitle() {
    ParseResult r =
        parse(
            "month.txt",
            "2099年五月份工作安排",
            "1.组织开展学校安全大检查,重点排查校舍、消防和食品安全隐患。",
            "2.做好中考报名和体育考试组织工作。",
            "3.开展教师业务培训,组织全县小学语文教研活动。");
    assertEquals("2099年五月份工作安排", r.plans().get(0).meta().title().strip());
  }

  @Test
  void aBareHeadingRightAboveChineseNumberedPartsHeadsThem() {
    ParseResult r =
        parse(
            "parts.txt",
            "某县教育局2099年工作要点",
            "指导思想",
            "坚持以人民为中心的发展思想,全面贯彻党的教育方针,落实立德树人根本任务。",
            "主要任务",
            "一、扩大优质教育资源",
            "新建城东小学,改扩建幼儿园3所,新增学位1800个。",
            "二、加强教师队伍建设",
            "实施青年教师成长工程,全年培训教师2000人次。");
    Plan plan = r.plans().get(0);
    assertEquals(List.of("指导思想", "主要任务"), plan.sections().stream().map(Section::heading).toList());
    List<Measure> parts = plan.measures().stream().filter(m -> m.path().equals(List.of("主要任务"))).toList();
    assertEquals(List.of("一、", "二、"), parts.stream().map(Measure::label).toList(), "the parts are its items");
    assertEquals(SectionType.TASKS, measureStarting(plan, "扩大优质教育资源").sectionType());
    assertTrue(measureStarting(plan, "扩大优质教育资源").text().contains("新建城东小学"));
  }

  @Test
  void aBareHeadingThatTheNextPartClosesAtOnceStaysAParagraph() {
    // "指导思想" under 一、 looks like a heading, but 二、 comes next and closes it with nothing under it
    ParseResult r =
        parse(
            "closed.txt",
            "某县教育局2099年工作要点",
            "一、总体要求",
            "指导思想",
            "二、主要任务",
            "1.扩大优质教育资源。新建城东小学,新增学位1800个。",
            "2.加强教师队伍建设。全年培训教师2000人次。");
    Plan plan = r.plans().get(0);
    assertEquals(List.of("一、总体要求", "二、主要任务"), plan.sections().stream().map(Section::heading).toList());
    assertStarts(plan, "指导思想", "扩大优质教育资源", "加强教师队伍建设");
  }

  @Test
  void oneShortLineThatNamesNoSectionStaysText() {
    ParseResult r =
        parse(
            "plain.txt",
            "某县2099年教育工作计划",
            "一、加强党的建设",
            "1.深入开展理论学习。健全理论学习中心组学习制度,每月开展集中学习。",
            "2.推进基层党组织建设。开展党支部标准化规范化建设。",
            "二、推进教育均衡发展",
            "3.改善办学条件。新建教学楼2幢,改造薄弱学校5所。",
            "城乡一体化",
            "推进城乡学校一体化建设,实现城乡教育资源共享,缩小城乡差距。");
    Plan plan = r.plans().get(0);
    assertEquals(List.of("一、加强党的建设", "二、推进教育均衡发展"),
        plan.sections().stream().map(Section::heading).toList());
    assertStarts(plan, "深入开展理论学习", "改善办学条件");
  }

  private static Measure measureStarting(Plan plan, String start) {
    return plan.measures().stream()
        .filter(m -> m.text().startsWith(start) || m.text().substring(m.label().length()).strip().startsWith(start))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no measure starts with " + start + ": " + plan.measures()));
  }
}
