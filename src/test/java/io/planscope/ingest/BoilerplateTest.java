package io.planscope.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.planscope.app.DataDir;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class BoilerplateTest {
  private static String reason(String line) {
    return Boilerplate.lineReason(Line.of(line));
  }

  private static Boilerplate.Cleaned clean(String... lines) {
    return Boilerplate.clean(Arrays.stream(lines).map(Line::of).toList());
  }

  @Test
  void namesTheReasonForEachKindOfSiteLine() {
    assertEquals("breadcrumb", reason("当前位置：首页 > 政务公开 > 规划计划"));
    assertEquals("page info (time, source, views)", reason("发布时间：2023-05-06 来源：本站"));
    assertEquals("payment wall", reason("开通VIP 免费复制全文"));
    assertEquals("copyright / contact", reason("版权所有 © 某某网 京ICP备00000000号"));
    assertEquals("source note (本文由…整理)", reason("本文由网友整理发布"));
    assertEquals("previous / next links", reason("下一篇：学校工作总结"));
    assertEquals("page number", reason("- 3 -"));
    assertEquals("no Chinese text (spam, user names, code)", reason("user12345"));
  }

  @Test
  void aDateOrACountWithAPageInfoWordIsPageInfo() {
    String info = "page info (time, source, views)";
    assertEquals(info, reason("• 2099-04-10 发布"));
    assertEquals(info, reason("2099-01-07 来源:某省教育厅"));
    assertEquals(info, reason("2099年3月5日 10:20 来源：某某网"));
    assertEquals(info, reason("166人看过"));
    assertEquals(info, reason("• 14页"));
    String widget = "reading widget (全文, 标签, 登录)";
    for (String line : List.of("展开剩余85%", "[查看全文]", "原文链接:http://www.example.com/a.html", "本文标签:教育局 工作计划",
        "您还未登录,请登录后再评论", "登录后查看全文", "已有12人下载", "文章来源:某某县教育局", "全文共3200字,阅读约需8分钟")) {
      assertEquals(widget, reason(line), line);
    }
    assertEquals("page number", reason("第一页 上一页 1 2 3 下一页 尾页"));
    assertEquals("comments widget", reason("评论 (0)"));
    assertEquals("site slogan", reason("荟聚美文、博采众长、见贤思齐"));
    assertNull(reason("立德树人、五育并举"), "two phrases may be a plan's motto line");
    assertNull(reason("加强师德、提升能力、规范管理。"));
    // a plan's own words about logins and sources stay
    assertNull(reason("家长登录平台后可查询学生成绩和作业完成情况。"));
    assertNull(reason("经费来源:县财政专项资金和上级补助资金。"));
    // a plan's own dated sentence and a signature's date stay
    assertNull(reason("2099年3月1日起,全面推行课后服务。"));
    assertNull(reason("2099年3月4日"));
  }

  @Test
  void keepsPlanSentencesThatShareWordsWithBoilerplate() {
    assertNull(reason("推进智慧校园建设，推广扫码入校和二维码电子学籍卡，方便家长查询学生在校情况和作业完成情况。"));
    assertNull(reason("3.完善学生资助体系，确保资助资金按时足额支付到位。"));
    assertNull(reason("时间安排：全年分三个阶段推进。"));
  }

  @Test
  void removesRelatedListsWithTheirItemsButNotATitleBelowThem() {
    Boilerplate.Cleaned c = clean("相关推荐", "某县教育工作计划", "为推进教育优质均衡发展，结合本县实际，制定本计划，请各校认真贯彻执行。");
    assertEquals(2, c.kept().size());
    Boilerplate.Cleaned tail = clean("相关文章：", "学校工作总结05-04", "教师培训计划05-06");
    assertEquals(List.of(), tail.kept());
    assertEquals(3, tail.removed().size());
    Boilerplate.Cleaned bullet = clean("• 【教育局年度重点工作计划】相关文章:", "学校工作总结05-04", "教师培训计划05-06");
    assertEquals(List.of(), bullet.kept());
    assertEquals("related-articles list", bullet.removed().get(0).reason());
    assertEquals(List.of(), clean("\t看了本文的人还看了", "学校工作总结05-04").kept());
    for (String header : List.of("精选范文", "热门范文:", "更多推荐", "猜你想看", "大家都在看", "相关热搜", "你可能还需要", "本周热门")) {
      assertEquals(List.of(), clean(header, "教育局个人工作计划", "学校德育工作总结").kept(), header);
    }
    assertEquals(2, clean("推荐专题研究成果", "学校德育工作总结").kept().size(), "a longer line is no header");
  }

  @Test
  void removesAnAddresseeLineThatNamesAreasOrIsInTraditionalScript() {
    assertEquals("notice wrapper (通知)", reason("各市、县人民政府，省政府各部门、各直属机构："));
    assertEquals("notice wrapper (通知)", reason("各市、州人民政府,省政府各部門、各直屬機構:"));
    assertEquals("notice wrapper (通知)", reason("各縣(市、區)教育局,各直屬學校:"));
    assertNull(reason("各市要做好以下三项工作："));
  }

  @Test
  void removesAddresseesThatShareAnEndingOrNameSchoolsAndABracketedNumber() {
    assertReason("notice wrapper (通知)", "各市(州)教育局，某某管委会教育局，甲河、乙岭市教育局，各高等学校，厅机关各处室:",
        "各学区、直属各类学校，乡镇中小学、托幼机构：", "（某教发〔2099〕3号）");
    assertNull(reason("各学校、教师、家长:"));
    assertNull(reason("（2099年3月起执行）"));
  }

  @Test
  void removesAPreviewWallAndASpamBanner() {
    String talk = "site talk (小编, 供参考, 欢迎阅读)";
    assertEquals(talk, reason("预览阅读已结束，若需要全文或代笔，请私信作者。"));
    assertEquals(talk, reason("亲,本文共12页,到这里已超出免费预览范围,喜欢就下载吧!"));
    assertEquals(talk, reason("某某体育全站app官网入口-某某体育官网登录入口"));
    assertNull(reason("建设全市教育资源公共服务平台，提供统一登录入口，推进优质资源共享。"));
    assertEquals(talk, reason("需要原稿请点击👉 abc123 👈联系老师"));
    assertNull(reason("建立教研员联系老师制度，每位教研员定点联系一所薄弱学校。"));
  }

  @Test
  void removesANewspapersMastheadAndADocumentSitesPreviewEnd() {
    assertReason("newspaper masthead (报, 期, 版)", "《某某教育报》", "2099年第17期(总第3001期) 导报二版", "《某某报·家教周刊》邮发代号00-000",
        "《某省教育》2099年第5期", "国内刊号CN00-0000");
    assertNull(reason("2099年第2期校长任职资格培训班于3月开班,培训60人。"), "a plan's own course count stays");
    assertNull(reason("《义务教育课程方案》"));
    assertReason("slide text (单击此处添加, 谢谢聆听)", "单击此处添加文本内容", "点击添加标题", "在此输入您的文字内容", "谢谢聆听");
    assertNull(reason("点击率提升明显。"));
    assertEquals("site talk (小编, 供参考, 欢迎阅读)", reason("亲,该文档总共5页,全部预览完了,如果喜欢就下载吧!"));
  }

  @Test
  void removesAnAttachmentListAndTheDistributionLinesButNotAnAttachmentsContent() {
    String tail = "attachments and distribution (附件, 抄送, 印发)";
    Boilerplate.Cleaned c =
        clean("附件:1.2099年重点工作任务分解表", "2.2099年教育民生实事项目清单", "抄送:区委办、区政府办。", "某区教育局办公室 2099年2月11日印发");
    assertEquals(0, c.kept().size());
    assertTrue(c.removed().stream().allMatch(r -> r.reason().equals(tail)), c.removed().toString());
    c = clean("附件1", "2099年重点工作任务分解表", "1.完善课后服务 | 基教科 | 6月底前");
    assertEquals(List.of("2099年重点工作任务分解表", "1.完善课后服务 | 基教科 | 6月底前"), c.kept().stream().map(Line::text).toList());
    c = clean("附件:某县教育局2099年工作方案", "1.指导思想", "2.工作目标");
    assertEquals(2, c.kept().size(), "an attached plan's own items stay");
    assertEquals(tail, reason("2099年3月1日印发"));
    assertNull(reason("附件材料由各校于3月底前报送局办公室。"));
    assertEquals("end mark (完)", reason("(完)"));
    assertEquals("reading widget (全文, 标签, 登录)", reason("本文关键词:教育局工作要点,2099年"));
  }

  @Test
  void removesBrowserAdviceBackLinksAndBulletedPageInfo() {
    assertReason("site widget", "(建议使用1280×800以上分辨率 IE9及以上版本浏览器)", "本站使用Chrome浏览器、1366*768分辨率浏览效果最佳");
    assertReason("previous / next links", "2099年教育局工作计划要点 >>查看更多【返回 部门工作计划 栏目列表】");
    assertReason("page info (time, source, views)", "- 點擊:305", "• 来源：某某县教育局");
    assertNull(reason("建议各校使用统一的学籍管理系统，按时报送数据。"));
  }

  private static void assertReason(String expected, String... lines) {
    for (String line : lines) assertEquals(expected, reason(line), line);
  }

  @Test
  void removesATitlesYearSpanLeftOnItsOwnLine() {
    assertEquals("year span under a title", reason("（2098—2100年）"));
    assertEquals("year span under a title", reason("20982100年)"));
    assertNull(reason("2098年"));
    assertNull(reason("2098—2100年"));
    assertNull(reason("(2098—2100年)重点推进集团化办学"));
  }

  @Test
  void removesANoticeBlockWithItsNumberedLines() {
    Boilerplate.Cleaned c = clean("温馨提示：", "1. 本站文档由用户上传，仅供参考。", "2. 下载后请勿传播。", "一、指导思想");
    assertEquals(List.of("一、指导思想"), c.kept().stream().map(Line::text).toList());
  }

  @Test
  void removesARunOfKeywordTagLines() {
    Boilerplate.Cleaned c = clean("2023", "教育", "下半年", "工作计划", "某区教育局下半年工作方案");
    assertEquals(1, c.kept().size());
    assertEquals("keyword tags", c.removed().get(1).reason());
  }

  /**
   * The rules' prefilter only saves time: on every line of the demo pages and the seeds (markup included, as raw
   * lines), and on random lines made of the rules' own words, it never turns away a line whose regex matches.
   */
  @Test
  void prefilterNeverHidesAMatch() throws IOException {
    List<String> lines = new ArrayList<>(corpusLines());
    lines.addAll(wordSoup());
    int matched = 0;
    for (String raw : lines) {
      String norm = Line.of(raw).norm();
      long found = Boilerplate.candidates(norm);
      for (int i = 0; i < Boilerplate.LINE_RULES.size(); i++) {
        Boilerplate.Rule r = Boilerplate.LINE_RULES.get(i);
        if (!r.test().test(norm)) continue;
        matched++;
        assertTrue(r.mayMatch(norm, found, i), "prefilter of '" + r.reason() + "' hides a match on '" + norm + "'");
      }
    }
    assertTrue(matched > 1000, "the check saw few matches (" + matched + "); is the corpus there?");
  }

  private static List<String> corpusLines() throws IOException {
    List<String> lines = new ArrayList<>();
    List<Path> dirs = new ArrayList<>(List.of(DataDir.demoCorpus()));
    Seeds.ifPresent().ifPresent(dirs::add);
    for (Path dir : dirs) {
      try (Stream<Path> files = Files.list(dir)) {
        for (Path p : files.filter(Files::isRegularFile).toList()) {
          String text = new String(Files.readAllBytes(p), StandardCharsets.UTF_8);
          lines.addAll(Arrays.asList(text.split("\\R")));
        }
      }
    }
    return lines;
  }

  /** Random short lines of the literal words in the rules' regexes, digits, arrows and punctuation. */
  private static List<String> wordSoup() {
    List<String> words = new ArrayList<>(List.of("2023", "-", "05", ":", " ", "：", ">", "›", "»", "(", ")", "/",
        "¥", "￥", "12", "页", "。", "，", "Copyright", "ICP", "VIP", "javascript:", "function (", "window.",
        "JavaScript:", "FUNCTION(", "Document.Write", "WINDOW.", "字号", "大", "打印", "CopyRight", "icp",
        "来源:", "作者：", "责任编辑:", "信息来源：", "点击:", "浏览：", "阅读:", "当前", "您的", "你现在的", "你", "【", "】"));
    Matcher m = Pattern.compile("[\\p{IsHan}]+").matcher(String.join("|", regexes()));
    while (m.find()) words.add(m.group());
    // the site-voice rules' own phrases, and the shapes their other tests look for
    words.addAll(SiteVoice.FARM_STRONG);
    words.addAll(SiteVoice.FARM_WEAK);
    words.addAll(SiteVoice.WIDGET_WORDS);
    words.addAll(List.of("抖音号", "材料助手", "【制定机关】", "索 引 号：", "(精选22篇)", "有哪些", "大全", "精选4篇", "作文",
        "各县教育局：", "印发给你们", "此件主动公开", "某教(2024)3号", "大小:", "页数:", "[", "]", "（初稿）"));
    Random random = new Random(42);
    List<String> out = new ArrayList<>();
    for (int n = 0; n < 20000; n++) {
      StringBuilder sb = new StringBuilder();
      int parts = 1 + random.nextInt(5);
      for (int k = 0; k < parts; k++) sb.append(words.get(random.nextInt(words.size())));
      out.add(sb.toString());
    }
    return out;
  }

  private static List<String> regexes() {
    return List.of(
        "网站首页|首页|当前位置|您的位置|你的位置|您现在的位置|你现在的位置|发布|更新|发表|时间|日期|年|来源|作者|编辑|责任编辑|供稿",
        "信息来源|点击|浏览|阅读|我要投稿|浏览次数|阅读次数|点击数|点击量|阅读量|字号|大|中|小|打印|本页|此页|关闭窗口|分享到|收藏本页",
        "加入收藏|付费|免费复制|验证码|支付宝|微信支付|下载券|开通|会员|价格|元|篇|份|次|扫码|扫一扫|二维码|客服|充值|支付|请勿关闭",
        "版权所有|版权归|公网安备|联系我们|免责声明|如有侵权|侵犯您的|转载请注明|请注明出处|不代表本站|网站地图|关于我们|友情链接",
        "本文|本篇|本内容|本文档|文章|该文|由|来自|转自|摘自|系|上一篇|下一篇|上一页|下一页|返回顶部|返回列表|返回首页|查看更多",
        "阅读全文|展开全文|点击查看|更多|发表回复|发表评论|登录后才能评论|网友评论|评论列表|我要评论|文章评论|写评论|点赞|收藏|评论",
        "广告|后台主题|分享代码|显示信息|正在加载|加载中|最近发表|标签列表|最新留言|热门标签|站点统计|文章归档|第|共|尾页");
  }
}
