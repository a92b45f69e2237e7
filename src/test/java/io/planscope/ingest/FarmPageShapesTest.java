package io.planscope.ingest;

import static io.planscope.ingest.PageShapes.assertNowhere;
import static io.planscope.ingest.PageShapes.assertStarts;
import static io.planscope.ingest.PageShapes.parse;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.planscope.plan.Plan;
import org.junit.jupiter.api.Test;

/** Content farms' and AI-writing sites' lines around a plan, written for this test in the shapes real pages give. */
class FarmPageShapesTest {
  @Test
  void aDashedRelatedListHeaderIsNoTitle() {
    ParseResult r =
        parse(
            "related.txt",
            "- 相关推荐",
            "教育局安全工作计划范文(精选3篇)",
            "时光飞逝,新的一年又要开始了,下面是小编整理的教育局安全工作计划范文,供大家参考借鉴。",
            "教育局安全工作计划1",
            "一、基础教育股",
            "围绕食品安全制度落实,开展人员培训、宣传教育和检查反馈,抓好全年校园食品安全工作。",
            "(二)指导学校开展食品安全教育",
            "1、将食品安全教育列入中小学课程,每学期不少于10课时。");
    Plan plan = r.plans().get(0);
    assertEquals("教育局安全工作计划", plan.meta().title(), "the compilation's number 1 is not part of the title");
    assertStarts(plan, "基础教育股", "指导学校开展食品安全教育", "将食品安全教育列入中小学课程");
  }

  @Test
  void aSiteNameOnItsOwnLineOrGluedAfterAHeadingIsNoPlanText() {
    ParseResult r =
        parse(
            "sitename.txt",
            "乡镇学前教育三年行动计划",
            "新高考网",
            "学前教育是国民教育体系的重要组成部分,为加快我县学前教育发展,特制订本行动计划。",
            "一、坚持普惠方向,提升学前教育发展水平 公文汇,办公文档之家",
            "1.扩大普惠性资源。新建改扩建公办幼儿园五所,新增学位一千个。",
            "秘书文库--青年干部",
            "2.建设校园网和教育城域网,推进幼儿园信息化。");
    Plan plan = r.plans().get(0);
    assertNowhere(r, "新高考网", "公文汇", "办公文档之家", "秘书文库");
    assertTrue(PageShapes.texts(plan).contains("一、坚持普惠方向,提升学前教育发展水平"), PageShapes.texts(plan).toString());
    assertStarts(plan, "建设校园网和教育城域网");
    assertFalse(SiteVoice.isSiteName("校园网"));
    assertFalse(SiteVoice.isSiteName("互联网"));
  }

  @Test
  void aMarkdownHeadingWithoutASpaceAndATitleRunIntoTheFirstHeadingAreCut() {
    ParseResult r =
        parse(
            "ai.txt",
            "2099年区域教育数字化发展规划报告一、总论",
            "本规划立足区域教育发展实际,以教育数字化转型为核心,统筹推进信息技术与教育教学深度融合。",
            "###(一)项目背景",
            "当前,教育数字化转型加速推进,新技术深刻改变教育模式,区域教育面临新的形势和任务。");
    Plan plan = r.plans().get(0);
    assertEquals("2099年区域教育数字化发展规划报告", plan.meta().title());
    assertStarts(plan, "总论", "项目背景");
    assertNowhere(r, "###");
  }
}
