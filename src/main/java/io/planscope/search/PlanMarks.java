package io.planscope.search;

import io.planscope.plan.Measure;
import io.planscope.plan.Plan;
import io.planscope.plan.Section;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Where a search's words and phrases occur in one whole plan, for the plan view a reader reaches from a hit: spans
 * [start, end) in the title, in each section heading (by heading text) and in each measure's text (by measure id),
 * marked exactly as search snippets are (folded, so 課後服務 lights up for 课后服务). Filters in the query mark nothing.
 */
public record PlanMarks(List<int[]> title, Map<String, List<int[]>> headings, Map<String, List<int[]>> measures) {
  public PlanMarks {
    title = List.copyOf(title);
    headings = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(headings));
    measures = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(measures));
  }

  /** The marks of query q in plan; a bad query throws {@link QueryException} like search does. */
  public static PlanMarks of(Plan plan, String q) {
    CompiledQuery.Highlight highlight = QueryCompiler.compile(q, Map.of()).highlight();
    Map<String, List<int[]>> headings = new LinkedHashMap<>();
    plan.sections().forEach(s -> markHeadings(s, highlight, headings));
    Map<String, List<int[]>> measures = new LinkedHashMap<>();
    for (Measure m : plan.passages()) putIfMarked(measures, m.id(), Snippets.spans(m.text(), highlight));
    String title = plan.title() == null ? "" : plan.title();
    return new PlanMarks(Snippets.spans(title, highlight), headings, measures);
  }

  private static void markHeadings(Section s, CompiledQuery.Highlight highlight, Map<String, List<int[]>> out) {
    if (s.heading() != null) putIfMarked(out, s.heading(), Snippets.spans(s.heading(), highlight));
    s.children().forEach(c -> markHeadings(c, highlight, out));
  }

  private static void putIfMarked(Map<String, List<int[]>> out, String key, List<int[]> spans) {
    if (!spans.isEmpty()) out.put(key, spans);
  }
}
