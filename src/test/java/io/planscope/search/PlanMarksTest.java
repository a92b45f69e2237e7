package io.planscope.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.planscope.plan.Level;
import io.planscope.plan.Plan;
import java.util.List;
import org.junit.jupiter.api.Test;

class PlanMarksTest {
  // A traditional mirror's plan: the search is typed in simplified script.
  private static final Plan PLAN = TestPlans.plan("p0000000000aa", "西湖區教育局2024年課後服務工作方案", 2024, Level.COUNTY,
      TestPlans.HANGZHOU_XIHU, "工作方案",
      TestPlans.goal("課後服務覆蓋率達到100%，家長滿意度不低於95%。"),
      TestPlans.task("深化課後服務", "推行“5+2”課後服務模式，開設特色課程不少於28門。"),
      TestPlans.task(null, "加強校園安全管理，開展隱患排查整治。"));

  private static String at(String text, int[] span) {
    return text.substring(span[0], span[1]);
  }

  @Test
  void simplifiedQueryMarksTraditionalTitleAndEveryMeasureThatHasIt() {
    PlanMarks marks = PlanMarks.of(PLAN, "课后服务");
    assertEquals("課後服務", at(PLAN.title(), marks.title().get(0)));
    assertEquals(List.of("p0000000000aa-m1", "p0000000000aa-m2"), List.copyOf(marks.measures().keySet()));
    String second = PLAN.measures().get(1).text();
    assertEquals("課後服務", at(second, marks.measures().get("p0000000000aa-m2").get(0)));
  }

  @Test
  void phrasesMarkHeadingsAndFiltersMarkNothing() {
    PlanMarks marks = PlanMarks.of(PLAN, "\"主要任务\" region:浙江 year:2024");
    assertEquals(List.of("三、主要任务"), List.copyOf(marks.headings().keySet()));
    assertEquals("主要任务", at("三、主要任务", marks.headings().get("三、主要任务").get(0)));
    assertTrue(marks.measures().isEmpty());
    assertTrue(PlanMarks.of(PLAN, "region:浙江").title().isEmpty());
  }

  @Test
  void aBadQueryIsRefusedAsSearchRefusesIt() {
    QueryException e = assertThrows(QueryException.class, () -> PlanMarks.of(PLAN, "\"课后"));
    assertTrue(e.getMessage().contains("quote"), e.getMessage());
  }
}
