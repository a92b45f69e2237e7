package io.planscope.ingest;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads who leads a measure, who works with it and by when, from the labels written into its text: inline after a
 * measure ("…。牵头单位：市教育局基教科；责任单位：各县（区）教育局。完成时限：2024年12月"), at the end of an item
 * ("责任科室：组织科、思政科等") or in the tail {@link TaskTable} gives a table row ("（牵头单位：X；完成时限：Z）").
 *
 * <p>A value runs from its label's colon to the next label, a "。", a line break or the ")" closing a bracket opened
 * before the label. Unit lists split at 、，,；; and keep each name as written, without a trailing 等 ("思政科等").
 * 牵头 labels name the lead; 责任 labels name the lead when no 牵头 label does (a lone "责任科室：组织科" is who is
 * in charge) and partners beside one; 配合/协办/协同/参与 labels name partners. The first deadline label wins. The
 * text itself is left as written. How to add a label: add its wording to {@link #LABEL} and a case to {@link #role}.
 */
final class DutyLabels {
  /** What a measure's labels say; empty lists and a null deadline when it has none. */
  record Duties(List<String> lead, List<String> partners, String deadline) {
    static final Duties NONE = new Duties(List.of(), List.of(), null);

    Duties {
      lead = List.copyOf(lead);
      partners = List.copyOf(partners);
    }
  }

  // Read on the normalized text: full-width colons and brackets are ASCII there, traditional forms simplified.
  private static final Pattern LABEL =
      Pattern.compile("(牵头|责任|配合|协办|协同|参与)(单位|科室|部门|处室|股室)\\s*[:：]|(完成时限|完成时间|时间节点|完成期限)\\s*[:：]");
  // "；备注：已启动" — any other short label ends the value before it.
  /** Whether the text starts with a duty label ("责任单位：…", "完成时限：…"), spaces before it allowed. */
  static boolean startsWithLabel(String norm) {
    return LABEL.matcher(norm.stripLeading()).lookingAt();
  }

  private static final Pattern OTHER_LABEL = Pattern.compile("[;；]\\s*[\\p{IsHan}]{2,6}\\s*[:：]");
  private static final Pattern UNIT_SEPARATORS = Pattern.compile("[、，,；;]");
  // "组织科、思政科等", "各县区教育局等相关单位"
  private static final Pattern TRAILING_ETC = Pattern.compile("等(相关)?(单位|部门|科室|处室)?$");
  private static final String TRIM = " 　\t;；,，、:：";

  private enum Role { LEAD, RESPONSIBLE, PARTNER, DEADLINE }

  private DutyLabels() {}

  /** The duties a measure's text names; {@link Duties#NONE} when it has no labels. */
  static Duties read(Line text) {
    if (text.norm().indexOf(':') < 0 && text.norm().indexOf('：') < 0) return Duties.NONE; // most measures: no regex
    Matcher m = LABEL.matcher(text.norm());
    boolean found = m.find();
    if (!found) return Duties.NONE;
    Found values = new Found();
    while (found) {
      Role role = role(m.group());
      int start = m.end();
      found = m.find();
      values.add(role, value(text, start, found ? m.start() : text.length()));
    }
    return values.duties();
  }

  /** The values read so far, by role. */
  private static final class Found {
    private final List<String> lead = new ArrayList<>();
    private final List<String> responsible = new ArrayList<>();
    private final List<String> partners = new ArrayList<>();
    private String deadline;

    void add(Role role, Line value) {
      switch (role) {
        case LEAD -> lead.addAll(units(value));
        case RESPONSIBLE -> responsible.addAll(units(value));
        case PARTNER -> partners.addAll(units(value));
        case DEADLINE -> deadline = deadline != null || value.length() == 0 ? deadline : value.text();
      }
    }

    Duties duties() {
      if (lead.isEmpty()) return new Duties(distinct(responsible), distinct(partners), deadline);
      List<String> all = new ArrayList<>(responsible);
      all.addAll(partners);
      return new Duties(distinct(lead), distinct(all), deadline);
    }
  }

  private static Role role(String label) {
    if (label.startsWith("牵头")) return Role.LEAD;
    if (label.startsWith("责任")) return Role.RESPONSIBLE;
    if (label.startsWith("完成") || label.startsWith("时间")) return Role.DEADLINE;
    return Role.PARTNER;
  }

  /** The value after a label: up to {@code limit}, a "。", a line break, another label or an unopened ")". */
  private static Line value(Line text, int start, int limit) {
    String norm = text.norm();
    Matcher other = OTHER_LABEL.matcher(norm).region(start, limit);
    int end = other.find() ? other.start() : limit;
    int depth = 0;
    for (int i = start; i < end; i++) {
      char c = norm.charAt(i);
      if (c == '(') depth++;
      else if (c == ')' && depth-- == 0 || depth <= 0 && (c == '。' || c == '\n')) {
        end = i;
        break;
      }
    }
    return trim(text.slice(start, end));
  }

  /** "市教育局基教科、职成科等" → [市教育局基教科, 职成科]. */
  private static List<String> units(Line value) {
    List<String> out = new ArrayList<>();
    Matcher sep = UNIT_SEPARATORS.matcher(value.norm());
    int from = 0;
    while (from <= value.length()) {
      int to = sep.find() ? sep.start() : value.length();
      Line unit = trim(value.slice(from, to));
      Matcher etc = TRAILING_ETC.matcher(unit.norm());
      if (etc.find() && etc.start() > 0) unit = trim(unit.slice(0, etc.start()));
      if (unit.length() > 0) out.add(unit.text());
      from = to + 1;
    }
    return out;
  }

  private static Line trim(Line line) {
    int s = 0;
    int e = line.length();
    while (s < e && TRIM.indexOf(line.norm().charAt(s)) >= 0) s++;
    while (e > s && TRIM.indexOf(line.norm().charAt(e - 1)) >= 0) e--;
    return line.slice(s, e);
  }

  private static List<String> distinct(List<String> units) {
    return List.copyOf(new LinkedHashSet<>(units));
  }
}
