package io.planscope.search;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.planscope.index.PlanIndex;
import io.planscope.plan.Level;
import io.planscope.plan.Plan;
import io.planscope.plan.SectionType;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** A summary-plus-plan's look back is typed review, so a search can ask for it alone or leave it out. */
class ReviewSectionTest {
  @Test
  void sectionReviewFiltersTheLookBack() throws Exception {
    Plan plan =
        TestPlans.plan(
            "p000000000009", "宁波市教育局2024年工作总结及2025年工作计划", 2025, Level.CITY, TestPlans.NINGBO, "工作计划",
            new TestPlans.M(SectionType.REVIEW, null, "新建改扩建幼儿园12所，新增学位3600个。", List.of()),
            TestPlans.task("新建幼儿园。", "新建改扩建幼儿园10所，新增学位3000个。"));
    try (PlanIndex index = PlanIndex.inMemory()) {
      index.add(plan, List.of(plan.source()), null);
      index.refresh();
      Searcher searcher = new Searcher(index);
      assertEquals(Set.of("p000000000009-m1"), ids(searcher, "section:review 幼儿园"));
      assertEquals(Set.of("p000000000009-m2"), ids(searcher, "幼儿园 -section:review"));
    }
  }

  private static Set<String> ids(Searcher searcher, String q) {
    return searcher.search(SearchRequest.of(q)).hits().stream().map(Hit::measureId).collect(Collectors.toSet());
  }
}
