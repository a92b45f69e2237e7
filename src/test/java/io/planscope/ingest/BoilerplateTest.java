package io.planscope.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.Arrays;
import java.util.List;
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
}
