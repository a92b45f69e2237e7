package io.planscope.ingest;

import static io.planscope.ingest.NotPlanShapesTest.noPlan;
import static io.planscope.ingest.PageShapes.assertStarts;
import static io.planscope.ingest.PageShapes.parse;
import static io.planscope.ingest.PageShapes.texts;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.planscope.plan.Plan;
import org.junit.jupiter.api.Test;

/**
 * Pages about education work that are not plans (a reply to deputies, a report of a meeting or a visit, a report of
 * work done, a journal article) and short excerpts that are plans (a clear plan title and a few lines of its text, a
 * plan cut off in its contents list), each written for this test in a shape real sites give.
 */
class ReportShapesTest {

  @Test
  void aReplyToADeputysProposalIsNoPlan() {
    String why =
        noPlan(
            "reply.txt",
            "某某等3位委员:",
            "你们提出的《关于加强乡村学校心理健康教育的提案》(第099号)收悉,经商市卫健委等部门,现答复如下:",
            "一、工作开展情况",
            "市教育局高度重视学生心理健康工作,将提案交由基础教育科牵头办理,明确了责任领导和办理时限。",
            "二、下一步工作",
            "我们将继续配齐心理健康教师,推动每所学校建成标准化心理辅导室。");
    assertTrue(why.contains("answers a deputy's proposal"), why);
  }

  @Test
  void aMeetingReportInOneParagraphIsNoPlan() {
    String why =
        noPlan(
            "meeting.txt",
            "为进一步做好责任督学工作,规范学校办学行为。10月9日,全县教育系统召开责任督学工作推进会,各专兼职督学、局机关"
                + "各股室负责人30余人参加了会议,会上,督导室负责人解读了《责任督学工作实施方案》,并为新聘督学颁发了聘书。"
                + "会议要求,各督学要制定计划,确定方案,持证督导。");
    assertTrue(why.contains("news report"), why);
  }

  @Test
  void aFarmTitleNamingAPlanOverAMeetingReportIsNoPlan() {
    String why =
        noPlan(
            "farm-meeting.txt",
            "教育局做好秋季开学安全工作方案措施",
            "秋季开学在即,安全工作不容忽视,下面是为大家带来的教育局做好秋季开学安全工作方案措施。",
            "8月28日,县教育局在五楼会议室召开了2099年全县中小学秋季开学安全工作会。",
            "会上,县教育督导室主任就做好开学安全工作作了具体部署:一是加强隐患排查;二是加强食品安全管理;三是加强交通"
                + "安全教育;四是加强校园周边治理。",
            "最后,局长强调:一是压实安全责任;二是强化值班值守。");
    assertTrue(why.contains("news report of a meeting"), why);
  }

  @Test
  void aReportOfALeadersVisitIsNoPlan() {
    String why =
        noPlan(
            "visit.txt",
            "3月2日,副市长某某到市教育局调研指导工作,对市教育局一年来的工作给予充分肯定。",
            "在听取工作汇报后,某某副市长要求,全市教育工作要着力做好三件事:一是稳步提高教育质量;二是加快学校建设;三是"
                + "守牢校园安全底线。",
            "市政府副秘书长某某陪同调研。");
    assertTrue(why.contains("news report of a meeting or a visit"), why);
  }

  @Test
  void aReportOfWorkDoneWithNoPlanNamedIsNoPlan() {
    String why =
        noPlan(
            "progress.txt",
            "今年以来,某市教育局党组坚持以党建引领业务发展,推动机关党建与教育工作深度融合,多项工作经验在全省推广。",
            "一、工作进展情况",
            "(一)聚焦政治建设,筑牢思想根基",
            "一是理论学习常态化。落实党组理论学习中心组学习制度,全年集中学习十二次。",
            "二是队伍建设扎实有效。举办青年干部培训班两期,开展专题党课八场。");
    assertTrue(why.contains("reports work done"), why);
  }

  @Test
  void aSummaryAndPlanWhoseTitleNamesThePlanStays() {
    ParseResult r =
        parse(
            "summary-plan.txt",
            "某县教育局2098年工作总结和2099年工作计划",
            "一、2098年工作进展情况",
            "全年新建幼儿园三所,新增学位九百个,义务教育巩固率保持在百分之百。",
            "二、2099年工作计划",
            "(一)推进学前教育普及普惠,新建公办幼儿园两所。",
            "(二)深化课后服务改革,实现义务教育学校全覆盖。");
    assertEquals(1, r.plans().size());
    assertEquals("工作计划", r.plans().get(0).meta().kind());
  }

  @Test
  void aLongTitleThatEndsAsAReportIsNoPlan() {
    String why =
        noPlan(
            "inspection.txt",
            "某市人大常委会执法检查组关于检查《中华人民共和国某某促进法》《某某省某某条例》实施情况的报告",
            "市人大常委会:",
            "根据年度监督工作计划,市人大常委会组成执法检查组,于今年六月至八月对全市贯彻实施情况进行了检查。",
            "一、执法检查的基本情况",
            "检查组听取了市政府及有关部门的汇报,深入八个区县实地检查,召开座谈会十二场。");
    assertTrue(why.contains("not a plan"), why);
  }

  @Test
  void aJournalArticleIsNoPlan() {
    String why =
        noPlan(
            "paper.txt",
            "县域义务教育优质均衡发展的路径探析",
            "摘 要:县域义务教育优质均衡发展是建设教育强国的基础工程,本文从资源配置、教师流动等方面提出对策。",
            "关键词:义务教育;优质均衡;县域",
            "一、县域义务教育发展的现状",
            "近年来,各地加大投入,办学条件明显改善,但城乡之间仍存在差距。");
    assertTrue(why.contains("journal article"), why);
  }

  @Test
  void aPlanTitleOverASitesAbstractBoxIsStillAPlan() {
    ParseResult r =
        parse(
            "abstract.txt",
            "中共某省委教育工委 某省教育厅2099年工作要点",
            "2099-03-13 10:19:31 来源:某省教育厅",
            "摘要:12.推进教育数字化。建设省级智慧教育平台,推动优质资源共享。",
            "2099年全省教育工作的总体要求是:坚持立德树人根本任务,加快建设教育强省。",
            "一、加强党的建设",
            "1.深入学习贯彻党的创新理论。健全理论学习中心组学习制度。",
            "2.建强基层党组织。实施党建质量提升行动。");
    assertEquals(1, r.plans().size(), "a journal article has no plan title; this page does");
    assertEquals(2099, r.plans().get(0).year());
    assertStarts(r.plans().get(0), "深入学习贯彻党的创新理论", "建强基层党组织");
  }

  @Test
  void aNoticeOverAPlanCutOffInItsFirstSentenceStillHoldsThePlan() {
    ParseResult r =
        parse(
            "cut.txt",
            "某市教育局关于印发2099年工作要点的通知",
            "各区教育局、局属各单位:",
            "《某市教育局2099年工作要点》已经局办公会议审议通过,现印发给你们,请认真贯彻落实。",
            "某市教育局",
            "2099年3月23日",
            "某市教育局2099年工作要点",
            "2099年我市教育发展的总体思路是:坚持以新时代中国特色社会主义思想为指导,深入贯彻全国和全省教育大会精神,"
                + "按照建设教育强市的部署,坚持立德树人根本任务,深化教育综合改革,推动全市教育事业高质量发展,加快");
    assertEquals(1, r.plans().size(), "the plan's title and a long cut-off opening are a plan");
    assertEquals("某市教育局2099年工作要点", r.plans().get(0).title());
    String why = noPlan("fragment.txt", "某市教育局2099年工作要点", "2099年我市教育发展的总体思路是:坚持");
    assertTrue(why.contains("too little text"), "a few words under the title are not: " + why);
  }

  @Test
  void anEssayQuotingAPlanItDidNotWriteIsNoPlan() {
    String why =
        noPlan(
            "essay.txt",
            "深化改革是推动教育发展的根本动力(下)",
            "从《某某教育改革和发展纲要》到《国家中长期教育改革和发展规划纲要》,教育发展的历史就是改革的历史。",
            "一、教育内涵发展要求深化改革。",
            "改革是推动教育发展进步的活力之源,是赶上世界教育强国的必由之路。");
    assertTrue(why.contains("neither its title"), why);
  }

  @Test
  void aPlanTitleWithOneParagraphOfItsTextIsAPlan() {
    ParseResult r =
        parse(
            "short.txt",
            "某省办公厅关于印发《“十九五”特殊教育发展提升行动计划》的通知",
            "各市、县人民政府,省政府各部门:",
            "《“十九五”特殊教育发展提升行动计划》已经省政府同意,现转发给你们,请认真贯彻落实。",
            "某省人民政府办公厅",
            "2099年12月31日",
            "“十九五”特殊教育发展提升行动计划",
            "特殊教育是面向残疾儿童青少年提供的教育,是教育事业的重要组成部分,是衡量社会文明进步的重要标志。近年来,我省"
                + "组织实施了两期特殊教育提升计划,普及水平和保障条件");
    assertEquals(1, r.plans().size());
    Plan plan = r.plans().get(0);
    assertEquals("“十九五”特殊教育发展提升行动计划", plan.meta().title());
    assertEquals("工作计划", plan.meta().kind()); // 行动计划: a plan (README kind conventions)
  }

  @Test
  void aNewsTitleNamingAPlanWithOneParagraphIsNoPlan() {
    noPlan(
        "short-news.txt",
        "某省印发《特殊教育发展提升行动计划》",
        "特殊教育是面向残疾儿童青少年提供的教育,行动计划提出了到2099年的目标任务。");
  }

  @Test
  void aPlanCutOffInItsContentsListKeepsTheListAsItsOutline() {
    ParseResult r =
        parse(
            "contents.txt",
            "某省教育厅关于印发《某省中等职业教育“十九五”发展规划》的通知",
            "各市、县(市、区)教育局:",
            "现将《某省中等职业教育“十九五”发展规划》印发给你们,请结合实际认真贯彻实施。",
            "某省教育厅",
            "二〇九八年十二月二十三日",
            "某省中等职业教育“十九五”发展规划",
            "目  录",
            "一、发展基础和面临的形势",
            "(一)主要成就",
            "(二)存在的问题",
            "二、指导思想和发展目标",
            "(一)指导思想",
            "(二)发展目标",
            "三、主要任务",
            "(一)优化学校布局");
    assertEquals(1, r.plans().size());
    Plan plan = r.plans().get(0);
    assertEquals("某省中等职业教育“十九五”发展规划", plan.meta().title());
    assertEquals("发展规划", plan.meta().kind());
    assertTrue(texts(plan).stream().anyMatch(t -> t.contains("优化学校布局")), texts(plan).toString());
    assertTrue(texts(plan).stream().noneMatch(t -> t.contains("目  录")), texts(plan).toString());
  }

  @Test
  void aCompilationsContentsListStillGoes() {
    ParseResult r =
        parse(
            "compilation.txt",
            "目录",
            "某县教育局2099年工作计划",
            "某镇中心校2099年工作计划",
            "某县教育局2099年安全工作计划",
            "某县教育局2099年工作计划",
            "一、指导思想",
            "坚持立德树人,办好人民满意的教育,推动全县教育高质量发展。",
            "二、主要任务",
            "1.推进学前教育普及普惠,新建公办幼儿园两所。",
            "2.深化课后服务改革,实现义务教育学校全覆盖。");
    assertTrue(r.plans().stream().flatMap(p -> texts(p).stream()).noneMatch(t -> t.contains("某镇中心校")));
  }

  @Test
  void aPlanLookingForwardToAMeetingIsNoMeetingReport() {
    ParseResult r =
        parse(
            "forward.txt",
            "2099年是具有特殊重要意义的一年。全年教育工作要以实际行动迎接全省第十次教育大会胜利召开。",
            "一、坚持立德树人,确保教育正确方向",
            "1.学习宣传党的创新理论。组织全省师生开展专题学习,全力做好迎接大会胜利召开的各项工作。",
            "2.加强思政课建设。推进大中小学思政课一体化。");
    assertEquals(1, r.plans().size());
  }

  @Test
  void aHeadlineCarryingOutAPlanIsNoPlan() {
    String why =
        noPlan(
            "headline.txt",
            "落實“十九五”規劃 推動教育高質量發展",
            "作者:某某某",
            "在全省上下喜迎大會之際,省教育廳舉辦全省教育局長研修班,學習全省基礎教育“十九五”規劃,推進基礎教育高質量發展。",
            "一、提高政治站位,明確目標任務",
            "全省教育系統按照普及普惠、優質均衡的總體思路,統籌教育改革發展穩定各項工作。");
    assertTrue(why.contains("speaks about a plan"), why);
  }

  @Test
  void aTaskListCarryingOutAPlanStays() {
    ParseResult r =
        parse(
            "tasks.txt",
            "某县贯彻落实《某省教育现代化实施意见》重点任务分工",
            "一、推进学前教育普及普惠",
            "1.新建公办幼儿园两所,新增学位六百个。牵头单位:县教育局。",
            "2.落实普惠性民办幼儿园补助政策。牵头单位:县财政局。");
    assertEquals(1, r.plans().size());
  }

  @Test
  void aBreadcrumbNamingACategoryAndThePlanIsNoHeadline() {
    ParseResult r =
        parse(
            "breadcrumb.txt",
            "当前位置:首页 > 办公文档 > 组织学习教育 > 某省教育厅年度工作要点报告",
            "某省教育厅年度工作要点",
            "一、加强党的建设",
            "1.深入学习贯彻党的创新理论,推动理论学习制度化常态化。",
            "2.加强基层党组织建设,落实党建工作责任制。");
    assertEquals(1, r.plans().size());
  }
}
