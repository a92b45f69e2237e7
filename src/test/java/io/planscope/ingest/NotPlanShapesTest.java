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

  @Test
  void anUntitledNoticeWhoseOpeningSetsOutItsBusinessIsNoPlan() {
    // no title line: the addressees, then "…通知如下:" and the notice's own numbered points
    String why =
        noPlan(
            "untitled-notice.txt",
            "区直有关单位,某某开发区:",
            "为加强我区关心下一代工作,形成全社会关心青少年成长的合力,经研究,现就调整区关工委成员单位及工作职责通知如下:",
            "一、成员单位组成",
            "调整后的成员单位有:区委组织部、区委宣传部、区教育局、区财政局、区司法局、团区委、区妇联。",
            "二、成员单位职责",
            "区教育局:负责指导学校关工委组织建设,推动关心下一代工作进校园,每学期至少开展一次专题活动。");
    assertTrue(why.contains("notice (通知)") && why.contains("通知如下"), why);
  }

  @Test
  void anUntitledOpinionAddressedToItsReadersStaysAPlan() {
    // the same opening shape, but the text is the 实施意见 itself ("制定如下实施意见"), not a notice
    ParseResult r =
        parse(
            "untitled-opinion.txt",
            "各县(市、区)人民政府,市人民政府各部门:",
            "为加快补齐全市教育发展短板,经市政府同意,制定如下实施意见。",
            "一、总体要求",
            "坚持问题导向,把强化薄弱环节作为优先任务,把调整资源配置作为根本措施,全面提升农村教育发展水平。",
            "二、重点任务",
            "到2099年,全市义务教育学校全部达到办学标准,乡村学校教师周转宿舍实现全覆盖。");
    assertEquals(1, r.plans().size());
  }

  @Test
  void aReportOfAMeetingNamedForItsAgendaIsNoPlan() {
    // "…召开…工作安排暨收心会": 安排 names the meeting's business; a site's login line stands above the report
    String why =
        noPlan(
            "meeting.txt",
            "某县教育局召开2099年工作安排暨收心会",
            "查看隐藏内容需先登录",
            "近日,某县教育局组织召开2099年工作安排暨收心会,安排部署全年教育重点工作。会议要求,全体职工要统一思想,明确目标。"
                + "一要抓好项目建设,确保新建学校秋季顺利开学。二要稳妥推进小规模学校撤并工作。三要做好学前教育普及普惠县创建。"
                + "四要做好示范校创建工作,进一步提升教育质量。");
    assertTrue(why.contains("news report"), why);
  }

  @Test
  void aNoticeAskingForSummariesIsCalledANotice() {
    // the title names a summary, but it ends with 通知: the page is the notice asking for it
    String why =
        noPlan(
            "report-notice.txt",
            "关于报送2099年语言文字工作总结和年度统计报表的通知",
            "各设区市教育局、语委,各高等学校:",
            "按照教育部有关安排,请各地各校认真做好语言文字工作年度统计和报告报送工作。",
            "一、做好年度统计",
            "请各地认真做好资料整理、数据汇总工作,确保内容详实准确,数据统计周期为2099年全年。",
            "二、报送年度报告",
            "请于3月8日前将年度报告和统计报表报送至省教育厅语工处。");
    assertTrue(why.contains("关于报送2099年语言文字工作总结和年度统计报表的通知' is a notice (通知)"), why);
  }

  @Test
  void anOfficesDutiesAreNoPlan() {
    // numbered like a plan, and naming plans in passing (编制…发展规划和年度计划)
    String why =
        noPlan(
            "duties.txt",
            "主要职责:",
            "某市教育局的主要职责:",
            "(一)贯彻执行国家和省的教育方针、政策和法规,结合本市实际草拟地方性教育规章并组织实施。",
            "(二)编制全市教育事业的发展规划和年度计划,提出教育发展的目标、重点和结构,并协调指导实施。",
            "(三)管理市本级教育经费,检查各区县教育财政拨款的执行情况,指导学校基本建设。",
            "(四)承办市委、市政府和上级教育部门交办的其他事项。");
    assertTrue(why.contains("responsible for") && why.contains("主要职责"), why);
  }

  @Test
  void aParagraphOfDutySentencesIsNoPlan() {
    // no title and no numbers: sentence after sentence says what the office is responsible for
    String why =
        noPlan(
            "duty-paragraph.txt",
            "统筹管理全区学前教育、义务教育和特殊教育。负责拟订和实施基础教育发展规划、学校布局调整政策。负责制定并组织实施"
                + "年度事业发展和招生计划。负责指导全区各级各类学校的课程改革和教学计划的落实。负责课后校内托管服务工作。",
            "区教育局(基础教育科)");
    assertTrue(why.contains("responsible for"), why);
  }

  @Test
  void aPlanThatAssignsDutiesStaysAPlan() {
    // a plan's measures name who is responsible; its title names the plan
    ParseResult r =
        parse(
            "assigned.txt",
            "某县教育局2099年安全工作方案",
            "一、工作职责",
            "办公室:负责方案的统筹协调和督查通报。安全股:负责校园安全隐患排查整治。基教股:负责学生安全教育课程落实。",
            "二、工作措施",
            "每月开展一次校园安全大检查,对发现的隐患建立台账,限期整改到位,确保全年不发生重大安全责任事故。");
    assertEquals(1, r.plans().size());
  }

  @Test
  void aPageOfTitlesCutOffBeforeAnyTextSaysSoOnce() {
    // a compilation whose preview stops right after each title
    String why =
        noPlan(
            "titles.txt",
            "某县教育局年度工作计划篇一",
            "新的一年开始了。",
            "某县教育局年度工作计划篇二",
            "一年之计在于春。");
    assertTrue(why.contains("each of its 2 parts has too little text to be a plan"), why);
  }
}
