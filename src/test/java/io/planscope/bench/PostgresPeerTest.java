package io.planscope.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PostgresPeerTest {
  @Test
  void facetQueriesCountEachDimensionOverTheOtherFilters() {
    Workload.Query q = new Workload.Query("facets", "\"课后服务\"", Map.of("region", List.of("浙江省"),
        "year", List.of("2021..2024"), "section", List.of("tasks")), null, null);
    // an exact phrase matches the measure's text or a heading or title it carries, as PlanScope's exact search does
    String text = "(norm LIKE '%课后服务%' OR head LIKE '%课后服务%')";
    assertEquals(List.of(
        "SELECT id FROM m WHERE " + text + " AND province = '浙江省' AND year BETWEEN 2021 AND 2024 AND section = 'tasks'"
            + " LIMIT 20;",
        "SELECT province, count(*) FROM m WHERE " + text + " AND year BETWEEN 2021 AND 2024 AND section = 'tasks'"
            + " GROUP BY 1;",
        "SELECT year, count(*) FROM m WHERE " + text + " AND province = '浙江省' AND section = 'tasks' GROUP BY 1;",
        "SELECT section, count(*) FROM m WHERE " + text + " AND province = '浙江省' AND year BETWEEN 2021 AND 2024"
            + " GROUP BY 1;"), PostgresPeer.sql(q));
  }

  /** The phrase is normalized as the loaded text is: width and punctuation folded ("课后服务，" finds 课后服务). */
  @Test
  void aPhraseIsNormalizedAsTheTextIs() {
    Workload.Query q = new Workload.Query("phrase", "\"ＡＢ课后、服务\"", Map.of(), null, null);
    assertEquals(List.of("SELECT id FROM m WHERE (norm LIKE '%ab课后服务%' OR head LIKE '%ab课后服务%') LIMIT 20;"),
        PostgresPeer.sql(q));
  }

  @Test
  void wordsAreEachMatchedAndQuotesEscaped() {
    Workload.Query q = new Workload.Query("words", "师德 O'Neil", Map.of(), null, null);
    assertEquals(List.of("SELECT id FROM m WHERE norm ILIKE '%师德%' AND norm ILIKE '%O''Neil%' LIMIT 20;"),
        PostgresPeer.sql(q));
    assertEquals(List.of(), PostgresPeer.sql(new Workload.Query("kwic", "x", Map.of(), null, null)));
  }
}
