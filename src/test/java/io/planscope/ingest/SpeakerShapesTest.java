package io.planscope.ingest;

import static io.planscope.ingest.NotPlanShapesTest.noPlan;
import static io.planscope.ingest.PageShapes.assertStarts;
import static io.planscope.ingest.PageShapes.parse;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * Who speaks decides what a text is: a school saying 我校, a speaker greeting 老师们、同志们, a report going on with
 * 会上… 会议强调…. Each page was written for this test in a shape real sites give, beside the plan that must stay.
 */
class SpeakerShapesTest {
  @Test
  void aCompiledPlanInWhichASchoolSpeaksOfItselfIsNoBureauPlan() {
    String why =
        noPlan(
            "farm-school.txt",
            "【实用】教育工作计划八篇",
            "教育工作计划 篇1",
            "坚持以德育工作为切入点,巩固德育阵地,为了我校2099年高考再创佳绩,特制定高三年级德育工作计划。",
            "一、八月——行为规范月",
            "1、利用班会召开一次年级宣誓仪式,进行开学前的收心教育。",
            "2、班主任对学生进行课堂常规教育,营造良好的学习环境。");
    assertTrue(why.contains("school"), why);
  }

  @Test
  void aKindergartensPlanAfterAMarkerGluedToItsFirstHeadingIsNoBureauPlan() {
    String why =
        noPlan(
            "farm-kindergarten.txt",
            "教育工作计划 篇1一、指导思想",
            "以某区教育局安全生产月活动方案为指导,坚持安全第一、预防为主,促进我园安全管理水平的整体提高。",
            "二、活动时间",
            "2099年6月1日至30日。",
            "三、活动内容",
            "1、召开教职工大会,启动安全教育月活动。",
            "2、出一期安全主题板报。");
    assertTrue(why.contains("school"), why);
  }

  @Test
  void aBureauPlanThatSpeaksForItsCountyStaysWhateverSchoolsItNames() {
    ParseResult r =
        parse(
            "bureau.txt",
            "教育工作计划 篇1一、指导思想",
            "以提高质量为核心,推动我县教育优质均衡发展,指导各校落实我校即我家的校园文化理念。",
            "二、主要任务",
            "1、推进学前教育普惠发展,新建公办幼儿园三所。",
            "2、深化义务教育集团化办学,扩大优质资源覆盖面。");
    assertEquals(1, r.plans().size());
    assertEquals("教育工作计划", r.plans().get(0).title());
    assertStarts(r.plans().get(0), "指导思想", "推进学前教育普惠发展");
  }

  @Test
  void aSchoolsSemesterPlanIsNoBureauPlanThoughItNeverSays我校() {
    String why =
        noPlan(
            "semester.txt",
            "学校2099-2100学年第一学期工作计划",
            "一、指导思想",
            "以立德树人为根本,以提高质量为核心,努力办好人民满意的教育。",
            "二、工作目标",
            "1.一个目标:建设市级一流的乡镇品牌学校。",
            "2.两个重点:注重内涵发展,全面提高教育质量。");
    assertTrue(why.contains("school"), why);
  }

  @Test
  void aSpeechTitleRunIntoItsSalutationIsASpeechThoughTheMeetingNamesWork() {
    String why =
        noPlan(
            "speech-runon.txt",
            "在全市教育系统重点工作推进会上的讲话同志们:今天,我们召开全市教育系统重点工作推进会,主要任务是分析当前教育工作形势,"
                + "交流经验做法,研究部署下一阶段工作。刚才,有关县区作了交流发言,讲得很好。下面,我讲几点意见。",
            "一、肯定成绩,坚定信心",
            "过去一年,全市教育系统砥砺奋进,各项工作取得了新进展。",
            "二、突出重点,狠抓落实",
            "要聚焦质量提升,压实工作责任,推动各项任务落地见效。");
    assertTrue(why.contains("speech"), why);
  }

  @Test
  void aSpeechThatGreetsTwoAudiencesBelowACopyButtonIsASpeech() {
    String why =
        noPlan(
            "speech-two.txt",
            "正文复制",
            "在全县教育高质量发展推进大会上的讲话",
            "老师们、同志们:",
            "在第99个教师节来临之际,我们召开全县教育高质量发展推进大会。下面,我讲三点意见。",
            "一、肯定成绩,正视问题",
            "近年来,全县教育事业取得长足进步。");
    assertTrue(why.contains("speech"), why);
  }

  @Test
  void aMeetingReportBelowAnEmptyDateLabelIsNews() {
    String why =
        noPlan(
            "meeting.txt",
            "日期:",
            "来源:某某发布",
            "为统筹部署2099年全区教育体育工作,推动全区教育事业稳步发展,2月21日,某某区召开2099年中小学幼儿园春季开学工作会。",
            "会上,集中传达学习了市教育局春季开学工作会议精神,安排部署新学期工作。",
            "会议要求,要把握发展形势,主动识变应变求变,全面构建质量高、结构优的教育体系。",
            "会议强调,全区教育工作者要不折不扣抓落实,一线攻坚、担当作为。");
    assertTrue(why.contains("news report"), why);
  }

  @Test
  void aPlanWhoseTextHoldsAMeetingsDecisionsStays() {
    ParseResult r =
        parse(
            "plan-meeting.txt",
            "某区教育局2099年春季开学工作安排",
            "会议要求,各校要在开学前完成安全隐患排查。",
            "一、开学准备",
            "1.开学前完成校舍、食堂、消防设施的全面自查。",
            "2.做好教材征订和发放工作。",
            "二、安全保障",
            "1.落实校园安全责任制,开展应急演练。");
    assertEquals(1, r.plans().size());
  }

  @Test
  void aCompiledTextUnderAKeywordNamingSummaryAndPlanIsTheSummaryWhenItOpensByReviewing() {
    String why =
        noPlan(
            "farm-review.txt",
            "教育局工作总结及工作计划文档大全(21篇)",
            "教育局工作总结及工作计划文档篇一",
            "根据某办函〔20xx〕3号文件精神要求,某县教育系统的政务公开工作紧紧围绕增强工作透明度,有力地促进了各项工作的有序开展,"
                + "取得了明显的效果。",
            "一、加强组织领导,股室分工协作。",
            "成立以主要领导为组长的政务公开领导小组,并根据领导分工变动及时调整小组成员。",
            "二、规范公开内容,创新公开形式。",
            "完善公开目录,及时更新公开内容。");
    assertTrue(why.contains("summary"), why);
  }

  @Test
  void aCompiledPlanUnderTheSameKeywordStays() {
    ParseResult r =
        parse(
            "farm-plan.txt",
            "教育局工作总结及工作计划文档大全(21篇)",
            "教育局工作总结及工作计划文档篇一",
            "一、强化一个能力,抓实党建工作",
            "1、加强系统党的建设,为教育事业发展提供组织保证。",
            "2、深化规范化服务型机关建设,严格执行首问责任制。",
            "二、坚持两大战略,促进区域教育均衡");
    assertEquals(1, r.plans().size());
  }

  @Test
  void aDatedSummaryAndPlanStaysAPlanThoughOnlyItsReviewIsVisible() {
    ParseResult r =
        parse(
            "dated.txt",
            "某县教育局2098年工作总结和2099年工作计划",
            "2098年,某县教育局在县委、县政府的正确领导下,扎实开展教育工作,各项工作取得了新的成效。",
            "一、2098年工作成效",
            "1.党建工作不断加强。组织开展专题宣讲二十场。",
            "2.办学条件不断优化。改善农村学校薄弱环节。");
    assertEquals(1, r.plans().size());
  }

  @Test
  void aSummarysTitleRunIntoItsTextNamesTheTextAsASummary() {
    noPlan(
        "runon-summary.txt",
        "教育局2099上半年工作总结报告范文稿2099年,教育在区委、区政府的领导下,紧紧抓住促进教育优质均衡发展这条主线,加大教育投入,"
            + "实施教育改革,各项工作有序实施、进展顺利,取得了预期的成效。一、取得的成绩2099年上半年,区教育局荣获读书教育活动组织"
            + "特等奖;多所学校获教育改革创新奖一等奖。二、存在的问题部分学校办学条件仍需改善。");
  }

  @Test
  void aDatedReportsTitleRunIntoItsTextBelowAPreviewLabelNamesAReport() {
    String why =
        noPlan(
            "report-runon.txt",
            "内容预览:",
            "2099年镇教育工作汇报某镇位于某市东北部沿海,南接某某街道,北靠某某镇,人口两万九千人,全镇已形成学前教育、小学、初中的"
                + "教育格局,为教育强镇奠定了坚实的基础。",
            "1、已建公办幼儿园1所,办公楼4层2400平方米,拟收幼儿300名。",
            "2、我镇结合实际,先后撤并了三所小学,优化了教育资源。");
    assertTrue(why.contains("summary"), why);
  }

  @Test
  void aSummaryRunIntoThePlanThatFollowsItStaysOnePlan() {
    ParseResult r =
        parse(
            "summary-plan-runon.txt",
            "某县教育局2098年工作总结2099年工作计划一、2098年工作回顾2098年,全县教育系统扎实工作,各项工作取得了新的成效。二、2099"
                + "年工作计划1.推进学前教育普惠发展,新建公办幼儿园三所。2.深化义务教育集团化办学,扩大优质资源覆盖面。");
    assertEquals(1, r.plans().size());
    assertEquals(2099, r.plans().get(0).year());
  }

  @Test
  void aReportThatGreetsRespectedLeadersIsASpeech() {
    String why =
        noPlan(
            "greeting.txt",
            "办人民满意的教育 促进全镇经济发展",
            "尊敬的各位领导、同志们:",
            "在这里,我代表镇党委对各位领导莅临我镇检查指导工作表示衷心的感谢!",
            "一、优先发展教育,争创教育强镇",
            "近年来,镇党委政府始终坚定不移地实施科教兴镇战略,确保教育优先持续发展。");
    assertTrue(why.contains("speech"), why);
  }

  @Test
  void aMeetingLeadThatSchedulesTheYearsTasksIsNewsThoughItsPointsAreNumbered一是() {
    String why =
        noPlan(
            "lead.txt",
            "2月13日,区教育局召开2099年全区教育工作会议,总结工作、分析形势、压实责任,安排部署年度重点任务。区委常委某某出席并讲话。",
            "某某强调,教育系统党员干部要持续增强识势之明、掌握干事之道。",
            "一是坚持稳中求进。",
            "坚持稳字当先,保持战略定力,做到队伍稳、业务稳、底线稳。",
            "二是坚持守正创新。",
            "围绕立德树人根本任务,不断阔视野、提格局、谋创新。");
    assertTrue(why.contains("news report"), why);
  }

  @Test
  void aSummaryNamedWithTheFarmsWordBeforeThePlanItJoinsStaysAPlan() {
    ParseResult r =
        parse(
            "summary-farm-plan.txt",
            "区教育局2098年度工作总结范文及2099年度工作计划区教育局2098年工作总结及2099年度工作思路一、某区教育局2098年工作基本情况"
                + "2098年,某区教育局围绕区委区政府工作部署,创新机制,深化改革,各项工作取得较好成效。(一)以深化人事制度改革为动力,"
                + "不断加强队伍建设。组织全区教师开展师德主题教育活动。");
    assertEquals(1, r.plans().size());
  }
}
