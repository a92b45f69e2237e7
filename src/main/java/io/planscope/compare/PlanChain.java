package io.planscope.compare;

import io.planscope.plan.Measure;
import io.planscope.plan.Plan;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Three or more consecutive plans of one issuer, compared step by step: each step's summary and renamed headings,
 * and each measure's trail through the years. A trail holds the measure's id in each plan (null where it is not) and
 * what happened at each step ({@link PlanComparison.Status} ids: same, changed, moved, split, merged, added, removed;
 * null before it appears or after it is gone). A split starts a new trail from its part; a merged measure's trail
 * ends in the measure it joined.
 */
public record PlanChain(List<PlanRef> plans, List<Step> steps, List<Trail> trails) {
  /** The most plans one chain compares. */
  public static final int MAX_PLANS = 10;

  public PlanChain {
    plans = List.copyOf(plans);
    steps = List.copyOf(steps);
    trails = List.copyOf(trails);
  }

  /** One step, plan i to plan i+1. */
  public record Step(String a, String b, PlanComparison.Summary summary, List<HeadingRenames.Rename> renamedHeadings) {
    public Step {
      renamedHeadings = List.copyOf(renamedHeadings);
    }
  }

  /** One measure through the plans: its ids, what each step did, and its wording in the last plan that has it. */
  public record Trail(List<String> measures, List<String> statuses, String text) {}

  /** Compares each plan with the next, in the order given. */
  static PlanChain of(List<Plan> plans) {
    if (plans.size() < 3 || plans.size() > MAX_PLANS) {
      throw new CompareException("a chain compares 3 to " + MAX_PLANS + " plans, not " + plans.size()
          + "; for two plans use compare");
    }
    int n = plans.size();
    List<Step> steps = new ArrayList<>();
    List<Row> rows = new ArrayList<>();
    Map<String, Row> current = new HashMap<>();
    for (Measure m : plans.get(0).measures()) current.put(m.id(), row(rows, n, 0, m));
    for (int i = 0; i + 1 < n; i++) {
      PlanComparison.Result r = PlanComparison.compare(plans.get(i), plans.get(i + 1));
      steps.add(new Step(plans.get(i).id(), plans.get(i + 1).id(), r.summary(), r.renamedHeadings()));
      Map<String, Row> next = new HashMap<>();
      for (PlanComparison.Pair p : r.pairs()) follow(p, i, n, rows, current, next);
      current = next;
    }
    return new PlanChain(plans.stream().map(PlanRef::of).toList(), steps,
        rows.stream().map(row -> new Trail(Arrays.asList(row.ids), Arrays.asList(row.statuses), row.text)).toList());
  }

  private static void follow(PlanComparison.Pair p, int i, int n, List<Row> rows, Map<String, Row> current,
      Map<String, Row> next) {
    String status = p.status().id();
    if (p.a() == null || p.status() == PlanComparison.Status.SPLIT) {
      Row row = row(rows, n, i + 1, p.b());
      row.statuses[i] = status;
      next.putIfAbsent(p.b().id(), row);
      return;
    }
    Row row = current.get(p.a().id());
    if (row == null) return;
    row.statuses[i] = status;
    if (p.b() == null) return;
    row.ids[i + 1] = p.b().id();
    row.text = p.b().text();
    next.putIfAbsent(p.b().id(), row);
  }

  private static Row row(List<Row> rows, int n, int at, Measure m) {
    Row row = new Row(n);
    row.ids[at] = m.id();
    row.text = m.text();
    rows.add(row);
    return row;
  }

  private static final class Row {
    final String[] ids;
    final String[] statuses;
    String text;

    Row(int n) {
      ids = new String[n];
      statuses = new String[n - 1];
    }
  }
}
