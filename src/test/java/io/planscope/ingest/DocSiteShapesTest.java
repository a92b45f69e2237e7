package io.planscope.ingest;

import static io.planscope.ingest.PageShapes.assertNowhere;
import static io.planscope.ingest.PageShapes.assertStarts;
import static io.planscope.ingest.PageShapes.parse;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.planscope.plan.Plan;
import org.junit.jupiter.api.Test;

/**
 * Document-sharing sites' run-on pages, written for this test in the shapes such sites give: a whole printed page on
 * one line headed by the site's page number ("2、"), the document's own page numbers ("- 2 -") left inside the text,
 * a title that runs straight into the opening.
 */
class DocSiteShapesTest {
  // the notice, its signature and the plan's title on the first printed page; "- 3 -" cuts a sentence in two
  private static final String[] NOTICE_PAGES = {
    "1、- 1 -某教发20993 号关于印发2099 年全县教育工作要点的通知各中小学、幼儿园、局机关各股室、青少年活动中心:2099 年"
        + "全县教育工作要点已经局党组会议研究通过,现印发给你们。请结合实际认真抓好落实,确保各项任务落到实处。某县教育局"
        + " 2099 年 2 月 20 日 - 2 -2099 年全县教育工作要点2099 年全县教育工作的总体要求是:坚持立德树人根本任务,以推进县域"
        + "教育优质均衡发展为主线,深化教育综合改革,着力提升教育",
    "2、质量和群众满意度,为建设教育强县提供有力支撑。一、坚持立德树人,办好人民满意的教育1、加强思想政治教育。健全大中小学"
        + "思政课一体化建设机制,开展主题教育实践活动,推进家庭教育、学校教育和社会教育- 3 -协同育人。2、提升课堂教学质量。深化"
        + "课堂教学改革,完善教学质量监测体系,推进集体教研常态化开展,切实减轻学生课业负担。"
  };

  @Test
  void pageNumbersInsideARunOnLineEndTheNoticeAndVanishInsideASentence() {
    ParseResult r = parse("wenku.txt", NOTICE_PAGES);
    assertEquals(1, r.plans().size());
    Plan plan = r.plans().get(0);
    assertEquals("2099 年全县教育工作要点", plan.meta().title().strip());
    assertStarts(plan, "坚持立德树人,办好人民满意的教育", "加强思想政治教育", "提升课堂教学质量");
    assertNowhere(r, "现印发给你们", "各中小学、幼儿园", "某县教育局 2099 年", "- 2 -", "- 3 -");
    assertTrue(PageShapes.texts(plan).stream().anyMatch(t -> t.contains("社会教育协同育人")), "the cut sentence is whole again");
  }

  @Test
  void aPageStampInsideTheTextGoesAndTheSentenceJoinsAgain() {
    ParseResult r =
        parse(
            "stamp.txt",
            "下载后可任意编辑某区2099年教育工作计划一、教师工作1、师德建设落实中小学教师职业道德考核办法,严格实施师德一票否决制。"
                + "2、教师培训组织每月一期的名师论坛和每学期两期的青年教师论坛。同时,每学期分学段组织一次专题培训。第1页共12页下载后可任意编辑"
                + "校本培训。各校构建符合本校实际的校本培训体系,确保每月一次集中培训。3、常规管理严格落实教师队伍管理的有关规定。");
    Plan plan = r.plans().get(0);
    assertStarts(plan, "师德建设", "教师培训", "常规管理");
    assertNowhere(r, "任意编辑", "第1页共12页");
    assertTrue(PageShapes.texts(plan).stream().anyMatch(t -> t.contains("专题培训。校本培训。")), "the text on both sides joins");
  }

  @Test
  void anEncyclopediaEntrysLabelAndDocumentNumberAreNotTheText() {
    ParseResult r =
        parse(
            "entry.txt",
            "词条 | 某省“十九五”教育事业发展规划 |",
            "释义 | 某发改规划〔2099〕12号 未来5年,是某省加快建设教育强省的关键时期,教育担负着服务经济社会发展的重大使命。"
                + " 一、发展基础 “十八五”期间,全省教育事业取得长足发展。 二、主要任务 (一)普及学前教育。新建公办幼儿园100所。"
                + " (二)均衡发展义务教育。推进城乡学校一体化建设。");
    Plan plan = r.plans().get(0);
    assertStarts(plan, "未来5年,是某省加快建设教育强省的关键时期");
    assertNowhere(r, "释义", "某发改规划〔2099〕12号");
  }

  @Test
  void linesCutAtThePagesMarginAreOneParagraphAgain() {
    ParseResult r =
        parse(
            "margin.txt",
            "某市2099年教育工作要点",
            "一、打好服务能力跃升攻坚战",
            "巩固提升学前教育普及普惠工作成果。新建城东第二公办幼",
            "儿园,完成3所小区配套幼儿园移交工作,增加公办学前教",
            "育学位900个。完善中小学校布局规划,新建城南中学综合",
            "楼,增加优质公办义务教育学位1200个。",
            "二、深化教育领域综合改革",
            "积极推动落实教育评价改革,坚决破除五唯顽瘴痼疾,推进",
            "制度的废改立,调整教育评价指挥棒,落实立德树人根本任",
            "务。深入开展面向全体因材施教专题研究。",
            "三、加强教师队伍建设",
            "1.实施教师培训工程。组织全市中小学教师参加市级以上培",
            "训,开展新教师入职培训和骨干教师研修活动。",
            "2.深化县管校聘改革。");
    Plan plan = r.plans().get(0);
    assertEquals(4, plan.measures().size(), PageShapes.texts(plan).toString());
    assertStarts(plan, "巩固提升学前教育普及普惠工作成果", "积极推动落实教育评价改革", "实施教师培训工程", "深化县管校聘改革");
    assertTrue(PageShapes.texts(plan).stream().anyMatch(t -> t.contains("新建城东第二公办幼儿园,完成")), "a word cut at the margin");
    assertTrue(PageShapes.texts(plan).stream().anyMatch(t -> t.contains("市级以上培训,开展")));
  }

  @Test
  void aDateWithSpacedDashesIsNoPageNumber() {
    ParseResult r =
        parse(
            "dates.txt",
            "某县教育局2099年工作计划",
            "一、加强安全教育。在 2099 - 3 - 15 前完成全县校舍安全排查,整改隐患,建立台账,逐校落实责任。",
            "二、推进课后服务。各校于开学第一周公布课后服务方案,保障家长知情权和学生自愿参加。");
    assertStarts(r.plans().get(0), "加强安全教育。在 2099 - 3 - 15 前完成");
  }

  @Test
  void aTitleWithItsYearsInBracketsIsCutFromTheOpening() {
    ParseResult r =
        parse(
            "span.txt",
            "1、某市中小学生阅读推广行动计划实施方案(2098 年2100 年)阅读是学生终身发展的基础,为进一步推动书香校园建设,提升"
                + "学生阅读素养,营造全民阅读的良好氛围,根据上级有关文件精神,结合我市实际,特制定本实施方案。一、指导思想以立德树人为根本,以书香校园建设为载体,以阅读课程建设为抓手,推动全市"
                + "中小学生阅读活动常态化开展。二、主要任务(一)建设书香校园。各校建成开放式图书角,每年更新图书不少于一千",
            "2、册,开展班级读书会和亲子共读活动。(二)培育阅读品牌。每年举办全市中小学生读书节,评选书香校园和阅读之星。");
    Plan plan = r.plans().get(0);
    assertEquals("某市中小学生阅读推广行动计划实施方案(2098 年2100 年)", plan.meta().title());
    assertStarts(plan, "阅读是学生终身发展的基础", "指导思想", "建设书香校园");
  }

  @Test
  void itemNumbersThatLostTheirSeparatorStillStartMeasures() {
    // the site dropped "、" after 1 and 2; "。3所学校" is a count, not an item
    ParseResult r =
        parse(
            "bare.txt",
            "某县中小学劳动教育实施方案",
            "一、指导思想以习近平新时代中国特色社会主义思想为指导,全面贯彻党的教育方针,构建劳动教育体系。二、实施原则1坚持育人导向,"
                + "突出劳动教育的思想性。各校结合实际制定劳动清单。2坚持因地制宜,统筹校内外资源。全县已有3所学校建成劳动实践基地。"
                + "三、主要任务(一)开齐开足劳动课程。每周安排不少于一课时的劳动教育课。");
    Plan plan = r.plans().get(0);
    assertStarts(plan, "坚持育人导向", "坚持因地制宜", "开齐开足劳动课程");
    assertTrue(PageShapes.texts(plan).stream().noneMatch(t -> t.startsWith("所学校")), "a count is no item number");
  }

  @Test
  void itemsNumberedOnAcrossHeadingsAreCutFromTheHeadingTheyFollow() {
    // the items count on through the whole plan (3、 under 二、); a count after a heading ("12、13所") is no item
    ParseResult r =
        parse(
            "numbered-on.txt",
            "某区教育系统年度工作计划",
            "一、落实区教育工作会议精神1、根据会议精神细化任务分解,召开条线会议逐项落实,形成工作机制。",
            "2、修订完善区教育发展规划,明确年度目标和责任科室。",
            "二、深化教育综合改革3、推进教师管理制度改革。",
            "全面实行教职工聘用合同制,完善考核评价办法。",
            "(一)全区共有12、13所学校参加集团化办学试点,本年度扩大至二十所。");
    Plan plan = r.plans().get(0);
    assertStarts(plan, "落实区教育工作会议精神", "根据会议精神细化任务分解", "深化教育综合改革", "推进教师管理制度改革");
    assertTrue(PageShapes.texts(plan).stream().noneMatch(t -> t.startsWith("13所")), "a count is no item number");
  }

  @Test
  void aNoticeRunIntoOneLineLeavesOnlyThePlanAsText() {
    // number, title, addressees, handover, issuer and date, the plan's title and its opening: all on one line
    ParseResult r =
        parse(
            "notice-run-on.txt",
            "某教函〔2099〕11号某市教育局关于印发某市骨干校长培养方案(2099-2101年)的通知各县(市、区)教体局,市属开发区教育管理机构,"
                + "市直各学校:现将某市骨干校长培养方案(2099-2101年)印发给你们,请遵照执行。 某市教育局 2099年1月8日某市骨干校长培养方案"
                + "(2099-2101年)为发挥骨干校长的示范带动作用,全面提升中小学校长的办学治校能力,制定本方案。一、培养目标通过三年培养,造就"
                + "一批治校有方的骨干校长。二、培养方式(一)集中研修。每年组织两次集中研修,每次不少于五天。(二)跟岗实践。安排到名校跟岗"
                + "学习一个月。");
    Plan plan = r.plans().get(0);
    assertStarts(plan, "为发挥骨干校长的示范带动作用", "培养目标", "集中研修", "跟岗实践");
    assertNowhere(r, "各县(市、区)教体局", "印发给你们", "某市教育局 2099年1月8日");
  }

  @Test
  void aBodyThatOnlyNamesBodiesBeforeAColonStaysWhole() {
    // "各学校要…:" is a sentence of the plan, not a list of addressees
    ParseResult r =
        parse(
            "not-addressees.txt",
            "某县教育局2099年安全工作要点",
            "一、压实安全责任。各中小学、幼儿园要做好以下工作:一是完善安全制度,二是开展隐患排查,三是加强应急演练,确保全年无重大事故。",
            "二、加强校园周边治理。会同公安、市场监管部门开展联合整治,净化学校周边环境。");
    assertStarts(r.plans().get(0), "压实安全责任。各中小学、幼儿园要做好以下工作", "一是完善安全制度", "加强校园周边治理");
  }

  @Test
  void aSitesAdWithItsAddressBeforeTheTextIsNoMeasure() {
    // the whole document runs on after the ad on one line; an ad before a short abstract goes with the abstract
    ParseResult r =
        parse(
            "ad.txt",
            "2099年某局全面从严治党工作计划",
            "某某范文,海量公文素材资料,下载网址:www.example.com 2099年某局全面从严治党工作计划 2099年全区教育系统党的建设工作的总体要求"
                + "是:深入落实党建工作责任制,推动党建与业务深度融合。 一、突出政治引领 1.强化政治建设。坚持以党的政治建设为统领,全年专题学习不少于"
                + "两次。 2.严肃党内政治生活。严格落实三会一课制度,规范开展主题党日活动。 3.加强基层组织建设。推进学校党组织领导的校长负责制,"
                + "选优配强支部书记,全年开展支部书记轮训一次。 二、压实管党治党责任 1.落实主体责任。制定责任清单,层层签订责任书。");
    Plan plan = r.plans().get(0);
    assertStarts(plan, "2099年全区教育系统党的建设工作的总体要求", "强化政治建设", "严肃党内政治生活");
    assertNowhere(r, "下载网址", "海量公文素材");
  }

  @Test
  void aFarmTitleFarAboveTheTextStillTitlesItAndItsCardIsNoMeasure() {
    // a document card: date, title with 范文, page count, the site's numbered notices, then the text opening with its year
    ParseResult r =
        parse(
            "card.txt",
            "• 20.5 KB",
            "• 2099-04-10 发布",
            "某市教育局2099年工作要点范文",
            "• 14页",
            "1、本文档由用户上传,本站整理发布,可阅读全部内容。",
            "2、本文档内容版权归属内容提供方,如有争议请联系网站客服。",
            "3、付费之前,请仔细阅读内容确认后进行付费下载。",
            "网站客服QQ:000000",
            "某市教育局 2099 年工作要点范文 2098 年是全面完成十四五规划目标任务的关键之年,全市教育工作坚持立德树人根本任务,推动教育高质量发展。"
                + "1.强化党的政治建设。深入学习贯彻党的创新理论,健全理论学习中心组学习制度。2.推进学前教育普及普惠。新建改扩建公办幼儿园十所。");
    Plan plan = r.plans().get(0);
    assertEquals("某市教育局2099年工作要点", plan.meta().title());
    assertStarts(plan, "2098 年是全面完成十四五规划目标任务的关键之年", "强化党的政治建设", "推进学前教育普及普惠");
    assertNowhere(r, "2099-04-10", "14页", "范文");
  }

  @Test
  void textAFarmHidUnderAPaywallSplitsTheLineItStoodIn() {
    // "……此处隐藏…个字……" joins the start of one item to the end of another, far below
    ParseResult r =
        parse(
            "hidden.txt",
            "某县教育局2099年工作计划",
            "一、做好期末各项工作",
            "1、做好寒假期间教育系统的安全工作,开展安全大检查。",
            "2、做好学生资助资金的发放工作 ……此处隐藏3011个字……性,大力培养学生的动手实践能力。",
            "3、组织开展科普教育进校园活动,每年确定一个主题。");
    assertNowhere(r, "此处隐藏", "发放工作 ");
    assertStarts(r.plans().get(0), "做好学生资助资金的发放工作", "组织开展科普教育进校园活动");
  }

  @Test
  void aTitleRunIntoItsFirstHeadingIsCutThereButAFileNameKeepsItsNumber() {
    // "…工作计划(一)强化…" and "…参考计划范文一、指导思想:…" start the text at their first heading; "…计划(一).doc" is a file
    ParseResult r =
        parse(
            "title-heading.txt",
            "《某局2099年工作计划(一).doc》由会员分享,可在线阅读,更多相关《某局2099年工作计划(一).doc(4页珍藏版)》请在本站搜索。",
            "某局2099年工作计划(一).doc_第2页",
            "区教育局2099年工作计划(一)强化政治建设,进一步加强党对教育工作的全面领导。",
            "一是持续推动党的创新理论学习宣传贯彻走心走深走实。",
            "二是继续推进中小学校党组织领导的校长负责制,按时完成本年度目标任务。",
            "(二)强化民生保障,加快建设高质量教育体系。",
            "一是新建改扩建中小学五所,新增学位三千个。二是推进集团化办学全覆盖。");
    Plan plan = r.plans().get(0);
    assertStarts(plan, "强化政治建设", "强化民生保障");
    assertNowhere(r, ".doc_第2页", "区教育局2099年工作计划(一)");
    ParseResult farm =
        parse(
            "farm-heading.txt",
            "某局基础教育科工作参考计划范文一、指导思想:以深化基础教育课程改革为抓手,全面实施素质教育,打造区域教育品牌,促进教育"
                + "均衡发展和优质发展。二、工作目标:1.事业发展目标:学前三年毛入园率达百分之九十五以上。2.学校创建目标:争创市级现代化学校十所。");
    assertStarts(farm.plans().get(0), "指导思想", "事业发展目标", "学校创建目标");
  }

  @Test
  void aHeadingRunIntoItsFirstEnumeratedPointHeadsThePoints() {
    // "…创新性做法一是…" lost the break after the heading; "统一是非观念" is a word, not a point
    ParseResult r =
        parse(
            "heading-points.txt",
            "某县教育局2099年工作计划",
            "一、今年的重点工作和创新举措一是深化教育综合改革。推进县管校聘改革全覆盖,完善教师交流轮岗机制。二是推动基础教育均衡发展。新建"
                + "改扩建学校六所,新增学位四千个。",
            "二、加强师德师风建设进一步统一是非观念,严格师德考核,二是字不作分项。");
    Plan plan = r.plans().get(0);
    assertStarts(plan, "今年的重点工作和创新举措", "一是深化教育综合改革", "二是推动基础教育均衡发展", "加强师德师风建设进一步统一是非观念");
  }

  @Test
  void aSlideTemplatesPlaceholderAndEnglishFillerAreCutFromTheText() {
    ParseResult r =
        parse(
            "template.txt",
            "某区教育局2099年工作要点",
            "汇报人:XXXXYour content to play here, or through your copy, paste in this box, and select only the text.以党的创新理论为"
                + "指导,深入落实立德树人根本任务,推进全区教育高质量发展。",
            "一、推进STEAM教育。建设创客空间和STEAM实验室,开设Python编程和AI启蒙课程。",
            "二、加强教师培训。组织骨干教师赴外地跟岗学习,全年培训不少于两千人次。");
    Plan plan = r.plans().get(0);
    assertStarts(plan, "以党的创新理论为指导", "推进STEAM教育。建设创客空间和STEAM实验室,开设Python编程");
    assertNowhere(r, "汇报人", "Your content", "select only");
  }

  @Test
  void aSentenceTheSiteCutShortWithDotsIsNoText() {
    // a page description that quotes the plan's opening and stops mid-sentence
    ParseResult r =
        parse(
            "teaser.txt",
            "某局2099年工作计划(通用6篇) 一、指导思想以党的创新理论为指导,坚持立德树人,深化教育教学改革。全面推进....",
            "四、着力提高育人质量。",
            "一是坚持德育为首,推进一校一品建设。二是深化课堂教学改革,推行小组合作学习。",
            "五、着力提升师资水平。",
            "一是加强师德师风建设。二是实施骨干教师培养工程。");
    Plan plan = r.plans().get(0);
    assertStarts(plan, "指导思想以党的创新理论为指导", "着力提高育人质量", "着力提升师资水平");
    assertNowhere(r, "全面推进....");
  }

  @Test
  void aReportStyleOutlineListedBeforeItsTextIsContents() {
    // a document site's preview: chapters with sections numbered after them, then the text starting over at 一、
    ParseResult r =
        parse(
            "outline.txt",
            "某县智慧校园建设方案",
            "一、背景分析",
            "1.1政策背景",
            "1.2现实需求",
            "二、目标设定",
            "2.1总体目标",
            "2.2阶段目标",
            "三、实施路径",
            "3.1平台建设",
            "3.2应用推广",
            "3.3运维保障一、背景分析1.1政策背景 近年来,国家先后出台教育信息化系列文件,要求加快推进学校数字化转型,为智慧"
                + "校园建设提供了遵循。全县学校网络和终端已全面覆盖,但应用水平参差不齐。");
    Plan plan = r.plans().get(0);
    assertNowhere(r, "1.2现实需求", "2.2阶段目标", "3.2应用推广");
    assertTrue(r.removed().stream().anyMatch(l -> l.reason().equals("contents list") && l.text().equals("2.1总体目标")));
  }

  @Test
  void aPlansOwnDecimalHeadingsWithTextBetweenThemStay() {
    ParseResult r =
        parse(
            "decimal.txt",
            "某县智慧校园建设方案",
            "一、背景分析",
            "1.1政策背景",
            "国家先后出台教育信息化系列文件,要求加快推进学校数字化转型。",
            "1.2现实需求",
            "全县学校网络和终端已全面覆盖,但应用水平参差不齐,需要统筹推进。",
            "二、目标设定",
            "2.1总体目标",
            "到2099年,全县中小学全部建成智慧校园,教师信息技术应用能力全面提升。");
    assertStarts(r.plans().get(0), "国家先后出台教育信息化系列文件", "到2099年,全县中小学全部建成智慧校园");
  }
}
