package io.planscope.ingest;

import static io.planscope.ingest.PageShapes.assertNowhere;
import static io.planscope.ingest.PageShapes.parse;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.planscope.plan.Measure;
import io.planscope.plan.Plan;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * What follows a plan's last item on real pages, written for this test in those shapes: the signature and date, an
 * end mark and a keyword line, a government document's attachments and distribution lines, then the site's footer.
 * None of it is the last item's text.
 */
class PlanTailShapesTest {
  @Test
  void theSignatureEndMarkAndKeywordsAfterTheLastItemAreNotItsText() {
    ParseResult r =
        parse(
            "tail.txt",
            "某县教育局2099年工作要点",
            "2099年全县教育工作的总体要求是:坚持立德树人,办好人民满意的教育。",
            "一、加强党的建设",
            "1.强化理论武装。组织全县教育系统深入学习党的创新理论,开展专题培训。",
            "2.夯实基层基础。推进中小学党组织领导的校长负责制,开展支部标准化建设。",
            "二、推进教育优质均衡",
            "3.深化集团化办学。组建教育集团5个,推动城乡学校结对帮扶全覆盖。",
            "某县教育局",
            "2099年2月10日",
            "(完)",
            "本文关键词:教育局工作要点,2099年",
            "责任编辑:张三",
            "上一篇:某县教育局关于做好春季开学工作的通知");
    Plan plan = r.plans().get(0);
    assertEquals("3.深化集团化办学。组建教育集团5个,推动城乡学校结对帮扶全覆盖。", last(plan).text());
    assertNowhere(r, "(完)", "本文关键词", "2099年2月10日");
  }

  @Test
  void aBureauOfficeOrWorkCommitteeSigningIsASignatureNotTheLastItem() {
    for (String signer : List.of("某县教育局办公室", "中共某区委教育工委", "某市教育科技局")) {
      ParseResult r =
          parse(
              "office.txt",
              "某县教育局2099年工作要点",
              "一、重点任务",
              "1.推进义务教育优质均衡。新建改扩建学校4所,新增学位2400个。",
              "2.深化课后服务。实现义务教育学校课后服务全覆盖。",
              signer,
              "2099年3月1日");
      assertEquals("2.深化课后服务。实现义务教育学校课后服务全覆盖。", last(r.plans().get(0)).text(), signer);
      assertNowhere(r, signer);
    }
  }

  @Test
  void attachmentsAndDistributionLinesAfterTheLastItemAreNotItsText() {
    ParseResult r =
        parse(
            "attach.txt",
            "某区教育局2099年工作计划",
            "一、主要任务",
            "(一)推进学前教育普惠发展。新建公办幼儿园3所,新增学位900个。",
            "(二)强化督查考核。将重点任务完成情况纳入学校年度考核。",
            "附件:1.2099年重点工作任务分解表",
            "2.2099年教育民生实事项目清单",
            "抄送:区委办、区政府办。",
            "某区教育局办公室 2099年2月11日印发");
    Plan plan = r.plans().get(0);
    List<Measure> ms = plan.measures();
    assertEquals(2, ms.size());
    assertEquals("(二)强化督查考核。将重点任务完成情况纳入学校年度考核。", last(plan).text());
    assertNowhere(r, "附件", "项目清单", "抄送", "印发");
  }

  @Test
  void readersCommentsBelowThePlanAreNotTheLastItemsText() {
    ParseResult r =
        parse(
            "comments.txt",
            "某县教育局2099年工作计划",
            "一、主要任务",
            "1.推进学前教育普惠发展。新建公办幼儿园3所,新增学位900个。",
            "2.推进义务教育优质均衡。实施集团化办学,组建教育集团4个。",
            "网友评论",
            "匿名用户:写得很好,学习了!",
            "2099-03-01 10:20 回复",
            "张老师:很有参考价值,感谢分享。",
            "共2条评论");
    Plan plan = r.plans().get(0);
    assertEquals("2.推进义务教育优质均衡。实施集团化办学,组建教育集团4个。", last(plan).text());
    assertNowhere(r, "写得很好", "感谢分享");
  }

  @Test
  void aCommentWidgetAboveThePlanLeavesItsTitle() {
    ParseResult r =
        parse(
            "widget.txt",
            "发表评论",
            "某县教育局2099年工作计划",
            "一、主要任务",
            "1.推进学前教育普惠发展。新建公办幼儿园3所,新增学位900个。",
            "2.推进义务教育优质均衡。实施集团化办学,组建教育集团4个。");
    assertEquals("某县教育局2099年工作计划", r.plans().get(0).meta().title());
  }

  private static Measure last(Plan plan) {
    return plan.measures().get(plan.measures().size() - 1);
  }
}
