package io.planscope.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.planscope.app.DataDir;
import io.planscope.app.ImportRun;
import io.planscope.app.Workspace;
import io.planscope.plan.Plan;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Compare on the demo corpus (and the seeds): golden year-over-year summaries of every chain in corpus/demo
 * (CHAINS.md describes the edits), the changed targets visible in the ops, and similar-measure recall against a
 * brute-force scan. Rewrite the golden file with {@code -Dplanscope.rewriteGolden=true} and review its diff.
 */
class DemoComparisonTest {
  private static final Path GOLDEN = Path.of(System.getProperty("planscope.home", "."))
      .resolve("src/test/resources/compare/demo-year-over-year.tsv");
  private static final String HEADER = "planA\tplanB\tsame\tmoved\tchanged\tadded\tremoved\tnumbers";

  @TempDir static Path data;
  private static Workspace workspace;
  private static List<Plan> plans;

  @BeforeAll
  static void importDemoAndSeeds() throws IOException {
    workspace = Workspace.open(DataDir.at(data));
    Path seeds = Path.of(System.getProperty("planscope.home", ".")).resolve("../shared/seeds").normalize();
    List<Path> sources = new ArrayList<>(List.of(DataDir.demoCorpus()));
    if (Files.isDirectory(seeds)) sources.add(seeds);
    new ImportRun(workspace.importer(), ImportRun.Progress.none()).importPaths(sources);
    workspace.commit();
    workspace.refresh();
    plans = workspace.store().plans().toList();
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

  @Test
  void yearOverYearSummariesMatchTheGoldenFile() throws IOException {
    List<String> lines = new ArrayList<>(List.of(HEADER));
    for (Plan[] pair : yearOverYearPairs()) {
      PlanComparison.Result r = PlanComparison.compare(pair[0], pair[1]);
      PlanComparison.Summary s = r.summary();
      lines.add(String.join("\t", pair[0].title(), pair[1].title(), "" + s.same(), "" + s.moved(), "" + s.changed(),
          "" + s.added(), "" + s.removed(), changedNumbers(r)));
    }
    String actual = String.join("\n", lines) + "\n";
    if (Boolean.getBoolean("planscope.rewriteGolden") || !Files.exists(GOLDEN)) {
      Files.writeString(GOLDEN, actual, StandardCharsets.UTF_8);
    }
    assertTrue(lines.size() >= 10, "expected the demo chains, found " + (lines.size() - 1) + " pairs");
    assertEquals(Files.readString(GOLDEN, StandardCharsets.UTF_8), actual,
        "rerun with -Dplanscope.rewriteGolden=true and review the diff of " + GOLDEN.getFileName());
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
  void raisedTargetsShowAsOneDeleteAndOneInsert() {
    Map<String, Plan> byTitle = plans.stream().collect(Collectors.toMap(Plan::title, Function.identity(), (x, y) -> x));
    PlanComparison.Result moe = PlanComparison.compare(byTitle.get("教育部2022年工作要点"), byTitle.get("教育部2023年工作要点"));
    assertTrue(changedNumbers(moe).contains("90%→91%"), changedNumbers(moe));
    PlanComparison.Result xihu =
        PlanComparison.compare(byTitle.get("杭州市西湖区教育局2023年工作计划"), byTitle.get("杭州市西湖区教育局2024年工作计划"));
    assertTrue(changedNumbers(xihu).contains("2400个→3000个"), changedNumbers(xihu));
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
