package io.planscope.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.planscope.plan.Plan;
import io.planscope.plan.Region;
import java.util.List;
import org.junit.jupiter.api.Test;

class LatestPlansTest {
  private static final Region BINJIANG = new Region("浙江省", "杭州市", "滨江区", "330108");
  private static final Region UNKNOWN = new Region(null, null, null, null);
  private static final List<Plan> PLANS = List.of(
      TestPlans.plan("p000000000001", 2023, TestPlans.XIHU, List.of()),
      TestPlans.plan("p000000000002", 2024, TestPlans.XIHU, List.of()),
      TestPlans.plan("p000000000003", 2024, BINJIANG, List.of()),
      TestPlans.plan("p000000000004", 2024, UNKNOWN, List.of()));

  @Test
  void aBureauNamedWithItsPlaceGivesItsTwoNewestPlans() {
    assertEquals(List.of("p000000000001", "p000000000002"),
        LatestPlans.pick(PLANS.stream(), "西湖区教育局").stream().map(Plan::id).toList());
  }

  @Test
  void aBareBureauNameListsOnlyBureausThatCanBeNamed() {
    CompareException e = assertThrows(CompareException.class, () -> LatestPlans.pick(PLANS.stream(), "教育局"));
    assertTrue(e.getMessage().contains("浙江省杭州市西湖区教育局") && e.getMessage().contains("浙江省杭州市滨江区教育局"),
        e.getMessage());
    assertFalse(e.getMessage().contains(": 教育局") || e.getMessage().contains(", 教育局"), e.getMessage());
  }
}
