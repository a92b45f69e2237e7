package io.planscope.ingest;

import io.planscope.ingest.TableText.Cell;
import io.planscope.text.Fold;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A task table ("序号 | 工作任务 | 牵头单位 | 责任单位 | 完成时限") read as the outline it stands for. It is known by
 * its header row, one of the first three: a cell naming the task (工作任务, 重点任务, 主要任务, 具体措施…) and at least
 * one naming a unit or a deadline (牵头…, 责任单位/科室…, 配合/协办…, 完成时限, 时间节点, 完成时间).
 *
 * <p>Each data row becomes one line the outline parser reads as a numbered measure: its 序号 (or a count restarting
 * at 1 after each section row) as "N. ", the task, further content columns (工作内容, 具体举措) after a "：", and
 * the unit, deadline and other columns as a tail in brackets with fixed labels that {@link DutyLabels} reads back:
 * "3. 推进集团化办学：新建两个教育集团（牵头单位：基教科；责任单位：各学校；完成时限：2024年12月；备注：…）".
 * Empty cells are left out of the tail; a multi-line cell is joined (unit lines with 、). A row with one filled
 * cell spanning the table, or one already numbered "一、"/"（一）", or a Chinese 序号 with a task and no units,
 * is a section heading ("一、加强党的建设"); one without a number of its own is numbered 一、二、… in table order.
 * Rows above the header (a title) are kept as plain rows; the header itself and its repeats are dropped, since
 * its words live on in each row's labels.
 */
final class TaskTable {
  /** What a column holds, from its header cell. */
  enum Role {
    NUMBER(""), TASK(""), DETAIL(""), LEAD("牵头单位"), RESPONSIBLE("责任单位"), PARTNER("配合单位"),
    DEADLINE("完成时限"), OTHER("");

    /** The label this column's values get in a row's tail ("" = the header as written, or no tail). */
    final String label;

    Role(String label) {
      this.label = label;
    }

    boolean isDuty() {
      return this == LEAD || this == RESPONSIBLE || this == PARTNER || this == DEADLINE;
    }
  }

  private static final int HEADER_ROWS = 3;
  private static final int MAX_HEADER_CELL = 16;
  private static final Pattern NUMBER = Pattern.compile("^(序号|编号|序|No\\.?)$", Pattern.CASE_INSENSITIVE);
  private static final Pattern LEAD = Pattern.compile("牵头(?!领导)");
  private static final Pattern RESPONSIBLE = Pattern.compile("责任(单位|科室|部门|处室|股室)");
  private static final Pattern PARTNER = Pattern.compile("配合|协办|协同|参与");
  private static final Pattern DEADLINE = Pattern.compile("时限|时间节点|完成时间|完成期限|进度安排|时间安排");
  private static final Pattern TASK = Pattern.compile("任务|事项|重点工作|措施|举措|内容|目标|项目");
  private static final Pattern DIGITS = Pattern.compile("^(\\d{1,3})\\s*[.、]?$");
  private static final Pattern CN_DIGITS = Pattern.compile("^([一二三四五六七八九十]{1,3})\\s*[、.]?$");
  private static final String PROSE_STOPS = "。；;，,：:！!？?、）)";

  private TaskTable() {}

  /** The table's lines when it is a task table, else empty (the caller reads it as a plain table). */
  static Optional<List<String>> lines(List<List<Cell>> rows) {
    for (int h = 0; h < Math.min(HEADER_ROWS, rows.size()); h++) {
      List<Role> roles = header(rows.get(h));
      if (roles != null) return Optional.of(new Rows(roles, rows.get(h)).lines(rows, h));
    }
    return Optional.empty();
  }

  /** The roles of the row's columns when it is a task table's header, else null. */
  static List<Role> header(List<Cell> row) {
    List<Role> roles = new ArrayList<>(row.size());
    boolean task = false;
    for (Cell c : row) {
      String name = headerName(c);
      if (name.length() > MAX_HEADER_CELL) return null;
      Role role = role(name, task);
      task |= role == Role.TASK;
      roles.add(role);
    }
    return task && roles.stream().anyMatch(Role::isDuty) ? roles : null;
  }

  /** "牵 头 单 位" → "牵头单位": header cells are often spaced out to fill the column. */
  private static String headerName(Cell c) {
    return Fold.normalize(String.join("", c.lines())).replaceAll("\\s+", "");
  }

  private static Role role(String name, boolean taskSeen) {
    if (name.isEmpty()) return Role.OTHER;
    if (NUMBER.matcher(name).matches()) return Role.NUMBER;
    if (LEAD.matcher(name).find()) return Role.LEAD;
    if (RESPONSIBLE.matcher(name).find()) return Role.RESPONSIBLE;
    if (PARTNER.matcher(name).find()) return Role.PARTNER;
    if (DEADLINE.matcher(name).find()) return Role.DEADLINE;
    if (TASK.matcher(name).find()) return taskSeen ? Role.DETAIL : Role.TASK;
    return Role.OTHER;
  }

  /** The rows of one task table, read against its header. */
  private static final class Rows {
    private final List<Role> roles;
    private final List<Cell> header;
    private final List<String> out = new ArrayList<>();
    private int count;
    private int sections;

    Rows(List<Role> roles, List<Cell> header) {
      this.roles = roles;
      this.header = header;
    }

    List<String> lines(List<List<Cell>> rows, int headerAt) {
      for (int i = 0; i < headerAt; i++) TableText.row(rows.get(i), out);
      for (int i = headerAt + 1; i < rows.size(); i++) row(rows.get(i));
      return List.copyOf(out);
    }

    private void row(List<Cell> row) {
      if (row.stream().allMatch(Cell::isEmpty) || texts(row).equals(texts(header))) return;
      String section = section(row);
      if (section != null) {
        out.add(section);
        count = 0;
        return;
      }
      String task = task(row);
      if (task == null) TableText.row(row, out);
      else out.add(task);
    }

    /** The row as a section heading, or null when it is a task. */
    private String section(List<Cell> row) {
      List<Integer> filled = new ArrayList<>();
      for (int c = 0; c < row.size(); c++) if (!row.get(c).isEmpty()) filled.add(c);
      if (filled.size() == 1) {
        int c = filled.get(0);
        String text = prose(row.get(c).lines());
        boolean spans = c + 1 < row.size() && row.get(c + 1).copy() && row.get(c + 1).isEmpty();
        if (spans || roleOf(c) == Role.NUMBER || Marker.parse(Fold.normalize(text)) != null) return heading(text);
        return null;
      }
      String number = column(row, Role.NUMBER);
      String task = column(row, Role.TASK);
      if (!CN_DIGITS.matcher(number).matches() || task.isEmpty() || hasDuty(row)) return null;
      sections++;
      return number.replaceAll("[、.\\s]+$", "") + "、" + task;
    }

    /** A section row's text, numbered 一、二、… when it has no number of its own. */
    private String heading(String text) {
      sections++;
      if (Marker.parse(Fold.normalize(text)) != null) return text;
      return DocxReader.ListNumbering.chinese(sections) + "、" + text;
    }

    /** The row as "N. task（labels）", or null when it names no task. */
    private String task(List<Cell> row) {
      String task = column(row, Role.TASK);
      String detail = column(row, Role.DETAIL);
      String text = task.isEmpty() ? detail : detail.isEmpty() ? task : task + (endsProse(task) ? "" : "：") + detail;
      if (text.isEmpty()) return null;
      count++;
      String number = column(row, Role.NUMBER);
      var digits = DIGITS.matcher(number);
      String label = digits.matches() ? digits.group(1) : String.valueOf(count);
      String line = Marker.parse(Fold.normalize(text)) != null ? text : label + ". " + text;
      String tail = tail(row);
      return tail.isEmpty() ? line : line + "（" + tail + "）";
    }

    /** "牵头单位：基教科；完成时限：2024年12月": the unit, deadline and other columns that have a value. */
    private String tail(List<Cell> row) {
      List<String> parts = new ArrayList<>();
      for (int c = 0; c < row.size() && c < roles.size(); c++) {
        Role role = roles.get(c);
        if (row.get(c).isEmpty() || role == Role.NUMBER || role == Role.TASK || role == Role.DETAIL) continue;
        String label = role.label.isEmpty() ? headerName(header.get(c)) : role.label;
        if (label.isEmpty()) continue;
        String value = role.isDuty() && role != Role.DEADLINE ? units(row.get(c).lines()) : prose(row.get(c).lines());
        parts.add(label + "：" + value);
      }
      return String.join("；", parts);
    }

    private boolean hasDuty(List<Cell> row) {
      for (int c = 0; c < row.size() && c < roles.size(); c++) {
        if (roles.get(c).isDuty() && !row.get(c).isEmpty()) return true;
      }
      return false;
    }

    /** The text of the row's columns with this role, joined; "" when none has text. */
    private String column(List<Cell> row, Role role) {
      List<String> parts = new ArrayList<>();
      for (int c = 0; c < row.size() && c < roles.size(); c++) {
        if (roles.get(c) == role && !row.get(c).isEmpty()) parts.add(prose(row.get(c).lines()));
      }
      return String.join(" ", parts);
    }

    private Role roleOf(int column) {
      return column < roles.size() ? roles.get(column) : Role.OTHER;
    }

    private static List<String> texts(List<Cell> row) {
      return row.stream().map(c -> String.join("", c.lines())).toList();
    }
  }

  /** A multi-line cell's text as one line: "加强党建。" + "落实责任。" joins directly, "完善制度" + "健全机制" with a space. */
  private static String prose(List<String> lines) {
    return join(lines, " ");
  }

  /** A unit cell's lines as one list: "基教科" + "职成科" → "基教科、职成科". */
  private static String units(List<String> lines) {
    return join(lines, "、");
  }

  private static String join(List<String> lines, String between) {
    StringBuilder sb = new StringBuilder();
    for (String line : lines) {
      if (!sb.isEmpty() && !endsProse(sb)) sb.append(between);
      sb.append(line);
    }
    return sb.toString();
  }

  private static boolean endsProse(CharSequence s) {
    return s.length() > 0 && PROSE_STOPS.indexOf(s.charAt(s.length() - 1)) >= 0;
  }
}
