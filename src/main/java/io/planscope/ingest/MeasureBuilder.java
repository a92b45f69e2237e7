package io.planscope.ingest;

import io.planscope.plan.Measure;
import io.planscope.plan.Section;
import io.planscope.plan.SectionType;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * Turns an outline tree into sections and measures (measure rules 2–8 of the brief). Numbered lines with numbered
 * children, and heading-only lines with paragraphs, are sections; every other numbered line is one measure with
 * its continuation paragraphs; each paragraph directly under a section heading is one measure. The paragraphs before
 * the first heading are the plan's preamble ({@code <planId>-p<n>}): text, not measures, unless the plan has no
 * headings (then they are its measures) or they enumerate (一是…, 三月份：…). An enumeration inside a measure ("1.加快重点项目建设。一是…二是…") or a month schedule becomes one
 * measure per part, and the text before the first part becomes a sub-section heading in their path. Ids are
 * {@code <planId>-m<n>} in reading order.
 */
final class MeasureBuilder {
  private final String planId;
  private final Function<String, List<String>> topics;
  private final List<Measure> measures = new ArrayList<>();
  private final List<Measure> preamble = new ArrayList<>();
  private final Deadline deadline;
  /** The margin the plan's lines were cut at ({@link WrappedLines}), or -1. */
  private int width = -1;

  MeasureBuilder(String planId, Function<String, List<String>> topics) {
    this(planId, topics, Deadline.NONE);
  }

  MeasureBuilder(String planId, Function<String, List<String>> topics, Deadline deadline) {
    this.planId = planId;
    this.topics = topics;
    this.deadline = deadline;
  }

  /** The outline's sections and measures, and the preamble's paragraphs. */
  record Built(List<Section> sections, List<Measure> measures, List<Measure> preamble) {}

  // More paragraphs than this before the first heading, and more than the headings and items after them, are the
  // plan's own unnumbered text over a stray late heading, not a preamble: they stay measures.
  private static final int PREAMBLE_PARAGRAPHS = 5;

  Built build(OutlineParser.Node root) {
    width = WrappedLines.width(root);
    List<Section> sections = new ArrayList<>();
    List<String> loose = new ArrayList<>();
    List<Line> before = paragraphs(root);
    boolean framing = !root.children.isEmpty()
        && (before.size() <= PREAMBLE_PARAGRAPHS || before.size() <= nodes(root) - 1);
    // a plan without headings that enumerates ("一是…", "三月份：…"): the plain paragraphs above its first part
    int listed = root.children.isEmpty() ? firstListing(before) : -1;
    for (int i = 0; i < before.size(); i++) {
      Line p = before.get(i);
      boolean above = framing || listed > 0 && listed <= PREAMBLE_PARAGRAPHS && i < listed;
      if (above && isProse(p)) preamble(p);
      else paragraph(p, List.of(), SectionType.PREAMBLE, sections, loose);
    }
    for (OutlineParser.Node child : root.children) {
      SectionType type = SectionTypes.of(child.rest().norm());
      if (isSection(child)) sections.add(section(child, List.of(), type));
      else item(child, List.of(), type, sections, loose);
    }
    return new Built(sections, measures, preamble);
  }

  private static int nodes(OutlineParser.Node node) {
    int n = 1;
    for (OutlineParser.Node c : node.children) n += nodes(c);
    return n;
  }

  /** The index of the first paragraph that enumerates, or -1. */
  private static int firstListing(List<Line> paragraphs) {
    for (int i = 0; i < paragraphs.size(); i++) {
      if (!isDate(paragraphs.get(i)) && !isProse(paragraphs.get(i))) return i;
    }
    return -1;
  }

  /** A preamble paragraph that neither is a date nor enumerates (一是…二是…, 三月份：…): framing text. */
  private static boolean isProse(Line p) {
    if (isDate(p)) return false;
    String n = p.norm();
    return leadingLabel(n).isEmpty() && Enumerations.ordinals(n).size() < 2 && Enumerations.months(n).size() < 2
        && Enumerations.inlineNumbers(n).size() < 2 && Enumerations.bullets(n).size() < 2;
  }

  private void preamble(Line p) {
    deadline.check();
    String id = planId + "-p" + (preamble.size() + 1);
    preamble.add(new Measure(id, SectionType.PREAMBLE, List.of(), "", headingOf(p), p.text(), topics.apply(p.norm()),
        List.of(), List.of(), null));
  }

  private Section section(OutlineParser.Node node, List<String> path, SectionType type) {
    List<String> inner = append(path, pathLabel(node));
    List<Section> children = new ArrayList<>();
    List<String> ids = new ArrayList<>();
    for (Line p : paragraphs(node)) paragraph(p, inner, type, children, ids);
    for (OutlineParser.Node child : node.children) {
      if (isSection(child)) children.add(section(child, inner, type));
      else item(child, inner, type, children, ids);
    }
    return new Section(node.line.text(), type, children, ids);
  }

  /** A numbered line without numbered children: one measure with its continuations, or its parts. */
  private void item(
      OutlineParser.Node node, List<String> path, SectionType type, List<Section> sections, List<String> ids) {
    deadline.check();
    Line text = joined(WrappedLines.join(withFirst(node.line, undated(node.paragraphs)), width));
    // an unnumbered heading left with nothing under it (only a date) reads as a paragraph
    int marker = node.marker == null ? 0 : node.marker.length();
    String label = node.line.text().substring(0, marker).strip();
    if (split(text, marker, path, type, sections, ids)) return;
    ids.add(add(type, path, label, text, marker));
  }

  // "2099年1月5日", "2099-01-05", "二〇九九年三月" on a line of its own: a dateline or a signature's date, never a measure
  private static final Pattern DATE_ONLY =
      Pattern.compile("^(\\d{4}|[二〇零○一三四五六七八九]{4})\\s*年\\s*[\\d一二三四五六七八九十]{1,3}\\s*月"
          + "(\\s*[\\d一二三四五六七八九十]{1,3}\\s*日)?$|^\\d{4}[-/.]\\d{1,2}[-/.]\\d{1,2}$");

  private static boolean isDate(Line p) {
    return p.length() <= 16 && DATE_ONLY.matcher(p.norm().strip()).matches();
  }

  // "某县教育局", "中共某县委教育工委 某县教育局" — an issuer's name, when a date follows it: a signature
  private static final Pattern SIGNER =
      Pattern.compile("^[^,，。;；:：、《》]{2,30}?(局|厅|委|委员会|政府|办公室|督导室|中心|学校|学院)$");

  /**
   * A section, unless all it heads is a signature ("1.建设学校。" over "某县教育局" / "2099年2月10日" is an item), or it
   * is a numbered heading over one paragraph and nothing else: "二、稳步推进教育民生工程。" over its text is one
   * numbered item with its body, as a reader counts it; so is one over the labelled fields of one task (目标任务：…
   * 工作措施：… 责任单位：…). A bare heading (no number) over a paragraph, and a heading over a paragraph that
   * enumerates (一是…, 一月份：…, 1、…2、…), stay sections.
   */
  private boolean isSection(OutlineParser.Node node) {
    if (!node.children.isEmpty()) return true;
    if (!node.isSection()) return false;
    List<Line> body = paragraphs(node);
    if (body.isEmpty()) return false;
    if (node.marker != null && body.stream().allMatch(MeasureBuilder::isField)) return false;
    return node.marker == null || body.size() > 1 || !isProse(body.get(0));
  }

  // "目标任务：…" / "工作措施：…" / "责任单位：…" under "1.进一步健全…": the fields of one task, not measures of a section;
  // the duty labels (责任单位, 完成时限, …) are DutyLabels'
  private static final Pattern TASK_FIELD =
      Pattern.compile("\\s*(?:目标任务|工作目标|主要目标|任务目标|工作任务|任务内容|主要内容|具体内容|工作内容|工作措施|主要措施|具体措施"
          + "|推进措施|工作举措|责任人|进度安排)\\s*[:：]");

  private static boolean isField(Line p) {
    return TASK_FIELD.matcher(p.norm()).lookingAt() || DutyLabels.startsWithLabel(p.norm());
  }

  /** A node's unnumbered paragraphs as measures read them: lines cut at a margin joined, a signature left out. */
  private List<Line> paragraphs(OutlineParser.Node node) {
    return WrappedLines.join(undated(node.paragraphs), width);
  }

  /** The lines without a date alone on its line, nor the issuer's name right above such a date (a signature). */
  private static List<Line> undated(List<Line> lines) {
    List<Line> out = new ArrayList<>(lines.size());
    for (Line l : lines) {
      if (!isDate(l)) {
        out.add(l);
        continue;
      }
      int last = out.size() - 1;
      if (last >= 0 && SIGNER.matcher(out.get(last).norm().strip()).matches()) out.remove(last);
    }
    return out;
  }

  /** An unnumbered paragraph: one measure, or one per part when it enumerates; a date alone is none. */
  private void paragraph(Line p, List<String> path, SectionType type, List<Section> sections, List<String> ids) {
    deadline.check();
    if (isDate(p)) return;
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
    String heading = headingOf(rest);
    DutyLabels.Duties own = DutyLabels.read(text);
    DutyLabels.Duties duties = own.equals(DutyLabels.Duties.NONE) ? inherited : own;
    measures.add(new Measure(id, type, path, label, heading, text.text(), topics.apply(text.norm()), duties.lead(),
        duties.partners(), duties.deadline()));
    return id;
  }

  /** The heading sentence a text (label removed) opens with, or its first line when that is a heading over a body. */
  private static String headingOf(Line rest) {
    int h = Headings.headingLength(rest.norm());
    String heading = h > 0 ? rest.text().substring(0, h) : null;
    int nl = rest.text().indexOf('\n');
    // "一、总体要求" over its one paragraph: the heading line is the measure's heading
    boolean spans = heading == null || heading.indexOf('\n') >= 0;
    if (spans && nl > 0 && Headings.isHeadingOnly(rest.norm().substring(0, nl))) {
      heading = rest.text().substring(0, nl).strip();
    }
    return heading;
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

  private static List<Line> withFirst(Line first, List<Line> more) {
    List<Line> all = new ArrayList<>(more.size() + 1);
    all.add(first);
    all.addAll(more);
    return all;
  }

  /** The lines as one text, a line break between them (a wrapped line has been joined to its rest already). */
  private static Line joined(List<Line> lines) {
    Line first = lines.get(0);
    List<Line> more = lines.subList(1, lines.size());
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
