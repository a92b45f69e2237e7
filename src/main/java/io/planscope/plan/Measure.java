package io.planscope.plan;

import java.util.List;

/**
 * One numbered item of a plan (with its continuation paragraphs), an unnumbered paragraph directly under a heading,
 * or one part of a 一是/二是 enumeration or month schedule.
 *
 * <p>{@code lead}, {@code partners} and {@code deadline} come from the labels a task table's row or a measure's tail
 * carries ("牵头单位：市教育局基教科；责任单位：各县（区）教育局。完成时限：2024年12月"); a measure without them has
 * empty lists and a null deadline. Plans stored before these fields existed load with exactly that.
 *
 * @param id stable id, {@code <planId>-m<n>} with n counted from 1 in reading order (a plan that kept its id
 *     through a re-parse keeps its unchanged measures' numbers and numbers new ones after them)
 * @param sectionType the type of the top-level section it stands in
 * @param path the headings above it, top-down, as written, e.g. ["三、主要任务", "（二）深化改革"]
 * @param label its own number as written ("1.", "（一）", "一是", "三月份"), or "" for an unnumbered paragraph
 * @param heading its heading sentence when it has one ("加强组织领导。"), else null
 * @param text the original wording; when it has a heading, text starts with it
 * @param topics topic names from the codebook, multi-label, possibly empty
 * @param lead the units leading it (牵头单位/牵头科室; 责任单位 when no unit is named as leading), as written
 * @param partners the units working with the lead (配合单位/协办单位; 责任单位 beside a named lead), as written
 * @param deadline when it is due as written (完成时限/完成时间/时间节点: "2024年12月底前"), or null
 */
public record Measure(
    String id,
    SectionType sectionType,
    List<String> path,
    String label,
    String heading,
    String text,
    List<String> topics,
    List<String> lead,
    List<String> partners,
    String deadline) {
  public Measure {
    path = List.copyOf(path);
    topics = List.copyOf(topics);
    lead = lead == null ? List.of() : List.copyOf(lead);
    partners = partners == null ? List.of() : List.copyOf(partners);
  }

  private static final java.util.regex.Pattern ID = java.util.regex.Pattern.compile("(.+)-[mp]\\d+");

  /**
   * The plan id in a measure's id ({@code <planId>-m<n>}) or a preamble paragraph's ({@code <planId>-p<n>}); null when
   * the id is neither.
   */
  public static String planIdOf(String measureId) {
    java.util.regex.Matcher m = ID.matcher(measureId);
    return m.matches() ? m.group(1) : null;
  }

  /** The same measure under another id (its plan changed id). */
  public Measure withId(String newId) {
    return new Measure(newId, sectionType, path, label, heading, text, topics, lead, partners, deadline);
  }
}
