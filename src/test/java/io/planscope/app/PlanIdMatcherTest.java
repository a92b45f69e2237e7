package io.planscope.app;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.planscope.corpus.TestPlans;
import io.planscope.plan.Plan;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** When a re-parsed plan whose text changed keeps an old id. */
class PlanIdMatcherTest {
  private static Plan plan(String title, String... measures) {
    return TestPlans.plan(title + "\n" + String.join("\n", measures), "/imports/a.txt");
  }

  private static Map<String, String> match(List<Plan> olds, List<Plan> news) {
    Map<String, Plan> oldPlans = new LinkedHashMap<>();
    olds.forEach(p -> oldPlans.put(p.id(), p));
    var doc = new PlanIdMatcher.DocumentPlans(List.copyOf(oldPlans.keySet()), news);
    Set<String> unresolved = Set.copyOf(news.stream().map(Plan::id).toList());
    return PlanIdMatcher.match(List.of(doc), oldPlans, unresolved, Set.copyOf(oldPlans.keySet()));
  }

  @Test
  void aUniqueTitleKeepsTheIdEvenWhenEveryMeasureWasRewritten() {
    Plan old = plan("桐庐县教育局2024年工作要点", "加强党建引领。", "推进集团化办学。");
    Plan now = plan("桐庐县教育局2024年工作要点", "一、加强党建引领，落实全面从严治党。", "二、深入推进集团化办学改革。");
    assertEquals(Map.of(now.id(), old.id()), match(List.of(old), List.of(now)));
  }

  @Test
  void halfTheMeasuresSharedKeepsTheIdWhateverTheTitle() {
    Plan old = plan("建德市教育局2023年工作计划_建德教育网", "扩大普惠学前教育资源。", "推进城乡教共体建设。", "打印本页");
    Plan now = plan("建德市教育局2023年工作计划", "扩大普惠学前教育资源。", "推进城乡教共體建設。");
    assertEquals(Map.of(now.id(), old.id()), match(List.of(old), List.of(now)), "traditional wording folds alike");
  }

  @Test
  void aTitleEveryPlanOfThePageSharesDecidesNothing() {
    Plan oldA = plan("2023年学校工作计划", "开展读书节活动。", "组织教师外出培训。");
    Plan oldB = plan("2023年学校工作计划", "加强食堂管理。", "规范财务制度。");
    Plan now = plan("2023年学校工作计划", "完善安全应急预案。", "组织消防疏散演练。");
    assertEquals(Map.of(), match(List.of(oldA, oldB), List.of(now)));
  }

  @Test
  void twoNewPlansNeverShareOneOldId() {
    Plan old = plan("淳安县教育局2024年工作计划", "措施甲。", "措施乙。", "措施丙。", "措施丁。");
    Plan first = plan("上半年工作", "措施甲。", "措施乙。");
    Plan second = plan("下半年工作", "措施丙。", "措施丁。");
    Map<String, String> kept = match(List.of(old), List.of(first, second));
    assertEquals(Map.of(first.id(), old.id()), kept, "the first in page order of two equal candidates");
  }

  @Test
  void lessThanHalfSharedAndAnotherTitleIsANewPlan() {
    Plan old = plan("临安区教育局2022年工作计划", "措施甲。", "措施乙。", "措施丙。");
    Plan now = plan("临安区教育局2022年工作总结", "措施甲。", "另写一条。", "再写一条。");
    assertEquals(Map.of(), match(List.of(old), List.of(now)));
  }

  @Test
  void aKeptPlanKeepsItsMeasuresIdsAndNumbersNewOnesAfterTheHighest() {
    Plan old = plan("余杭区教育局2024年工作计划", "发布时间：2024-03-01", "措施甲。", "措施乙。");
    Plan now = plan("余杭区教育局2024年工作计划", "措施甲。", "措施乙。", "措施丙。").withId(old.id());
    Plan kept = PlanIdMatcher.keepMeasureIds(now, old);
    assertEquals(List.of(old.id() + "-m2", old.id() + "-m3", old.id() + "-m4"),
        kept.measures().stream().map(m -> m.id()).toList());
    assertEquals(kept.measures().stream().map(m -> m.id()).toList(), kept.sections().get(0).measureIds());
  }
}
