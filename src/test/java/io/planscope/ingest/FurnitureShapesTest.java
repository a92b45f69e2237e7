package io.planscope.ingest;

import static io.planscope.ingest.PageShapes.assertNowhere;
import static io.planscope.ingest.PageShapes.assertStarts;
import static io.planscope.ingest.PageShapes.parse;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.planscope.plan.Plan;
import io.planscope.text.Fold;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A document's furniture and a reprint's wrapping, written for this test in the shapes real pages give: a notice's
 * addressees of every length ({@link Addressees}), a magazine's reprint note ({@link RepostNotes}), a law database's
 * attribute block run into the title ({@link AttributeRuns}), a Word footer's page fields and a converter's running
 * header ({@link DocStamps}), a login box. None is ever a measure; the plan's own lines that share their words stay.
 */
class FurnitureShapesTest {
  private static String reason(String line) {
    return Boilerplate.lineReason(Line.of(line));
  }

  @Test
  void addresseeLinesOfEveryShapeAreTheNoticesNotThePlans() {
    for (String line : List.of("各市(州)教育局,各高校,各省属中职学校、普通高中,厅机关各处室、厅属各单位:", "各县(市、区)教育局：",
        "局属各单位、各中小学校：", "各有关单位:", "区教育系统各相关单位:", "各乡镇中心校,县直各学校:",
        "各区、县(市)人民政府,市政府各部门、各直属单位:", "各乡镇人民政府,县政府各委办局、事业单位,中省直单位:",
        "某某、某某县教育局,各中等职业学校:", "各縣(市、區)教育局,局屬各單位:")) {
      assertTrue(Addressees.isAddressees(Fold.normalize(line)), line);
      assertNotNull(reason(line), line);
    }
  }

  @Test
  void aSentenceAddressingTheBodiesStays() {
    for (String line : List.of("各学校要做好以下工作:", "会议要求各学校、各幼儿园:", "各乡镇中心学校重点做好以下三项工作:",
        "具体安排如下:", "各学校、各幼儿园", "主要目标:", "县教育局:")) {
      assertFalse(Addressees.isAddressees(Fold.normalize(line)), line);
    }
    assertNull(reason("各学校要做好以下工作:"));
  }

  @Test
  void aReprintNoteGoesAndTheNewsSentenceNamingThePlanStays() {
    ParseResult r =
        parse(
            "reprint.txt",
            "1月10日,某省教育厅印发《关于印发2099年工作要点的通知》(某教办〔2099〕1号)。为方便本刊读者及时了解、掌握相关文件精神,"
                + "本刊特予全文转载该《工作要点》。",
            "总体要求:坚持立德树人根本任务,推进教育优质均衡发展,办好人民满意的教育。",
            "一、加强党的建设",
            "1.深化理论学习。组织全系统党员干部开展专题学习,推动学习制度化常态化。",
            "2.提升办学质量。深化集团化办学,推进城乡学校结对帮扶。");
    Plan plan = r.plans().get(0);
    assertStarts(plan, "深化理论学习", "提升办学质量");
    assertNowhere(r, "本刊", "全文转载");
    assertTrue(PageShapes.texts(plan).stream().anyMatch(t -> t.startsWith("1月10日,某省教育厅印发")),
        "the news sentence names the document and its issuer: " + PageShapes.texts(plan));
    assertEquals(2099, plan.meta().year());
  }

  @Test
  void reprintLeadsAndEditorsNotesAreNotes() {
    for (String line : List.of("为方便读者学习,本刊全文刊发如下。", "编者按:近日,某市教育局印发今年工作要点,现予刊登。",
        "本网现全文转发,供参考。", "全文如下:")) {
      assertEquals(RepostNotes.REASON, reason(line), line);
    }
    Line lead = Line.of("近日,某市教育局印发《2099年工作要点》,全文如下:");
    assertEquals("近日,某市教育局印发《2099年工作要点》", RepostNotes.cut(lead).text());
    for (String line : List.of("建立教育信息发布制度,重要文件在门户网站全文公开。", "本学期完成校本课程全文编印。",
        "做好本年度招生宣传,及时转发上级文件。")) {
      assertNull(reason(line), line);
      assertEquals(line, RepostNotes.cut(Line.of(line)).text());
    }
  }

  @Test
  void anAttributeBlockRunIntoTheTitleIsSplitOffAndTheTitleAndTextStay() {
    ParseResult r =
        parse(
            "law.txt",
            "某市教育局关于推进学前教育普惠发展的若干意见(试行)文章属性•【制定机关】某市教育局•【公布日期】2099.02.01•【字号】某教发[2099]3号"
                + "•【施行日期】2099.03.01•【效力等级】地方规范性文件•【时效性】现行有效•【主题分类】基础教育正文"
                + "某市教育局关于推进学前教育普惠发展的若干意见(试行)",
            "为加快我市学前教育发展,现提出如下意见。",
            "一、明确发展目标",
            "1.扩大普惠资源。到2099年底,全市普惠性幼儿园覆盖率达到90%以上。",
            "2.提升保教质量。完善幼儿园保教质量评估制度。");
    Plan plan = r.plans().get(0);
    assertEquals("某市教育局关于推进学前教育普惠发展的若干意见(试行)", plan.meta().title());
    assertStarts(plan, "扩大普惠资源", "提升保教质量");
    assertNowhere(r, "文章属性", "【制定机关】", "效力等级", "主题分类");
  }

  @Test
  void attributeFieldsAloneAreABlockButAPlansBracketedHeadingsAreNot() {
    assertTrue(AttributeRuns.isBlock("【制定机关】某市教育局•【公布日期】2099.02.01"));
    assertTrue(AttributeRuns.isBlock("文章属性 •【制定机关】某市教育局"));
    assertFalse(AttributeRuns.isBlock("【工作目标】全面提升教育质量【主要措施】深化课堂改革"));
    assertEquals(1, AttributeRuns.split(Line.of("【工作目标】全面提升教育质量。【主要措施】深化课堂改革,推进集体教研。")).size());
  }

  @Test
  void wordPageFieldsGoWhereverTheyStand() {
    ParseResult r =
        parse(
            "fields.txt",
            "1、第PAGE10頁共NUMPAGES10頁2099年學前教育三年行動計劃一、發展現狀(一)基本情況。全縣共有幼兒園68所,學前三年毛入園率85%。"
                + "(二)存在問題。公辦學前教育資源不足,第 PAGE \\* MERGEFORMAT 2 页 共 NUMPAGES \\* MERGEFORMAT 8 页保教質量有待提升。"
                + "二、主要任務(一)擴大資源。新建公辦幼兒園5所。(二)提升質量。開展保教質量評估。");
    assertNowhere(r, "PAGE", "NUMPAGES", "MERGEFORMAT");
    assertTrue(r.plans().stream().flatMap(p -> PageShapes.texts(p).stream()).anyMatch(t -> t.contains("資源不足,保教質量")),
        "the sentence the field cut joins again");
    assertEquals("page number", reason("第PAGE1页共NUMPAGES5页"));
    assertEquals("page number", reason("第 PAGE \\* MERGEFORMAT 3 页"));
    assertNull(reason("建设学校主页(HOME PAGE)与资源平台"), "an English word PAGE in a sentence stays");
  }

  @Test
  void linkAndContentsFieldCodesGoWhereverTheyStand() {
    ParseResult r =
        parse(
            "links.txt",
            "某县教育局2098年工作 HYPERLINK /Article/ \\t _blank 总结和2099年工作思路",
            "一、2098年工作回顾",
            "全县新建幼儿园3所,义务教育巩固率达到98.6%。",
            "二、2099年工作思路",
            "1.推进学前教育普及普惠。详见 HYPERLINK \"http://jyj.example.gov.cn/a/12.html\" \\t \"_blank\" 实施方案,新增学位900个。",
            "2.实施教师培训工程。PAGEREF _Toc48213 \\h全年培训教师1500人次。");
    assertNowhere(r, "HYPERLINK", "_blank", "PAGEREF", "_Toc");
    Plan plan = r.plans().get(0);
    assertTrue(plan.meta().title().contains("工作总结和2099年工作思路"), plan.meta().title());
    assertTrue(PageShapes.texts(plan).stream().anyMatch(t -> t.contains("详见实施方案,新增学位900个")), PageShapes.texts(plan).toString());
    String toc = "引进TOC课程体系,培养学生思维能力。";
    assertEquals(toc, DocStamps.drop(Line.of(toc)).text(), "TOC as a word in a sentence stays");
  }

  @Test
  void aConvertersRunningHeaderAndFooterGo() {
    Line line = Line.of(".页眉.某县教育局工作思路页脚..页眉.某县教育局工作思路页脚..页眉.某县教育局工作思路  2099年,我县教育工作以立德树人为根本。");
    String cut = DocStamps.drop(line).text();
    assertFalse(cut.contains("页眉") || cut.contains("页脚"), cut);
    assertTrue(cut.endsWith("2099年,我县教育工作以立德树人为根本。"), cut);
    assertEquals(1, cut.split("某县教育局工作思路", -1).length - 1, "the running header is read once: " + cut);
  }

  @Test
  void aLoginBoxAndBulletedFileFieldsAreTheSites() {
    for (String line : List.of("用户登录", "会员登录 | 免费注册", "用户名 密码 验证码", "记住密码 找回密码", "- 文档页数:3",
        "• 所属分类:工作计划")) {
      assertNotNull(reason(line), line);
    }
    assertNull(reason("推进教育管理平台用户登录实名认证。"));
    for (String line : List.of("1. 本站支持IPv6", "2. 登录 | 注册", "3、网站地图")) assertNotNull(reason(line), line);
    for (String line : List.of("1. 推荐优秀教师参评", "2.阅读推广活动", "3、关注学生心理健康")) assertNull(reason(line), line);
  }

  @Test
  void aLibrarysNumberedTermsOfSaleAreTheSites() {
    for (String line : List.of("5、该文档为VIP文档,如果想要下载,成为VIP会员后,下载免费。",
        "6、成为VIP后,下载本文档将扣除1次下载权益。下载后,不支持退款、换文档。", "该文档为VIP文档,开通后可下载全文")) {
      assertNotNull(reason(line), line);
    }
    assertNull(reason("5、推进家校共育,开展家长学校会员制管理。"));
  }

  @Test
  void aQuotedSummaryTitleInAHandoverSentenceIsNoRunOnTitle() {
    Line line = Line.of("现将《2098年全省教育工作总结》和《2099年全省教育工作要点》印发给你们,请结合实际认真贯彻落实。");
    assertEquals(List.of(line.text()), RunOnLines.split(line).stream().map(Line::text).toList());
  }

  @Test
  void aPagesTeaserAndATitleShownTwiceAreNotMeasures() {
    ParseResult r =
        parse(
            "teaser.txt",
            "2099年教育工作要点",
            "2099年是教育强国建设的关键之年。全县教育工作的总体要求是:深入学习贯彻教育大会精神,认真贯彻落实县委部署。",
            "2099年教育工作要点",
            "2099年是教育强国建设的关键之年。全县教育工作的总体要求是:深入学习贯彻教育大会精神,认真贯彻落实县委部署,推动教育高质量发展。",
            "一、加强党的建设",
            "1.夯实政治建设基础。落实第一议题制度,推动理论学习常态化。",
            "2.深化清廉学校建设。健全廉政风险防控机制。");
    Plan plan = r.plans().get(0);
    List<String> texts = PageShapes.texts(plan);
    assertEquals(1, texts.stream().filter(t -> t.startsWith("2099年是教育强国建设的关键之年")).count(), "the teaser goes: " + texts);
    assertTrue(texts.stream().anyMatch(t -> t.endsWith("推动教育高质量发展。")), "the full opening stays: " + texts);
    assertFalse(texts.contains("2099年教育工作要点"), "the title shown twice is no measure: " + texts);
    assertStarts(plan, "夯实政治建设基础", "深化清廉学校建设");
  }

  @Test
  void aHeadingOverItsOwnTextIsNoTeaser() {
    List<Line> lines = List.of(Line.of("一、全面加强党对教育工作的领导,推进全面从严治党向纵深发展,压实管党治党政治责任"),
        Line.of("一、全面加强党对教育工作的领导,推进全面从严治党向纵深发展,压实管党治党政治责任。具体如下:"),
        Line.of("加强学习"), Line.of("加强学习,提高能力。"));
    assertFalse(RepeatedLines.isTeaser(lines, 0), "a numbered line is the outline's");
    assertFalse(RepeatedLines.isTeaser(lines, 2), "a short heading starts its text");
  }

  @Test
  void aDocumentShopsMenuIsTheSites() {
    for (String line : List.of("购物车", "我的足迹", "我的订单 | 我的收藏", "会员中心")) assertNotNull(reason(line), line);
    assertNull(reason("建立学生成长足迹档案"));
  }

  @Test
  void aMarginCutLineWithManyCommasIsStillCutAtTheMargin() {
    ParseResult r =
        parse(
            "margin.txt",
            "某市教育局2099年预防学生溺水工作方案",
            "一、工作目标",
            // 35 chars a line, commas and quotes printed full-width: the second line has seven of them
            "贯彻上级关于预防青少年儿童溺水的文件精神和省教育厅夏季学生安全工作要求",
            "坚持“安全第一,预防为主”方针,认识其重要性,紧迫性,长期性,认真落实",
            "各项工作措施积极开展防溺水安全教育系列活动建立预防学生溺水教育和管理长",
            "效机制杜绝学生溺水事故发生切实把全市教育系统学校防溺水工作落到实处并做",
            "好督导检查。",
            "二、组织机构",
            "成立市教育局预防学生溺水工作领导小组由局长任组长分管副局长任副组长局机",
            "关各科室主要负责人任组员领导小组办公室设在市教育局学校安全管理科。");
    Plan plan = r.plans().get(0);
    assertTrue(PageShapes.texts(plan).stream().flatMap(String::lines)
            .anyMatch(t -> t.startsWith("贯彻上级") && t.endsWith("好督导检查。")),
        "the goal paragraph is one measure again: " + PageShapes.texts(plan));
  }

  @Test
  void aDocumentsOwnNumberRunIntoItsTextGoesButACitedNumberStays() {
    ParseResult r =
        parse(
            "number.txt",
            "某县教育局2099年工作要点",
            "某教发〔2099〕12号 2099年全县教育工作的总体要求是:坚持立德树人,推进教育优质均衡发展。",
            "一、加强党的建设",
            "1.深化理论学习。根据《关于印发某市2099年教育工作要点的通知》(某教发〔2099〕3号)等文件精神,组织专题学习。",
            "2.提升办学质量。深化集团化办学。(某教发〔2099〕12号)");
    Plan plan = r.plans().get(0);
    assertStarts(plan, "2099年全县教育工作的总体要求是", "深化理论学习", "提升办学质量");
    assertNowhere(r, "某教发〔2099〕12号");
    assertTrue(PageShapes.texts(plan).stream().anyMatch(t -> t.contains("(某教发〔2099〕3号)等文件精神")), "a cited number is text");
    assertEquals(List.of("某政函〔2099〕39号", "某市关于加快学前教育发展的若干意见(试行)"),
        DocNumbers.split(Line.of("某政函〔2099〕39号某市关于加快学前教育发展的若干意见(试行)")).stream().map(Line::text).toList());
    assertEquals(1, DocNumbers.split(Line.of("某教发〔2099〕12号文")).size(), "a number with a word after it is a name");
  }

  @Test
  void aRunOfInjectedAdsIsSpamButAPlanLineWithOneSuchWordStays() {
    assertEquals(SpamLines.REASON, reason("某某影院,精产国品一二三产区入口网站,某某在线观看,亚洲av无码专区国产不卡顿"));
    assertEquals(PageChrome.BUTTONS, reason("• 聽全文"));
    assertNull(reason("推进城区学校划片招生改革,合理划分一区二区三区学区范围,做好在线观看直播课程的技术保障"));
  }
}
