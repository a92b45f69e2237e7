package io.planscope.ingest;

import static io.planscope.ingest.PageShapes.assertNowhere;
import static io.planscope.ingest.PageShapes.assertStarts;
import static io.planscope.ingest.PageShapes.parse;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.planscope.plan.Plan;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A plan's title repeated inside its text, in the shapes farms and document sites give it (written for this test):
 * the title again between the first heading and its text, the document's spelling of a file-name title.
 */
class TitleRepeatsTest {
  @Test
  void aTitleRepeatedUnderTheFirstHeadingIsNoMeasure() {
    ParseResult r =
        parse(
            "farm.txt",
            "2099年某县教育局工作计划[1]",
            "时间:2099-01-15 18:20:07 工作计划 我要投稿",
            "2099年某县教育局工作计划[1]",
            "一、指导思想",
            "2099年某县教育局工作计划[1]",
            "认真贯彻落实全县教育工作会议精神,全面贯彻党的教育方针,扎实推进素质教育,办好人民满意的教育。",
            "二、工作目标",
            "1、学前三年幼儿入园率达到90%以上,义务教育巩固率达到98%以上。",
            "2、确保全年不发生重大安全责任事故。");
    Plan plan = r.plans().get(0);
    assertTrue(plan.meta().title().startsWith("2099年某县教育局工作计划"), plan.meta().title());
    assertStarts(plan, "认真贯彻落实全县教育工作会议精神", "学前三年幼儿入园率", "确保全年不发生");
    List<String> measures = plan.measures().stream().map(m -> m.text()).toList();
    assertTrue(measures.stream().noneMatch(t -> t.startsWith("2099年某县教育局工作计划")), measures.toString());
    assertTrue(r.removed().stream().anyMatch(l -> l.reason().contains("title repeated")), "the repeat is reported");
  }

  @Test
  void aDocumentSitesFileNameAndTheDocumentsOwnSpellingOfTheTitleAreBothTheTitle() {
    // the site's paragraphs stand between blank lines
    ParseResult r =
        parse(
            "doc.txt",
            "某市教育事业十九五发展规划讨论稿.docx",
            "上传人:a****7 文档编号:12345678 上传时间:2099-07-19 格式:DOCX 页数:25 大小:45.92KB",
            "下载 相关 举报",
            "某市教育事业十九五发展规划讨论稿.docx_第1页",
            "第1页 / 共25页",
            "某市教育事业十九五发展规划讨论稿.docx_第2页",
            "第2页 / 共25页",
            "点击查看更多>>",
            "下载资源",
            "资源描述",
            "",
            "《某市教育事业十九五发展规划讨论稿.docx》由会员分享,可在线阅读,更多相关资源请在本站搜索。",
            "",
            "某市教育事业十九五发展规划讨论稿.docx",
            "",
            "某市教育事业十九五发展规划讨论稿",
            "",
            "某市教育事业“十九五”发展规划(讨论稿)",
            "",
            "制定并实施教育事业发展规划,是推动教育优先发展的重要举措。为此,结合我市实际,特制订本规划。",
            "",
            "一、发展基础",
            "",
            "“十八五”期间,全市教育事业取得长足发展,学前教育普及水平明显提高。",
            "",
            "二、主要任务",
            "",
            "(一)普及学前教育。新建公办幼儿园20所,增加学位6000个。",
            "",
            "(二)均衡发展义务教育。推进城乡学校一体化建设。");
    assertEquals(1, r.plans().size());
    Plan plan = r.plans().get(0);
    assertStarts(plan, "制定并实施教育事业发展规划", "普及学前教育", "均衡发展义务教育");
    assertNowhere(r, "发展规划讨论稿", "发展规划(讨论稿)");
  }

  @Test
  void aSentenceThatNamesThePlanStaysText() {
    ParseResult r =
        parse(
            "own.txt",
            "某区2099年教育工作要点",
            "某区2099年教育工作要点经局党组会议研究通过,现印发给你们,请认真抓好落实。",
            "一、加强党的建设",
            "1.深入开展理论学习。健全局党组理论学习中心组学习制度,每月开展集中学习。",
            "2.推进基层党组织建设。开展党支部标准化规范化建设。");
    Plan plan = r.plans().get(0);
    assertStarts(plan, "深入开展理论学习", "推进基层党组织建设");
    assertEquals("某区2099年教育工作要点", plan.meta().title().strip());
  }
}
