package io.planscope.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import io.planscope.app.DataDir;
import io.planscope.app.ImportRun;
import io.planscope.app.Workspace;
import io.planscope.ingest.Seeds;
import io.planscope.plan.Plan;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Compare on the demo corpus (and the seeds, when present): every year-over-year pair of corpus/demo against the
 * expected file, each pair corpus/demo/CHAINS.md describes against the edits it lists there, and similar-measure
 * recall against a brute-force scan. Rewrite the expected file with {@code -Dplanscope.rewriteGolden=true} and
 * review its diff; a missing expected file fails.
 */
class DemoComparisonTest {
  private static final Path EXPECTED = Path.of(System.getProperty("planscope.home", "."))
      .resolve("src/test/resources/compare/demo-year-over-year.tsv");
  private static final String HEADER =
      "planA\tplanB\tsame\tmoved\tchanged\tadded\tremoved\tnumbers\tsplit\tmerged\trenamed";

  @TempDir static Path data;
  private static Workspace workspace;
  private static List<Plan> plans;
  private static List<Row> rows;

  /** One year-over-year pair: its comparison's summary and changed numbers, as a line of the expected file. */
  record Row(String a, String b, int same, int moved, int changed, int added, int removed, String numbers,
      int split, int merged, PlanComparison.Result result) {
    String tsv() {
      String renamed = result.renamedHeadings().stream().map(h -> h.a() + "→" + h.b())
          .collect(Collectors.joining(" "));
      return String.join("\t", a, b, "" + same, "" + moved, "" + changed, "" + added, "" + removed, numbers,
          "" + split, "" + merged, renamed);
    }

    /** Whether a number went from old to new, units aside ("90", "91" matches 90%→91%). */
    boolean hasNumberChange(String from, String to) {
      String change = Pattern.quote(from) + "\\D*→" + Pattern.quote(to) + "\\D*";
      return Arrays.stream(numbers.split(" ")).anyMatch(n -> n.matches(change));
    }
  }

  @BeforeAll
  static void importDemoAndSeeds() throws IOException {
    workspace = Workspace.open(DataDir.at(data));
    List<Path> sources = new ArrayList<>(List.of(DataDir.demoCorpus()));
    Seeds.ifPresent().ifPresent(sources::add);
    new ImportRun(workspace.importer(), ImportRun.Progress.none()).importPaths(sources);
    workspace.commit();
    workspace.refresh();
    plans = workspace.store().plans().toList();
    rows = yearOverYearPairs().stream().map(DemoComparisonTest::row).toList();
  }

  @AfterAll
  static void close() throws IOException {
    workspace.close();
  }

  /** Consecutive years of one issuer and kind, from the demo corpus. */
  private static List<Plan[]> yearOverYearPairs() {
    Map<String, List<Plan>> chains = plans.stream()
        .filter(p -> p.year() != null && p.source() != null && p.source().contains("corpus/demo"))
        .filter(p -> p.region() != null && !p.region().names().isEmpty() || p.level() == io.planscope.plan.Level.NATIONAL)
        .collect(Collectors.groupingBy(p -> LatestPlans.issuer(p) + "|" + p.kind() + "|" + p.period().kind()));
    List<Plan[]> pairs = new ArrayList<>();
    for (List<Plan> chain : chains.values()) {
      chain.sort(Comparator.comparing(Plan::year));
      for (int k = 1; k < chain.size(); k++) {
        if (chain.get(k).year() == chain.get(k - 1).year() + 1) pairs.add(new Plan[] {chain.get(k - 1), chain.get(k)});
      }
    }
    pairs.sort(Comparator.comparing((Plan[] p) -> p[0].title()));
    return pairs;
  }

  private static Row row(Plan[] pair) {
    PlanComparison.Result r = PlanComparison.compare(pair[0], pair[1]);
    PlanComparison.Summary s = r.summary();
    return new Row(pair[0].title(), pair[1].title(), s.same(), s.moved(), s.changed(), s.added(), s.removed(),
        changedNumbers(r), s.split(), s.merged(), r);
  }

  @Test
  void yearOverYearSummariesMatchTheExpectedFile() throws IOException {
    List<String> lines = new ArrayList<>(List.of(HEADER));
    rows.forEach(r -> lines.add(r.tsv()));
    String actual = String.join("\n", lines) + "\n";
    if (Boolean.getBoolean("planscope.rewriteGolden")) Files.writeString(EXPECTED, actual, StandardCharsets.UTF_8);
    if (!Files.exists(EXPECTED)) {
      fail("no expected file " + EXPECTED + ": write it with -Dplanscope.rewriteGolden=true and check its rows against"
          + " corpus/demo/CHAINS.md");
    }
    assertTrue(rows.size() >= 10, "expected the demo chains, found " + rows.size() + " pairs");
    assertEquals(Files.readString(EXPECTED, StandardCharsets.UTF_8), actual,
        "rerun with -Dplanscope.rewriteGolden=true and review the diff of " + EXPECTED.getFileName());
  }

  /**
   * What CHAINS.md says of each pair: the measure counts of both years (same + moved + changed + removed + merged
   * before, same + moved + changed + added + split after), at least one added or removed measure per "measure added"
   * or "measure dropped" line, every raised target among the changed numbers, every "section renamed" among the
   * renamed headings and every "measures merged" as a merged row (not a removed one).
   */
  @Test
  void everyPairInChainsMdShowsTheEditsItLists() throws IOException {
    DemoChains chains = DemoChains.read(DataDir.demoCorpus().resolve("CHAINS.md"));
    assertTrue(chains.pairs().size() >= 10, "CHAINS.md lists " + chains.pairs().size() + " year-over-year pairs");
    Map<String, Row> byTitles = rows.stream().collect(Collectors.toMap(r -> r.a() + " → " + r.b(), r -> r));
    for (DemoChains.Step step : chains.pairs()) {
      String titles = planFrom(step.fileBefore()).title() + " → " + planFrom(step.file()).title();
      Row r = byTitles.get(titles);
      String where = step.chain() + " " + step.fileBefore() + " → " + step.file() + ": ";
      assertNotNull(r, where + titles + " is not among the year-over-year pairs");
      assertEquals(step.measuresBefore(), r.same() + r.moved() + r.changed() + r.removed() + r.merged(),
          where + "measures before");
      assertEquals(step.measures(), r.same() + r.moved() + r.changed() + r.added() + r.split(),
          where + "measures after");
      assertTrue(r.added() >= step.count("measure added"), where + "added " + r.added());
      assertTrue(r.removed() >= step.count("measure dropped"), where + "removed " + r.removed());
      for (String[] n : step.raisedNumbers()) {
        String change = n[0] + "→" + n[1];
        assertTrue(r.hasNumberChange(n[0], n[1]), where + "target " + change + " not in '" + r.numbers() + "'");
      }
      for (DemoChains.Edit e : step.edits()) {
        if (e.kind().equals("section renamed")) assertRenamed(r.result(), e.detail(), where);
        if (e.kind().equals("measures merged")) assertMerged(r.result(), e.detail(), where);
      }
    }
  }

  /** "主要任务 → 重点工作": a renamed heading reads so, numbers aside. */
  private static void assertRenamed(PlanComparison.Result r, String detail, String where) {
    String[] names = detail.split(" → ");
    boolean found = r.renamedHeadings().stream().anyMatch(h -> HeadingRenames.wording(h.a())
        .equals(HeadingRenames.wording(names[0])) && HeadingRenames.wording(h.b()).equals(HeadingRenames.wording(names[1])));
    assertTrue(found, where + "rename " + detail + " not among " + r.renamedHeadings());
  }

  /** "加强专业建设 + 深化产教融合 → 推动职业教育产教融合": one of the two is a merged row into the third. */
  private static void assertMerged(PlanComparison.Result r, String detail, String where) {
    String[] sides = detail.split(" → ");
    List<String> parts = List.of(sides[0].split(" \\+ "));
    boolean found = r.pairs().stream().anyMatch(p -> p.status() == PlanComparison.Status.MERGED
        && parts.stream().anyMatch(part -> p.a().text().contains(part)) && p.b().text().contains(sides[1]));
    assertTrue(found, where + "merge " + detail + " is not a merged row");
  }

  /**
   * Every chain of three or more years in CHAINS.md, asked for by its issuer's name: the chain holds exactly its
   * plans, oldest first; each step is the year-over-year comparison of that pair; a trail through every plan exists
   * for measures CHAINS.md never touches.
   */
  @Test
  void aChainOfThreeOrMoreYearsComparesEachStepAndFollowsEachMeasure() throws IOException {
    DemoChains chains = DemoChains.read(DataDir.demoCorpus().resolve("CHAINS.md"));
    Map<String, List<DemoChains.Step>> byChain = new java.util.LinkedHashMap<>();
    for (DemoChains.Step step : chains.pairs()) byChain.computeIfAbsent(step.chain(), k -> new ArrayList<>()).add(step);
    Comparisons comparisons = new Comparisons(workspace.store(), workspace.index());
    int checked = 0;
    for (List<DemoChains.Step> steps : byChain.values()) {
      if (steps.size() < 2) continue;
      List<String> ids = new ArrayList<>(List.of(planFrom(steps.get(0).fileBefore()).id()));
      for (DemoChains.Step step : steps) ids.add(planFrom(step.file()).id());
      String issuer = io.planscope.plan.Issuer.of(planFrom(steps.get(0).file()));
      PlanChain chain = comparisons.chain(issuer);
      assertEquals(ids, chain.plans().stream().map(PlanRef::id).toList(), issuer + ": the chain's plans, oldest first");
      for (int i = 0; i < steps.size(); i++) {
        PlanComparison.Summary s = chain.steps().get(i).summary();
        assertEquals(steps.get(i).measuresBefore(), s.same() + s.moved() + s.changed() + s.removed() + s.merged());
        assertEquals(steps.get(i).measures(), s.same() + s.moved() + s.changed() + s.added() + s.split());
      }
      long through = chain.trails().stream().filter(t -> t.measures().stream().allMatch(java.util.Objects::nonNull))
          .count();
      assertTrue(through > 0, issuer + ": some measures run through every year");
      checked++;
    }
    assertTrue(checked >= 5, "CHAINS.md has several chains of three years, checked " + checked);
  }

  private static Plan planFrom(String file) {
    List<Plan> found = plans.stream().filter(p -> p.source() != null && p.source().endsWith("/" + file)).toList();
    assertEquals(1, found.size(), "plans parsed from " + file);
    return found.get(0);
  }

  /** Changed numbers as "old→new": a delete and the insert right after it, both holding a digit. */
  private static String changedNumbers(PlanComparison.Result r) {
    List<String> changes = new ArrayList<>();
    for (PlanComparison.Pair p : r.pairs()) {
      if (p.status() != PlanComparison.Status.CHANGED && p.status() != PlanComparison.Status.MOVED) continue;
      List<Op> ops = p.ops();
      for (int k = 0; k + 1 < ops.size(); k++) {
        Op del = ops.get(k);
        Op ins = ops.get(k + 1);
        if (del.op() == Op.Type.DELETE && ins.op() == Op.Type.INSERT && del.text().length() <= 8
            && ins.text().length() <= 8
            && del.text().matches(".*\\d.*") && ins.text().matches(".*\\d.*")) {
          changes.add(del.text() + "→" + ins.text());
        }
      }
    }
    return String.join(" ", changes);
  }

  @Test
  void latestPicksTheBureausTwoNewestPlans() {
    List<Plan> two = LatestPlans.pick(plans.stream(), "杭州市西湖区教育局");
    assertEquals(List.of(2023, 2024), two.stream().map(Plan::year).toList());
  }

  @Test
  void similarTopTenFromTheIndexHoldsNinetyFivePercentOfBruteForce() {
    double recall = SimilarMeasuresTest.recall(new SimilarMeasures(workspace.index()), plans, new Random(1), 300);
    assertTrue(recall >= 0.95, "recall " + recall);
  }
}
