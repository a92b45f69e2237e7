package io.planscope.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.planscope.index.PlanIndex;
import io.planscope.plan.Measure;
import io.planscope.plan.NotFoundException;
import io.planscope.plan.Plan;
import io.planscope.plan.PlanMeta;
import io.planscope.plan.Region;
import io.planscope.plan.SectionType;
import io.planscope.search.QueryException;
import io.planscope.search.ScopeFilter;
import io.planscope.text.Fold;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class SimilarMeasuresTest {
  private static final Region BINJIANG = new Region("浙江省", "杭州市", "滨江区", "330108");
  private static final Region TAIPEI = new Region(null, null, null, null);
  private final PlanIndex index = PlanIndex.inMemory();
  private final SimilarMeasures similar = new SimilarMeasures(index);

  @AfterEach
  void close() throws Exception {
    index.close();
  }

  private void add(Plan... plans) throws Exception {
    for (Plan p : plans) index.add(p, List.of("test:" + p.id()), null);
    index.refresh();
  }

  private static Plan plan(String id, int year, Region region, String... texts) {
    List<Measure> measures = new ArrayList<>();
    for (String t : texts) measures.add(TestPlans.measure(id, measures.size() + 1, SectionType.TASKS, t));
    return TestPlans.plan(id, year, region, measures);
  }

  private static final String KINDER = "扩大普惠性学前教育资源，全年新建改扩建幼儿园18所，学前三年毛入园率达到92%以上。";
  private static final String TEACHERS = "加强教师队伍建设，完善中小学教师培训体系，全年培训骨干教师500名，推进县管校聘改革。";
  private static final String SAFETY = "加强校园安全管理，开展安全隐患排查整治，建立健全校园安全工作长效机制。";

  @Test
  void traditionalMirrorIsTheTopSimilarMeasureOfItsSimplifiedTwin() throws Exception {
    String traditional = "擴大普惠性學前教育資源，全年新建改擴建幼兒園18所，學前三年毛入園率達到92%以上。";
    assertTrue(Fold.hasTraditional(traditional));
    add(plan("p000000000001", 2023, TestPlans.XIHU, KINDER, TEACHERS),
        plan("p000000000002", 2023, TAIPEI, traditional, SAFETY),
        plan("p000000000003", 2024, BINJIANG, KINDER.replace("18所", "25所").replace("92%", "95%"), SAFETY));
    SimilarMeasures.Result r = similar.similar("p000000000001-m1", Scope.OTHER_PLANS, 0.3, 10);
    assertEquals("p000000000001-m1", r.measure().measureId());
    assertEquals("p000000000002-m1", r.similar().get(0).measureId());
    assertTrue(r.similar().get(0).score() >= 0.95, "" + r.similar().get(0).score());
    assertEquals("p000000000003-m1", r.similar().get(1).measureId());
    assertEquals(2, r.similar().size(), "the safety measure does not reach 0.3");
  }

  @Test
  void sharedSpansPointIntoBothTexts() throws Exception {
    add(plan("p000000000001", 2023, TestPlans.XIHU, KINDER),
        plan("p000000000003", 2024, BINJIANG, "要" + KINDER.replace("18所", "25所")));
    SimilarMeasure s = similar.similar("p000000000001-m1", Scope.OTHER_PLANS, 0.5, 10).similar().get(0);
    int[] first = s.shared().get(0);
    assertEquals("扩大普惠性学前教育资源，全年新建改扩建幼儿园", KINDER.substring(first[0], first[1]));
    assertEquals("扩大普惠性学前教育资源，全年新建改扩建幼儿园", s.text().substring(first[2], first[3]));
  }

  @Test
  void scopesExcludeTheSameRegionOrYear() throws Exception {
    add(plan("p000000000001", 2023, TestPlans.XIHU, KINDER),
        plan("p000000000002", 2024, TestPlans.XIHU, KINDER),
        plan("p000000000003", 2023, BINJIANG, KINDER));
    assertEquals(List.of("p000000000002-m1", "p000000000003-m1"), ids(Scope.OTHER_PLANS));
    assertEquals(List.of("p000000000003-m1"), ids(Scope.OTHER_REGIONS));
    assertEquals(List.of("p000000000002-m1"), ids(Scope.OTHER_YEARS));
  }

  private List<String> ids(Scope scope) {
    return similar.similar("p000000000001-m1", scope, 0.5, 10).similar().stream()
        .map(SimilarMeasure::measureId).toList();
  }

  @Test
  void lineageListsNearDuplicatesEarliestFirstWithItself() throws Exception {
    add(plan("p000000000001", 2022, TestPlans.XIHU, KINDER),
        plan("p000000000002", 2024, BINJIANG, KINDER.replace("18所", "30所")),
        plan("p000000000003", 2023, TAIPEI, KINDER.replace("18所", "25所")),
        plan("p000000000004", 2021, TAIPEI, SAFETY));
    SimilarMeasures.Lineage l = similar.lineage("p000000000003-m1", 50);
    assertEquals(List.of(2022, 2023, 2024), l.lineage().stream().map(SimilarMeasure::year).toList());
    assertEquals("p000000000003-m1", l.lineage().get(1).measureId());
    assertEquals(1.0, l.lineage().get(1).score());
  }

  @Test
  void lineageOrdersByPublishDateAndPutsAPlanKnownOnlyByItsYearAfterTheDatedOnesOfThatYear() throws Exception {
    add(dated(plan("p000000000001", 2022, TestPlans.XIHU, KINDER), "2022-02-28"),
        dated(plan("p000000000002", 2022, BINJIANG, KINDER.replace("18所", "30所")), "2022-02-04"),
        dated(plan("p000000000003", 2022, TAIPEI, KINDER.replace("18所", "25所")), null),
        dated(plan("p000000000004", 2023, TAIPEI, KINDER.replace("18所", "20所")), "2022-12-30"));
    List<String> order = similar.lineage("p000000000001-m1", 50).lineage().stream()
        .map(SimilarMeasure::planId).toList();
    assertEquals(List.of("p000000000002", "p000000000001", "p000000000004", "p000000000003"), order);
  }

  private static Plan dated(Plan p, String published) {
    PlanMeta m = p.meta();
    return Plan.of(p.id(), new PlanMeta(m.title(), m.year(), m.period(), published, m.level(), m.region(), m.bureau(),
        m.kind()), p.source(), p.sections(), p.measures());
  }

  @Test
  void unknownMeasureAndBadArgumentsSayWhatIsWrong() throws Exception {
    add(plan("p000000000001", 2022, TestPlans.XIHU, KINDER));
    assertThrows(NotFoundException.class, () -> similar.similar("p000000000009-m1", Scope.OTHER_PLANS, 0.5, 10));
    CompareException e = assertThrows(CompareException.class,
        () -> similar.similar("p000000000001-m1", Scope.OTHER_PLANS, 1.5, 10));
    assertTrue(e.getMessage().contains("1.5"), e.getMessage());
    assertThrows(CompareException.class, () -> Scope.of("everywhere"));
  }

  @Test
  void draftFindsTheMeasuresItRewordsWithSpansIntoTheDraftAndTheMeasure() throws Exception {
    add(plan("p000000000001", 2023, TestPlans.XIHU, KINDER, TEACHERS),
        plan("p000000000002", 2024, BINJIANG, KINDER.replace("18所", "25所"), SAFETY));
    String draft = "我区将扩大普惠性学前教育资源，新建改扩建幼儿园10所，学前三年毛入园率达到95%。";
    SimilarMeasures.DraftResult r = similar.similarToText(draft, new MatchAllDocsQuery(), 0.3, 10);
    assertEquals(draft, r.text());
    assertEquals(List.of("p000000000001-m1", "p000000000002-m1"),
        r.similar().stream().map(SimilarMeasure::measureId).sorted().toList());
    SimilarMeasure best = r.similar().get(0);
    int[] first = best.shared().get(0);
    assertEquals("扩大普惠性学前教育资源", draft.substring(first[0], first[1]));
    assertEquals("扩大普惠性学前教育资源", best.text().substring(first[2], first[3]));
  }

  @Test
  void draftScopeIsASearchFilter() throws Exception {
    add(plan("p000000000001", 2023, TestPlans.XIHU, KINDER),
        plan("p000000000002", 2024, BINJIANG, KINDER.replace("18所", "25所")));
    String draft = KINDER.replace("18所", "20所");
    assertEquals(List.of("p000000000002-m1"), similar.similarToText(draft, ScopeFilter.of("region:滨江"), 0.3, 10)
        .similar().stream().map(SimilarMeasure::measureId).toList());
    assertEquals(List.of("p000000000001-m1"), similar.similarToText(draft, ScopeFilter.of("year:2023"), 0.3, 10)
        .similar().stream().map(SimilarMeasure::measureId).toList());
    QueryException words = assertThrows(QueryException.class, () -> ScopeFilter.of("region:滨江 幼儿园"));
    assertTrue(words.getMessage().contains("only filters"), words.getMessage());
  }

  @Test
  void emptyOrOverlongDraftIsRefusedSayingWhatToDo() throws Exception {
    add(plan("p000000000001", 2023, TestPlans.XIHU, KINDER));
    CompareException empty = assertThrows(CompareException.class,
        () -> similar.similarToText("  \n ", new MatchAllDocsQuery(), 0.3, 10));
    assertTrue(empty.getMessage().contains("paste"), empty.getMessage());
    String longDraft = KINDER.repeat(SimilarMeasures.MAX_DRAFT_CHARS / KINDER.length() + 1);
    CompareException tooLong = assertThrows(CompareException.class,
        () -> similar.similarToText(longDraft, new MatchAllDocsQuery(), 0.3, 10));
    assertTrue(tooLong.getMessage().contains(String.valueOf(longDraft.length())), tooLong.getMessage());
  }

  /** Plans that copy and edit each other's measures across regions and years, as diffusion does. */
  @Test
  void indexTopTenContainsNinetyFivePercentOfBruteForceTopTen() throws Exception {
    Random random = new Random(21);
    List<String> pool = new ArrayList<>();
    for (int i = 0; i < 150; i++) pool.add(TestPlans.measureText(random));
    List<Plan> plans = new ArrayList<>();
    Region[] regions = {TestPlans.XIHU, BINJIANG, TAIPEI};
    for (int p = 0; p < 40; p++) {
      String id = String.format("p%012d", p + 1);
      List<Measure> ms = new ArrayList<>();
      for (int k = 0; k < 30; k++) {
        String base = pool.get(random.nextInt(pool.size()));
        String text = random.nextInt(3) == 0 ? base : TextDiffTest.edit(base, random);
        ms.add(TestPlans.measure(id, k + 1, SectionType.TASKS, text));
      }
      plans.add(TestPlans.plan(id, 2018 + p % 7, regions[p % 3], ms));
    }
    add(plans.toArray(Plan[]::new));
    assertRecall(plans, random, 100); // the demo corpus test samples 300
  }

  private void assertRecall(List<Plan> plans, Random random, int samples) {
    double recall = recall(similar, plans, random, samples);
    assertTrue(recall >= 0.95, "recall " + recall);
  }

  /**
   * For sampled measures: the share of the brute-force top 10 (every measure of every other plan, same score,
   * score ≥ 0.5) that the index-backed top 10 contains.
   */
  static double recall(SimilarMeasures similar, List<Plan> plans, Random random, int samples) {
    List<SimilarMeasures.Normalized> all = new ArrayList<>();
    for (Plan p : plans) {
      for (Measure m : p.measures()) all.add(new SimilarMeasures.Normalized(ref(p, m), NormalizedText.of(m.text())));
    }
    int expected = 0;
    int found = 0;
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    long bruteCpu = 0;
    long indexCpu = 0;
    for (int s = 0; s < samples; s++) {
      SimilarMeasures.Normalized sample = all.get(random.nextInt(all.size()));
      MeasureRef query = sample.measure();
      long t0 = threads.getCurrentThreadCpuTime();
      List<SimilarMeasures.Normalized> others =
          all.stream().filter(m -> !m.measure().planId().equals(query.planId())).toList();
      List<String> brute = SimilarMeasures.rescore(sample.text(), others, 0.5, 10).stream()
          .map(SimilarMeasure::measureId).toList();
      long t1 = threads.getCurrentThreadCpuTime();
      List<String> viaIndex = similar.similar(query.measureId(), Scope.OTHER_PLANS, 0.5, 10).similar().stream()
          .map(SimilarMeasure::measureId).toList();
      indexCpu += threads.getCurrentThreadCpuTime() - t1;
      bruteCpu += t1 - t0;
      expected += brute.size();
      found += (int) brute.stream().filter(viaIndex::contains).count();
    }
    double recall = expected == 0 ? 1.0 : found / (double) expected;
    System.out.printf("similar recall: %d of %d brute-force top-10 hits (%.3f) over %d samples of %d measures;"
        + " CPU per query: index %.1f ms, brute force %.1f ms%n", found, expected, recall, samples, all.size(),
        indexCpu / 1e6 / samples, bruteCpu / 1e6 / samples);
    return recall;
  }

  static MeasureRef ref(Plan p, Measure m) {
    return new MeasureRef(m.id(), p.id(), p.title(), p.region(), p.year(), p.published(), p.level(),
        m.sectionType(), m.text());
  }
}
