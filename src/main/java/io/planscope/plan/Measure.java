package io.planscope.plan;

import java.util.List;

/**
 * One numbered item of a plan (with its continuation paragraphs), an unnumbered paragraph directly under a heading,
 * or one part of a 一是/二是 enumeration or month schedule.
 *
 * @param id stable id, {@code <planId>-m<n>} with n counted from 1 in reading order (a plan that kept its id
 *     through a re-parse keeps its unchanged measures' numbers and numbers new ones after them)
 * @param sectionType the type of the top-level section it stands in
 * @param path the headings above it, top-down, as written, e.g. ["三、主要任务", "（二）深化改革"]
 * @param label its own number as written ("1.", "（一）", "一是", "三月份"), or "" for an unnumbered paragraph
 * @param heading its heading sentence when it has one ("加强组织领导。"), else null
 * @param text the original wording; when it has a heading, text starts with it
 * @param topics topic names from the codebook, multi-label, possibly empty
 */
public record Measure(
    String id,
    SectionType sectionType,
    List<String> path,
    String label,
    String heading,
    String text,
    List<String> topics) {
  public Measure {
    path = List.copyOf(path);
    topics = List.copyOf(topics);
  }

  /** The same measure under another id (its plan changed id). */
  public Measure withId(String newId) {
    return new Measure(newId, sectionType, path, label, heading, text, topics);
  }
}
