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
}
