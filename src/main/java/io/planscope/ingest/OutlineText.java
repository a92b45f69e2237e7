package io.planscope.ingest;

import io.planscope.plan.Measure;
import io.planscope.plan.Plan;
import io.planscope.plan.PlanTitle;
import io.planscope.text.Plural;
import java.util.List;

/**
 * A parse result as readable text for {@code parse --explain}: each plan's metadata, its outline with the measures
 * in reading order, then every removed line with its reason, the first lines outside the main content block (an
 * HTML page's menus and bylines: read for metadata, in no plan) and the warnings.
 */
public final class OutlineText {
  private static final int PREVIEW = 40;
  /** How many lines outside the main content are listed; a portal page has hundreds, the rest is counted. */
  static final int OUTSIDE_SHOWN = 50;

  static final String OUTSIDE_REASON = "outside the main content block";

  private OutlineText() {}

  public static String explain(ParseResult result) {
    StringBuilder sb = new StringBuilder();
    sb.append("file: ").append(result.filename());
    sb.append(" (").append(Plural.of(result.plans().size(), "plan")).append(")\n");
    int n = 0;
    for (Plan plan : result.plans()) plan(sb, plan, ++n);
    sb.append("\nremoved lines (").append(result.removed().size()).append("):\n");
    for (RemovedLine line : result.removed()) row(sb, line.reason(), line.text());
    outside(sb, result.outside());
    if (!result.warnings().isEmpty()) {
      sb.append("\nwarnings:\n");
      for (String w : result.warnings()) sb.append("  ").append(w).append('\n');
    }
    return sb.toString();
  }

  private static void row(StringBuilder sb, String reason, String text) {
    sb.append(String.format("  %-28s | %s%n", reason, preview(text, 60)));
  }

  /** The lines outside the main content block: the first {@link #OUTSIDE_SHOWN}, then how many more. */
  private static void outside(StringBuilder sb, List<String> lines) {
    if (lines.isEmpty()) return;
    sb.append("\nlines outside the main content block (").append(lines.size()).append(", read for metadata only):\n");
    for (String line : lines.subList(0, Math.min(OUTSIDE_SHOWN, lines.size()))) row(sb, OUTSIDE_REASON, line);
    if (lines.size() > OUTSIDE_SHOWN) sb.append("  … and ").append(lines.size() - OUTSIDE_SHOWN).append(" more\n");
  }

  private static String orDash(Object value) {
    return value == null ? "-" : value.toString();
  }

  private static void plan(StringBuilder sb, Plan p, int n) {
    sb.append("\n== plan ").append(n).append(": ").append(PlanTitle.shown(p.title())).append("  [").append(p.id()).append("]\n");
    sb.append("  year ").append(orDash(p.year()));
    sb.append(" · period ").append(p.period() == null ? "-" : p.period().kind());
    sb.append(" · published ").append(orDash(p.published())).append(" · level ").append(p.level().id()).append('\n');
    sb.append("  region ").append(p.region().label().isEmpty() ? "-" : p.region().label());
    sb.append(" · bureau ").append(orDash(p.bureau())).append(" · kind ").append(orDash(p.kind())).append('\n');
    sb.append("  source ").append(p.source()).append('\n');
    if (!p.preamble().isEmpty()) {
      sb.append("  preamble (").append(p.preamble().size()).append(" paragraphs, searchable, not measures):\n");
      for (Measure m : p.preamble()) {
        sb.append("    - ").append(shortId(m.id())).append(' ').append(preview(m.text(), PREVIEW)).append('\n');
      }
    }
    sb.append("  ").append(p.measures().size()).append(" measures:\n");
    List<String> previous = List.of();
    for (Measure m : p.measures()) {
      previous = printPath(sb, m, previous);
      sb.append("    ".repeat(m.path().size() + 1)).append("- ").append(shortId(m.id())).append(' ');
      if (!m.label().isEmpty()) sb.append('[').append(m.label()).append("] ");
      sb.append(preview(m.text(), PREVIEW));
      if (!m.topics().isEmpty()) sb.append("  {").append(String.join(", ", m.topics())).append('}');
      sb.append('\n');
      duties(sb, m);
    }
  }

  /** "lead 基教科 · partners 各学校 · due 2024年12月" under a measure whose labels name them. */
  private static void duties(StringBuilder sb, Measure m) {
    List<String> parts = new java.util.ArrayList<>(3);
    if (!m.lead().isEmpty()) parts.add("lead " + String.join("、", m.lead()));
    if (!m.partners().isEmpty()) parts.add("partners " + String.join("、", m.partners()));
    if (m.deadline() != null) parts.add("due " + m.deadline());
    if (parts.isEmpty()) return;
    sb.append("    ".repeat(m.path().size() + 2)).append(String.join(" · ", parts)).append('\n');
  }

  /** Prints the path headings that differ from the previous measure's path. */
  private static List<String> printPath(StringBuilder sb, Measure m, List<String> previous) {
    int same = 0;
    while (same < previous.size() && same < m.path().size() && previous.get(same).equals(m.path().get(same))) same++;
    for (int i = same; i < m.path().size(); i++) {
      sb.append("    ".repeat(i + 1)).append(preview(m.path().get(i), PREVIEW));
      if (i == 0) sb.append("  <").append(m.sectionType().id()).append('>');
      sb.append('\n');
    }
    if (m.path().isEmpty() && !previous.isEmpty()) sb.append("    <").append(m.sectionType().id()).append(">\n");
    return m.path();
  }

  private static String shortId(String id) {
    return id.substring(id.lastIndexOf('-') + 1);
  }

  private static String preview(String text, int max) {
    String one = text.replace('\n', ' ');
    return one.length() <= max ? one : one.substring(0, max) + "…";
  }
}
