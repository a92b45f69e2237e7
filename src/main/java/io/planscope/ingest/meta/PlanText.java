package io.planscope.ingest.meta;

import java.util.List;

/**
 * What metadata extraction reads about one plan.
 *
 * @param title the raw title candidate (from a 篇 marker, h1, {@code <title>} or the first line); may still carry
 *     site suffixes such as "_XX网", 【…】 decorations or "篇1"
 * @param lines this plan's lines, normalized with {@link io.planscope.text.Fold#normalize}, its signature
 *     ("某县教育局", the date) included
 * @param pageLines every normalized line of the page, removed boilerplate included (publish dates live there)
 * @param sourceUri where the page came from, or null
 * @param ownTitle whether the title is the plan's own heading (a 篇 marker's or the title line atop its text), not
 *     a page's {@code <title>} or h1: on a content farm only an own title outranks the opening's year
 *     ("2022年，全县教育工作…" under a farm's "2024年教育局工作计划")
 */
public record PlanText(String title, List<String> lines, List<String> pageLines, String sourceUri, boolean ownTitle) {
  public PlanText {
    title = title == null ? "" : title;
    lines = List.copyOf(lines);
    pageLines = List.copyOf(pageLines);
  }

  /** A plan whose title is its own heading. */
  public PlanText(String title, List<String> lines, List<String> pageLines, String sourceUri) {
    this(title, lines, pageLines, sourceUri, true);
  }
}
