package io.planscope.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.planscope.compare.PlanComparison.Pair;
import io.planscope.compare.PlanComparison.Result;
import io.planscope.compare.PlanComparison.Status;
import io.planscope.plan.Plan;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class PlanComparisonTest {
  private static final String LEAD = "guiding:坚持以习近平新时代中国特色社会主义思想为指导，全面贯彻党的教育方针，落实立德树人根本任务。";
  private static final String KINDER = "tasks:扩大普惠性学前教育资源，全年新建改扩建幼儿园1800个，学前三年毛入园率达到92%以上。";
  private static final String TEACHERS = "tasks:加强教师队伍建设，完善中小学教师培训体系，全年培训骨干教师500名。";
  private static final String SAFETY = "tasks:加强校园安全管理，开展安全隐患排查整治，建立健全校园安全工作长效机制。";
  private static final String FUNDS = "safeguards:加大经费投入力度，确保教育经费依法增长，提高经费使用效益。";

  private static List<Status> statuses(Result r) {
    return r.pairs().stream().map(Pair::status).toList();
  }

  @Test
  void identicalPlansAreAllSame() {
    Plan a = TestPlans.plan("pa", 2023, LEAD, KINDER, TEACHERS);
    Result r = PlanComparison.compare(a, TestPlans.plan("pb", 2024, LEAD, KINDER, TEACHERS));
    assertEquals(List.of(Status.SAME, Status.SAME, Status.SAME), statuses(r));
    assertEquals(new PlanComparison.Summary(3, 0, 0, 0, 0, 1.0, 0, 0), r.summary());
  }

  @Test
  void changedNumbersShowInTheOps() {
    Plan a = TestPlans.plan("pa", 2023, LEAD, KINDER, TEACHERS);
    Plan b = TestPlans.plan("pb", 2024, LEAD, KINDER.replace("1800个", "2400个").replace("92%", "95%"), TEACHERS);
    Pair changed = PlanComparison.compare(a, b).pairs().get(1);
    assertEquals(Status.CHANGED, changed.status());
    assertTrue(changed.ops().contains(Op.delete("1800个")), changed.ops().toString());
    assertTrue(changed.ops().contains(Op.insert("2400个")), changed.ops().toString());
    assertTrue(changed.ops().contains(Op.delete("92%")), changed.ops().toString());
    assertTrue(changed.similarity() > 0.8 && changed.similarity() < 1, "" + changed.similarity());
  }

  @Test
  void addedAndRemovedKeepTheirPlaces() {
    Plan a = TestPlans.plan("pa", 2023, LEAD, KINDER, TEACHERS, FUNDS);
    Plan b = TestPlans.plan("pb", 2024, LEAD, TEACHERS, SAFETY, FUNDS);
    Result r = PlanComparison.compare(a, b);
    assertEquals(List.of(Status.SAME, Status.REMOVED, Status.SAME, Status.ADDED, Status.SAME), statuses(r));
    assertEquals("pa-m2", r.pairs().get(1).a().id());
    assertNull(r.pairs().get(1).b());
    assertEquals("pb-m3", r.pairs().get(3).b().id());
    assertEquals(new PlanComparison.Summary(3, 0, 0, 1, 1, r.summary().similarity(), 0, 0), r.summary());
    assertTrue(r.summary().similarity() > 0.6 && r.summary().similarity() < 0.9, r.summary().toString());
  }

  @Test
  void reorderedMeasureIsMovedOthersStaySame() {
    Plan a = TestPlans.plan("pa", 2023, LEAD, KINDER, TEACHERS, SAFETY);
    Plan b = TestPlans.plan("pb", 2024, LEAD, TEACHERS, SAFETY, KINDER);
    Result r = PlanComparison.compare(a, b);
    assertEquals(List.of(Status.SAME, Status.SAME, Status.SAME, Status.MOVED), statuses(r));
    assertEquals("pa-m2", r.pairs().get(3).a().id());
  }

  @Test
  void measureInAnotherSectionTypeIsMoved() {
    Plan a = TestPlans.plan("pa", 2023, LEAD, TEACHERS, FUNDS);
    Plan b = TestPlans.plan("pb", 2024, LEAD, TEACHERS, "tasks:" + FUNDS.substring("safeguards:".length()));
    assertEquals(List.of(Status.SAME, Status.SAME, Status.MOVED), statuses(PlanComparison.compare(a, b)));
  }

  @Test
  void opsRebuildBothMeasuresOnGeneratedPlans() {
    Random random = new Random(11);
    Plan a = TestPlans.generated("pa", 2023, 60, random);
    Plan b = TestPlans.nextYear(a, "pb", random);
    Result r = PlanComparison.compare(a, b);
    int rowsWithA = 0;
    int rowsWithB = 0;
    for (Pair p : r.pairs()) {
      if (p.a() != null) {
        rowsWithA++;
        assertEquals(p.a().text(), TextDiffTest.rebuildA(p.ops()));
      }
      if (p.b() != null) {
        rowsWithB++;
        assertEquals(p.b().text(), TextDiffTest.rebuildB(p.ops()));
      }
    }
    assertEquals(a.measures().size(), rowsWithA);
    assertEquals(b.measures().size(), rowsWithB);
    List<String> bOrder = r.pairs().stream().filter(p -> p.b() != null).map(p -> p.b().id()).toList();
    assertEquals(b.measures().stream().map(m -> m.id()).toList(), bOrder);
  }

  @Test
  void twoPlansOfTwoHundredMeasuresAlignCompletely() {
    // Speed of this case (< 200 ms) is measured by ./planscope bench ("compare"), not here.
    Random random = new Random(13);
    Plan a = TestPlans.generated("pa", 2023, 200, random);
    Plan b = TestPlans.nextYear(a, "pb", random);
    PlanComparison.Result r = PlanComparison.compare(a, b);
    long withA = r.pairs().stream().filter(p -> p.a() != null).count();
    long withB = r.pairs().stream().filter(p -> p.b() != null).count();
    assertEquals(a.measures().size(), withA);
    assertEquals(b.measures().size(), withB);
    assertTrue(r.summary().same() > 0, "a next-year edit keeps most measures: " + r.summary());
  }
}
