package io.planscope.ingest;

import io.planscope.plan.Measure;
import io.planscope.plan.Section;
import io.planscope.plan.SectionType;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * Turns an outline tree into sections and measures (measure rules 2–8 of the brief). Numbered lines with numbered
 * children, and heading-only lines with paragraphs, are sections; every other numbered line is one measure with
 * its continuation paragraphs; each paragraph directly under a section heading, and each preamble paragraph, is one
 * measure. An enumeration inside a measure ("1.加快重点项目建设。一是…二是…") or a month schedule becomes one
 * measure per part, and the text before the first part becomes a sub-section heading in their path. Ids are
 * {@code <planId>-m<n>} in reading order.
 */
final class MeasureBuilder {
  private final String planId;
  private final Function<String, List<String>> topics;
  private final List<Measure> measures = new ArrayList<>();
  private final Deadline deadline;

  MeasureBuilder(String planId, Function<String, List<String>> topics) {
    this(planId, topics, Deadline.NONE);
  }

  MeasureBuilder(String planId, Function<String, List<String>> topics, Deadline deadline) {
    this.planId = planId;
    this.topics = topics;
    this.deadline = deadline;
  }

  /** The outline's sections and measures. */
  record Built(List<Section> sections, List<Measure> measures) {}

  Built build(OutlineParser.Node root) {
    List<Section> sections = new ArrayList<>();
    List<String> loose = new ArrayList<>();
    for (Line p : root.paragraphs) paragraph(p, List.of(), SectionType.PREAMBLE, sections, loose);
    for (OutlineParser.Node child : root.children) {
      SectionType type = SectionTypes.of(child.rest().norm());
      if (child.isSection()) sections.add(section(child, List.of(), type));
      else item(child, List.of(), type, sections, loose);
    }
    return new Built(sections, measures);
  }

  private Section section(OutlineParser.Node node, List<String> path, SectionType type) {
    List<String> inner = append(path, pathLabel(node));
    List<Section> children = new ArrayList<>();
    List<String> ids = new ArrayList<>();
    for (Line p : node.paragraphs) paragraph(p, inner, type, children, ids);
    for (OutlineParser.Node child : node.children) {
      if (child.isSection()) children.add(section(child, inner, type));
      else item(child, inner, type, children, ids);
    }
    return new Section(node.line.text(), type, children, ids);
  }

  /** A numbered line without numbered children: one measure with its continuations, or its parts. */
  private void item(
      OutlineParser.Node node, List<String> path, SectionType type, List<Section> sections, List<String> ids) {
    deadline.check();
    Line text = joined(node.line, node.paragraphs);
    String label = node.line.text().substring(0, node.marker.length()).strip();
    if (split(text, node.marker.length(), path, type, sections, ids)) return;
    ids.add(add(type, path, label, text, node.marker.length()));
  }

  /** An unnumbered paragraph: one measure, or one per part when it enumerates. */
  private void paragraph(Line p, List<String> path, SectionType type, List<Section> sections, List<String> ids) {
    deadline.check();
    if (split(p, 0, path, type, sections, ids)) return;
    String label = leadingLabel(p.norm());
    SectionType t = type == SectionType.PREAMBLE && isMonth(label) ? SectionType.SCHEDULE : type;
    ids.add(add(t, path, label, p, label.length()));
  }

  /**
   * Splits a text at its 一是/二是 or month parts (looked for after {@code from}); false when it has none. The
   * text before the first part, if any, heads a sub-section holding the parts.
   */
  private boolean split(
      Line text, int from, List<String> path, SectionType type, List<Section> sections, List<String> ids) {
    String body = text.norm().substring(from);
    List<Enumerations.Part> parts = Enumerations.ordinals(body);
    if (parts.isEmpty()) parts = Enumerations.months(body);
    if (parts.isEmpty()) parts = Enumerations.inlineNumbers(body);
    if (parts.isEmpty()) parts = Enumerations.bullets(body);
    if (parts.isEmpty() || (parts.size() < 2 && parts.get(0).start() + from > 0)) return false;
    int first = from + parts.get(0).start();
    String head = text.text().substring(0, first).strip();
    List<String> inner = head.isEmpty() ? path : append(path, head);
    List<String> partIds = head.isEmpty() ? ids : new ArrayList<>();
    // "1.建设项目：一是…；二是…（牵头单位：规划科）" — the item's labels count for parts that name none of their own.
    DutyLabels.Duties whole = DutyLabels.read(text);
    for (int k = 0; k < parts.size(); k++) {
      int start = from + parts.get(k).start();
      int end = k + 1 < parts.size() ? from + parts.get(k + 1).start() : text.length();
      Line part = text.slice(start, end).strip();
      String label = parts.get(k).label();
      SectionType t = isMonth(label) && type == SectionType.PREAMBLE ? SectionType.SCHEDULE : type;
      partIds.add(add(t, inner, label, part, label.length(), whole));
    }
    if (!head.isEmpty()) sections.add(new Section(head, type, List.of(), partIds));
    return true;
  }

  private String add(SectionType type, List<String> path, String label, Line text, int labelLength) {
    return add(type, path, label, text, labelLength, DutyLabels.Duties.NONE);
  }

  /** Adds a measure; {@code inherited} are the duties it has when its own text names none. */
  private String add(
      SectionType type, List<String> path, String label, Line text, int labelLength, DutyLabels.Duties inherited) {
    String id = planId + "-m" + (measures.size() + 1);
    Line rest = text.from(Math.min(labelLength, text.length()));
    int h = Headings.headingLength(rest.norm());
    String heading = h > 0 ? rest.text().substring(0, h) : null;
    DutyLabels.Duties own = DutyLabels.read(text);
    DutyLabels.Duties duties = own.equals(DutyLabels.Duties.NONE) ? inherited : own;
    measures.add(new Measure(id, type, path, label, heading, text.text(), topics.apply(text.norm()), duties.lead(),
        duties.partners(), duties.deadline()));
    return id;
  }

  /** A section's entry in its measures' paths: the whole line when it is only a heading, else marker + heading. */
  private static String pathLabel(OutlineParser.Node node) {
    if (node.marker == null || node.headingOnly()) return node.line.text();
    Line rest = node.rest();
    int h = Headings.headingLength(rest.norm());
    String label = node.line.text().substring(0, node.marker.length());
    return h > 0 ? label + rest.text().substring(0, h) : node.line.text();
  }

  /** "一是…" or "三月份：…" at the very start of a paragraph gives it that label; else "". */
  private static String leadingLabel(String norm) {
    List<Enumerations.Part> months = Enumerations.months(norm);
    if (!months.isEmpty()) return months.get(0).label();
    if (norm.length() > 2 && Marker.isCnDigit(norm.charAt(0)) && "是要抓".indexOf(norm.charAt(1)) >= 0) {
      return norm.substring(0, 2);
    }
    return "";
  }

  private static boolean isMonth(String label) {
    return label.endsWith("月") || label.endsWith("月份");
  }

  private static Line joined(Line first, List<Line> more) {
    if (more.isEmpty()) return first;
    StringBuilder text = new StringBuilder(first.text());
    StringBuilder norm = new StringBuilder(first.norm());
    for (Line l : more) {
      text.append('\n').append(l.text());
      norm.append('\n').append(l.norm());
    }
    return new Line(text.toString(), norm.toString());
  }

  private static List<String> append(List<String> path, String last) {
    List<String> out = new ArrayList<>(path);
    out.add(last);
    return List.copyOf(out);
  }
}
