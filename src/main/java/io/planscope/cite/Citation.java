package io.planscope.cite;

import io.planscope.corpus.PlanSource;
import io.planscope.plan.Issuer;
import io.planscope.plan.Measure;
import io.planscope.plan.Plan;
import io.planscope.plan.PlanTitle;
import java.time.ZoneOffset;
import java.util.List;

/**
 * What a citation of a plan (or of one measure in it) says. {@code url} is where the plan was published: the first
 * source that is a web address, never a file path of this machine or an upload's name; null when it came from a
 * file. {@code archived} is PlanScope's stored copy of the original ({@code base} + its API path), for when the page
 * has gone. {@code accessed} is the day the web source was fetched.
 *
 * @param section for a measure, its headings and number ("三、主要任务 › （二）深化改革 › 3."); null for a plan
 */
public record Citation(
    String id,
    String planId,
    String title,
    String issuer,
    String published,
    Integer year,
    String kind,
    String url,
    String accessed,
    String archived,
    String section,
    String text) {

  /** The citation of a plan, with its sources as the store records them. */
  public static Citation of(Plan plan, List<PlanSource> sources, String base) {
    PlanSource web = sources.stream().filter(s -> isWeb(s.uri())).findFirst().orElse(null);
    String archived = sources.isEmpty() ? base + "/api/plans/" + plan.id() + "/original"
        : base + "/api/documents/" + sources.get(0).documentId() + "/original";
    String accessed = web == null || web.fetchedAt() == null ? null
        : web.fetchedAt().atOffset(ZoneOffset.UTC).toLocalDate().toString();
    return new Citation(plan.id(), plan.id(), PlanTitle.shown(plan.title()), Issuer.of(plan), plan.published(),
        plan.year(), plan.kind(), web == null ? null : web.uri(), accessed, archived, null, null);
  }

  /** The citation of one measure: its plan's, with the measure's place in it and its wording. */
  public static Citation of(Plan plan, Measure measure, List<PlanSource> sources, String base) {
    Citation c = of(plan, sources, base);
    StringBuilder section = new StringBuilder(String.join(" › ", measure.path()));
    String label = measure.label() == null ? "" : measure.label().strip();
    if (!label.isEmpty()) section.append(section.isEmpty() ? "" : " › ").append(label);
    return new Citation(measure.id(), c.planId(), c.title(), c.issuer(), c.published(), c.year(), c.kind(), c.url(),
        c.accessed(), c.archived(), section.isEmpty() ? null : section.toString(), measure.text());
  }

  static boolean isWeb(String uri) {
    return uri != null && (uri.startsWith("http://") || uri.startsWith("https://"));
  }
}
