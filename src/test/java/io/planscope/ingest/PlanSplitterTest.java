package io.planscope.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class PlanSplitterTest {
  private static SplitMarkers.PlanMarker marker(String line) {
    return SplitMarkers.parse(Line.of(line));
  }

  private static List<Line> lines(String... texts) {
    return Arrays.stream(texts).map(Line::of).toList();
  }

  @Test
  void readsPlanMarkersAloneBeforeOrAfterATitle() {
    assertEquals("", marker("篇一").title());
    assertEquals("", marker("【篇2】").title());
    assertEquals("教育局工作计划", marker("篇三：《教育局工作计划》").title());
    assertEquals("学校春季工作计划", marker("【篇二】学校春季工作计划").title());
    assertEquals("", marker("第四篇").title());
    assertEquals("某县教育工作要点", marker("范文一：某县教育工作要点").title());
    assertEquals("2019年教育局工作计划", marker("2019年教育局工作计划篇2").title());
  }

  @Test
  void ignoresWordsThatOnlyLookLikeMarkers() {
    assertNull(marker("第一篇章：开好局"));
    assertNull(marker("教育局年度工作计划合集九篇05-04"));
    assertNull(marker("本文将呈现五篇工作计划范文。"));
  }

  @Test
  void splitsAtMarkersAndDropsTheIntro() {
    PlanSplitter.Split split =
        PlanSplitter.split(lines("工作计划范文三篇", "下面为大家整理了三篇。", "篇一", "甲县工作计划", "一、任务", "篇二：乙县工作计划", "一、任务"));
    assertEquals(2, split.chunks().size());
    assertEquals("甲县工作计划", split.chunks().get(0).title());
    assertEquals(List.of("一、任务"), split.chunks().get(0).lines().stream().map(Line::text).toList());
    assertEquals(2, split.removed().size());
  }

  @Test
  void splitsAtARepeatedTitleWhenThereAreNoMarkers() {
    PlanSplitter.Split split =
        PlanSplitter.split(lines("某区教育工作要点", "一、甲", "内容一。", "二、乙", "内容二。", "某区教育工作要点", "一、丙", "内容三。", "二、丁"));
    assertEquals(2, split.chunks().size());
  }

  @Test
  void startsASinglePlanAtItsTitleLine() {
    PlanSplitter.Split split = PlanSplitter.split(lines("右侧栏目", "某市2024年教育工作要点", "一、任务", "内容。"));
    assertEquals(1, split.chunks().size());
    assertEquals("某市2024年教育工作要点", split.chunks().get(0).title());
    assertEquals("右侧栏目", split.removed().get(0).text());
  }

  @Test
  void aNoticeRunningOnPastItsHandoverGivesWayToThePlansOwnTitleBelowItsDate() {
    List<String> plan = List.of("为推进全省教育信息化,制定本计划。", "一、总体要求", "坚持应用驱动。", "二、主要任务", "建设教育专网。");
    List<String> page = new java.util.ArrayList<>(List.of(
        "某省教育厅关于印发《某省教育信息化行动计划", "(2099—2108年)》的通知",
        "各地教育行政部门要高度重视,切实加强组织领导,及时报告我厅。", "某省教育厅", "2099年3月4日",
        "某省教育信息化行动计划", "(2099—2108年)"));
    page.addAll(plan);
    PlanSplitter.Split split = PlanSplitter.split(lines(page.toArray(String[]::new)));
    assertEquals("某省教育信息化行动计划(2099—2108年)", split.chunks().get(0).title());
    assertEquals(plan, split.chunks().get(0).lines().stream().map(Line::text).toList());
    assertEquals("2099年3月4日", split.removed().get(4).text());
    // a page cut off under the plan's title keeps the notice's text: it is all there is
    PlanSplitter.Split cut = PlanSplitter.split(lines(page.subList(0, 8).toArray(String[]::new)));
    assertEquals("某省教育信息化行动计划(2099—2108年)", cut.chunks().get(0).title());
    assertEquals(5, cut.chunks().get(0).lines().size());
  }

  @Test
  void aFarmsNumberedCopiesOfOneTitleStartOnePlanEachButAContentsListDoesNot() {
    // "…工作计划1" and "…工作计划2" with a plan between them; the same titles listed together are contents, not plans
    PlanSplitter.Split split =
        PlanSplitter.split(
            lines("乡镇教育局年工作计划1", "一、指导思想", "坚持以提高教育质量为核心。", "二、工作要点", "1.抓教研工作三年行动计划的实施。",
                "乡镇教育局年工作计划2", "一、工作目标", "全面提高教育教学质量。", "二、主要措施", "1.加强教师培训。"));
    assertEquals(2, split.chunks().size());
    assertEquals("乡镇教育局年工作计划", split.chunks().get(0).title());
    assertEquals("一、工作目标", split.chunks().get(1).lines().get(0).text());
    PlanSplitter.Split contents =
        PlanSplitter.split(lines("乡镇教育局年工作计划1", "乡镇教育局年工作计划2", "乡镇教育局年工作计划3", "一、指导思想", "坚持以提高教育质量为核心。"));
    assertEquals(1, contents.chunks().size());
  }

  @Test
  void aLineCutOffAtThePagesEndIsNoTitle() {
    // a farm page whose title lines all went as SEO repeats, cut off in its third paragraph: the plan keeps all three
    PlanSplitter.Split split =
        PlanSplitter.split(
            lines(
                "2099年是全面实施发展规划的关键一年。为做好全年教育工作,结合实际,确定全年教育工作思路。",
                "指导思想:以立德树人为根本,按照补齐短板、提高质量的原则,办好人民满意的教育。",
                "总体思路是:贯彻落实全会精神,以新发展理念为指导,全面落实"));
    assertEquals(1, split.chunks().size());
    assertNull(split.chunks().get(0).title());
    assertEquals(3, split.chunks().get(0).lines().size());
  }

  @Test
  void aTitleLineWithTextBelowStillStartsThePlan() {
    PlanSplitter.Split split = PlanSplitter.split(lines("某县教育局2099年工作思路", "一、指导思想", "以立德树人为根本。"));
    assertEquals("某县教育局2099年工作思路", split.chunks().get(0).title());
  }
}
