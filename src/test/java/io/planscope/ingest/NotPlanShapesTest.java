package io.planscope.ingest;

import io.planscope.source.IngestException;
import static io.planscope.ingest.PageShapes.parse;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * Pages that hold no plan although they are numbered or enumerate, each written for this test in a shape real sites
 * give (a news report quoting a speech's points, a notice, a summary whose title ran into its first item), each
 * beside the plan of the same shape that must stay.
 */
class NotPlanShapesTest {
  static String noPlan(String name, String... lines) {
    IngestException e = assertThrows(IngestException.class, () -> parse(name, lines));
    assertEquals(IngestException.Reason.NO_PLAN, e.reason());
    return e.getMessage();
  }

  @Test
  void aNewsReportQuotingASpeechsPointsIsNoPlan() {
    String why =
        noPlan(
            "news.txt",
            "春风送暖,催人奋进。2月26日上午,某某县召开了2099年全县教育工作会议,县委常委、宣传部长某某,副县长某某出席会议"
                + "并讲话。",
            "会议首先通报了2098年度教育系统获得的各类荣誉,随后,县教育局局长某某作了工作报告。他指出,今年要聚焦“六项重点”:"
                + "一是加强党建引领;二是优化学校布局,加快项目建设;三是深化教育改革,推进集团化办学;四是加强教师队伍建设;"
                + "五是提高教育质量;六是守牢校园安全底线。",
            "副县长某某在讲话中强调,要认清形势,压实责任,推动全县教育事业高质量发展。");
    assertTrue(why.contains("news report"), why);
  }

  @Test
  void aSpeechThatOpensBySalutingItsAudienceIsNoPlan() {
    String why =
        noPlan(
            "speech.txt",
            "某某某",
            "同志們:",
            "根據年度工作安排,我們在某某縣召開全省學前教育工作推進會。下面,我講三點意見。",
            "一、充分肯定成績,正視存在問題",
            "幾年來,全省學前教育資源快速擴大,普及水平明顯提高。",
            "二、突出工作重點,推動學前教育普及普惠",
            "要加快公辦幼兒園建設,擴大普惠性資源,健全經費保障機制。");
    assertTrue(why.contains("speech"), why);
  }

  @Test
  void anUnnumberedPlanWhoseOpeningNamesItStays() {
    ParseResult r =
        parse(
            "opening.txt",
            "为贯彻落实2月26日召开的全县教育工作会议精神,推动全县教育事业高质量发展,结合我县实际,特制定本年度工作方案,"
                + "具体安排如下。",
            "今年要聚焦六项重点:一是加强党建引领;二是优化学校布局,加快项目建设;三是深化教育改革,推进集团化办学;四是"
                + "加强教师队伍建设;五是提高教育质量;六是守牢校园安全底线。");
    assertEquals(1, r.plans().size());
  }

  @Test
  void aNoticeAskingForWorkIsNoPlan() {
    String why =
        noPlan(
            "notice.txt",
            "某某镇中心校关于做好2099年春季开学安全工作的通知",
            "各中小学校:",
            "春季开学在即,为确保全镇各学校开学平稳有序,师生平安入学,现将有关工作通知如下:",
            "一、提高认识,压实安全责任",
            "各学校要召开专题会议,研判安全形势,制订切合实际的安全工作计划,明确岗位安全职责。",
            "二、开展隐患排查",
            "开学前完成校舍、食堂、消防设施的全面自查,建立台账,限期整改。");
    assertTrue(why.contains("notice (通知)"), why);
  }

  @Test
  void aNoticeHandingOverAPlanKeepsThePlan() {
    ParseResult r =
        parse(
            "handover.txt",
            "关于印发《某县教育局2099年安全工作计划》的通知",
            "各中小学校:",
            "现将《某县教育局2099年安全工作计划》印发给你们,请认真贯彻落实。",
            "某县教育局2099年安全工作计划",
            "一、提高认识,压实安全责任",
            "各学校要召开专题会议,研判安全形势,明确岗位安全职责。",
            "二、开展隐患排查",
            "开学前完成校舍、食堂、消防设施的全面自查,建立台账,限期整改。");
    assertEquals(1, r.plans().size());
  }

  @Test
  void aSummaryWhoseTitleRanIntoItsFirstItemIsNoPlan() {
    String why =
        noPlan(
            "summary.txt",
            "区教育局2099年工作总结范文范例1.加快重点项目建设。全力推进学校新建和续建项目,建成学校5所,新增学位六千个。"
                + "二、队伍建设成效明显。新增市级骨干教师40名,开展各级各类培训三百余批次。三、教育改革稳步推进。课后服务"
                + "改革探索获上级肯定,集团化办学覆盖全部义务教育学校。");
    assertTrue(why.contains("work summary"), why);
  }

  @Test
  void aNewsItemReportingThatAPlanCameOutIsNoPlan() {
    String why =
        noPlan(
            "plan-news.txt",
            "某部发布2099年工作要点",
            "据某部官网消息 近日,某部发布2099年工作要点,对今年教育工作提出总体要求并全面布局。2099年教育工作的总体要求是:坚持"
                + "立德树人,推进教育高质量发展。",
            "工作要点涉及5大类30个要点,包括深化教育综合改革,推进基础教育扩优提质,加强教师队伍建设等。");
    assertTrue(why.contains("reports a plan"), why);
  }

  @Test
  void anInterviewAboutAPlanIsNoPlan() {
    String why =
        noPlan(
            "interview.txt",
            "推进课后服务提质增效 让家长放心满意",
            "——某省教育厅负责人就《某省中小学课后服务实施方案》答记者问",
            "近日,某省教育厅印发了《某省中小学课后服务实施方案》。厅负责人接受了记者采访。",
            "1.请介绍一下《实施方案》出台的背景。",
            "答:开展课后服务是解决家长接送难题的重要举措,我省在总结试点经验的基础上研制了方案。",
            "2.《实施方案》的主要内容有哪些?",
            "答:方案明确了服务时间、服务内容和经费保障三方面要求。");
    assertTrue(why.contains("interview") || why.contains("reports a plan"), why);
  }

  /**
   * The plan itself, on a government page: a menu with 政策解读 (a column most government sites have) and a lead
   * saying the plan was issued, then its own numbered headings. Neither the menu nor the lead makes it a report.
   */
  @Test
  void aPlanUnderAMenuAndAnIssuingLeadStaysAPlan() {
    ParseResult r = parse("gov.txt",
        "首页 | 机构概况 | 政务公开 | 政策解读 | 互动交流",
        "日前,某市教育局印发了《某市教育局2099年工作要点》,现将全文公布如下,请各单位结合实际认真抓好贯彻落实。",
        "某市教育局2099年工作要点",
        "一、总体要求",
        "坚持立德树人根本任务,推动全市教育高质量发展,办好人民满意的教育。",
        "二、主要任务",
        "（一）深化课后服务。实现义务教育学校课后服务全覆盖,丰富服务内容。",
        "（二）推进集团化办学。新组建教育集团5个,扩大优质教育资源覆盖面。",
        "三、保障措施",
        "（一）加强组织领导。各单位要明确责任分工,确保各项任务落到实处。");
    assertEquals(1, r.plans().size(), r.toString());
    assertEquals("某市教育局2099年工作要点", r.plans().get(0).title());
  }

  @Test
  void anEssayADocumentSiteNamesIsNoPlan() {
    // the essay's title is only in the site's card above a text that starts mid-sentence
    String why =
        noPlan(
            "essay.txt",
            "《农村学校教师队伍建设存在问题与对策思考.docx》由会员分享,可在线阅读,更多相关文档请在本站搜索。",
            "加之一些地方的培训经费不到位,教师参加培训的费用大部分要自己承担,影响了教师参训的积极性。",
            "2、投入不均衡。",
            "近年来城区学校投入增长较快,农村学校的投入相对不足,办学条件差距仍然较大,需要引起重视。",
            "3、结构不合理。",
            "农村学校教师年龄偏大,音体美等学科教师缺乏,一人兼教多科的现象较为普遍,制约了教学质量的提高。");
    assertTrue(why.contains("essay"), why);
  }

  @Test
  void aPlanQuotingANewsDateInItsOpeningStays() {
    // a plan's opening names the date a meeting was held; it does not report that a plan came out
    ParseResult r =
        parse(
            "plan-date.txt",
            "某县教育局2099年工作计划",
            "为贯彻落实3月1日召开的全县教育工作会议精神,进一步推进教育高质量发展,结合我县实际,制定本计划。",
            "一、加强党建引领。健全党组织领导的校长负责制,开展党建品牌创建活动。",
            "二、推进学前教育普惠发展。新建公办幼儿园三所,普惠性幼儿园覆盖率达到百分之九十。");
    assertEquals(1, r.plans().size());
  }
}
