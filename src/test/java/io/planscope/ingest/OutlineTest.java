package io.planscope.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.planscope.plan.Measure;
import io.planscope.plan.SectionType;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The measure rules of the brief, one by one, on small made-up plans. */
class OutlineTest {
  private static List<Measure> measures(String... lines) {
    return built(lines).measures();
  }

  private static MeasureBuilder.Built built(String... lines) {
    List<Line> body = java.util.Arrays.stream(lines).map(Line::of).toList();
    OutlineParser.Node root = OutlineParser.parse(body, Deadline.after(Duration.ofSeconds(5), "t"));
    return new MeasureBuilder("p000000000000", t -> List.of()).build(root);
  }

  @Test
  void makesNumberedItemsWithoutChildrenMeasuresAndParentsSections() {
    List<Measure> ms =
        measures("一、主要任务", "（一）改善办学条件", "1.新建两所小学。", "2.改造旧校舍。", "（二）提升质量。加强教研。");
    assertEquals(3, ms.size());
    assertEquals(List.of("一、主要任务", "（一）改善办学条件"), ms.get(0).path());
    assertEquals("1.", ms.get(0).label());
    assertEquals(SectionType.TASKS, ms.get(2).sectionType());
  }

  @Test
  void decidesLevelsByFirstAppearanceNotByAFixedTable() {
    List<Measure> ms = measures("（一）工作目标", "1.普及学前教育。", "2.巩固义务教育。", "（二）保障措施", "1.加强领导。");
    assertEquals(3, ms.size());
    assertEquals(List.of("（二）保障措施"), ms.get(2).path());
    assertEquals(SectionType.SAFEGUARDS, ms.get(2).sectionType());
  }

  @Test
  void nestsChapterPartsAboveChineseNumbersEvenWhenParenthesesCameFirst() {
    List<Measure> ms =
        measures("第一部分 目标", "（一）总体目标", "第二部分 行动", "一、建设行动", "（一）任务内容：", "1.建网络。", "2.建平台。");
    assertEquals(List.of("第二部分 行动", "一、建设行动", "（一）任务内容："), ms.get(1).path());
  }

  @Test
  void toleratesTyposSkippedAndRestartedNumbers() {
    List<Measure> ms = measures("一、任务", "(1)加强教研。", "(2)改进评价。", "(3.)完善制度。", "(5)深化改革。", "二、保障", "(1)加强领导。");
    assertEquals(5, ms.size());
    assertEquals("(3.)", ms.get(2).label());
    assertEquals(List.of("二、保障"), ms.get(4).path());
  }

  @Test
  void splitsHeadingFromBodyInOneParagraph() {
    Measure m = measures("一、保障措施", "（一）加强组织领导。成立工作专班，定期调度。").get(0);
    assertEquals("加强组织领导。", m.heading());
    assertEquals("（一）加强组织领导。成立工作专班，定期调度。", m.text());
  }

  @Test
  void makesEachParagraphUnderAHeadingOnlyLineAMeasure() {
    List<Measure> ms = measures("一、指导思想", "坚持立德树人。", "坚持改革创新。", "二、工作目标", "全面提升质量。");
    assertEquals(3, ms.size());
    assertEquals("", ms.get(0).label());
    assertEquals(SectionType.GUIDING, ms.get(1).sectionType());
    assertEquals(SectionType.GOALS, ms.get(2).sectionType());
  }

  @Test
  void keepsParagraphsBeforeTheFirstHeadingAsThePreambleNotAsMeasures() {
    MeasureBuilder.Built b = built("为推进教育发展，制定本计划。", "本年度是关键之年。", "一、主要任务", "1.建设学校。");
    assertEquals(List.of("为推进教育发展，制定本计划。", "本年度是关键之年。"), b.preamble().stream().map(Measure::text).toList());
    assertEquals(List.of("p000000000000-p1", "p000000000000-p2"), b.preamble().stream().map(Measure::id).toList());
    assertEquals(SectionType.PREAMBLE, b.preamble().get(0).sectionType());
    assertEquals(List.of("1.建设学校。"), b.measures().stream().map(Measure::text).toList());
  }

  @Test
  void aPreambleThatEnumeratesOrSchedulesStaysMeasures() {
    MeasureBuilder.Built b = built("全年重点抓好三项工作：一是建设学校；二是培训教师；三是改进评价。", "一、保障措施", "1.加强领导。");
    assertEquals(List.of(), b.preamble());
    assertEquals(List.of("一是", "二是", "三是", "1."), b.measures().stream().map(Measure::label).toList());
  }

  @Test
  void aPlanWithoutHeadingsKeepsItsParagraphsAsMeasures() {
    MeasureBuilder.Built flat = built("全面推进素质教育。", "加强教师队伍建设。", "办好人民满意的教育。");
    assertEquals(List.of(), flat.preamble());
    assertEquals(3, flat.measures().size());
    assertEquals(SectionType.PREAMBLE, flat.measures().get(0).sectionType());
  }

  @Test
  void aNumberedTaskOverItsLabelledFieldsIsOneMeasure() {
    List<Measure> ms = measures("一、加强党的建设", "1.健全党建工作责任体系", "目标任务:责任体系进一步健全。",
        "工作措施:召开党建工作会议,签订责任书。", "责任单位:组织处", "2.建强基层党组织", "开展星级党支部创建。",
        "推进党支部标准化建设。");
    assertEquals(List.of("1.", "", ""), ms.stream().map(Measure::label).toList(), "2. over two plain paragraphs stays a section");
    assertTrue(ms.get(0).text().contains("工作措施:召开党建工作会议"), ms.get(0).text());
    assertEquals("健全党建工作责任体系", ms.get(0).heading());
  }

  @Test
  void aPlanWithoutHeadingsThatEnumeratesHasThePlainParagraphsAboveItsPartsAsPreamble() {
    MeasureBuilder.Built b = built("今年上半年,全县教育工作紧紧围绕县委中心工作,扎实推进各项任务。",
        "一是优化育人环境。完成中学食堂主体工程。", "二是保障教育公平。完善入学办法。");
    assertEquals(List.of("今年上半年,全县教育工作紧紧围绕县委中心工作,扎实推进各项任务。"),
        b.preamble().stream().map(Measure::text).toList());
    assertEquals(List.of("一是", "二是"), b.measures().stream().map(Measure::label).toList());
  }

  @Test
  void manyParagraphsOverALateStrayHeadingStayMeasures() {
    MeasureBuilder.Built b = built("推进学前教育普及。", "推进义务教育均衡。", "推进高中多样发展。", "推进职业教育融合。",
        "推进特殊教育提升。", "推进民办教育规范。", "推进终身教育建设。", "一、附则", "本计划自印发之日起施行。");
    assertEquals(List.of(), b.preamble());
    assertEquals(8, b.measures().size());
  }

  @Test
  void splitsYiShiErShiEnumerationsAndKeepsTheLeadInThePath() {
    List<Measure> ms = measures("一、任务", "1.加快项目建设。一是推进新建学校；二是改造旧校舍；三要完善配套。");
    assertEquals(3, ms.size());
    assertEquals(List.of("一、任务", "1.加快项目建设。"), ms.get(0).path());
    assertEquals("一是", ms.get(0).label());
    assertEquals("二是改造旧校舍；", ms.get(1).text());
    assertEquals("三要完善配套。", ms.get(2).text());
  }

  @Test
  void splitsArabicItemsInsideAParagraphAsItSplitsBracketedOnes() {
    List<Measure> ms = measures("二、保障措施", "完善经费保障。1、足额落实生均公用经费;2、加大薄弱学校投入;3、规范经费使用管理。");
    assertEquals(List.of("1、", "2、", "3、"), ms.stream().map(Measure::label).toList());
    assertEquals(List.of("二、保障措施", "完善经费保障。"), ms.get(0).path());
    assertEquals(1, measures("一、任务", "投入资金1.5亿元;新建校舍1、2号楼,完成第1、2批改造。").size(), "amounts and lists of numbers");
  }

  @Test
  void aDateOnALineOfItsOwnAndTheSignatureAboveItAreNoMeasure() {
    List<Measure> ms =
        measures("2099年01月05日", "为推进教育发展，制定本计划。", "一、任务", "1.建设学校。", "某县教育局", "2099年2月10日");
    assertEquals(List.of("1.建设学校。"), ms.stream().map(Measure::text).toList());
    ms = measures("一、任务", "1.建设学校。", "某县教育局");
    assertTrue(ms.stream().anyMatch(m -> m.text().contains("某县教育局")), "a name without a date below it is no signature");
  }

  @Test
  void doesNotSplitOnWordsThatContainAnOrdinal() {
    assertEquals(1, measures("一、任务", "1.统一是必要的，唯一要求是质量。").size());
  }

  @Test
  void makesOneMeasurePerMonthEntry() {
    List<Measure> ms = measures("一、工作安排", "三月份：召开工作会议。", "四月份：开展专项督导。", "5-6月：组织考试。");
    assertEquals(3, ms.size());
    assertEquals("三月份", ms.get(0).label());
    assertEquals("5-6月", ms.get(2).label());
    assertEquals(SectionType.SCHEDULE, ms.get(0).sectionType());
  }

  @Test
  void splitsMonthsWrittenInOneParagraph() {
    List<Measure> ms = measures("一、工作安排", "一月份：制定计划。二月份：开学检查。三月份：教研活动。");
    assertEquals(List.of("一月份", "二月份", "三月份"), ms.stream().map(Measure::label).toList());
  }

  @Test
  void appendsClosingParagraphsToTheLastItem() {
    List<Measure> ms = measures("一、任务", "1.建设学校。推进工程。", "2.改进评价。完善制度。", "让我们共同努力，办好人民满意的教育。");
    assertEquals(2, ms.size());
    assertTrue(ms.get(1).text().endsWith("办好人民满意的教育。"));
  }

  @Test
  void treatsAHighFirstNumberAsTextNotAHeading() {
    List<Measure> ms = measures("一、任务", "全年完成以下工作：", "12.5万平方米校舍改造。");
    assertEquals(2, ms.size());
    assertNull(ms.get(1).heading());
  }

  @Test
  void giveIdsInReadingOrder() {
    List<Measure> ms = measures("前言。", "一、任务", "1.甲。", "2.乙。", "二、保障", "加强领导。");
    assertEquals(List.of("p000000000000-m1", "p000000000000-m2", "p000000000000-m3"),
        ms.stream().map(Measure::id).toList());
  }

  @Test
  void unnumberedHeadingsWhoseItemsStartAgainAtOneAreSectionsNotTheLastItemsText() {
    List<Measure> ms =
        measures(
            "工作目标",
            "1.杜绝重大安全责任事故。",
            "2.完善安全管理机制。",
            "工作措施",
            "压实安全责任",
            "1.成立安全工作领导小组,定期研判安全形势。",
            "2.层层签订安全责任书。",
            "强化隐患排查",
            "1.每月开展一次校舍安全排查。排查结果报局安全股。",
            "一季度完成消防设施检修");
    // "工作目标" over the first items heads them (a bare heading naming a section), so it is no measure itself
    assertEquals(List.of("工作目标"), ms.get(1).path());
    assertEquals("2.完善安全管理机制。", ms.get(1).text());
    assertEquals(List.of("工作措施", "压实安全责任"), ms.get(2).path());
    assertEquals(List.of("工作措施", "强化隐患排查"), ms.get(4).path());
    // a short line with no item below it stays the item's text
    assertEquals("1.每月开展一次校舍安全排查。排查结果报局安全股。\n一季度完成消防设施检修", ms.get(4).text());
  }

  @Test
  void aLineCutMidSentenceBeforeARestartStaysTheItemsText() {
    List<Measure> ms = measures("一、任务", "1.加强领导。", "2.完善管理机制。建立健全安全工作", "目标责任制", "1.开展检查。");
    assertEquals("2.完善管理机制。建立健全安全工作\n目标责任制", ms.get(1).text());
  }
}
