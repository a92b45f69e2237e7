package io.planscope.ingest;

import io.planscope.plan.SectionType;
import java.util.List;

/**
 * The one table that types a plan's top-level sections by their heading. A measure inherits the type of the
 * top-level section it stands in; text before the first heading is {@code preamble}.
 *
 * <table>
 *   <caption>Heading keywords per section type (the earliest keyword in the heading wins)</caption>
 *   <tr><th>type</th><th>heading contains</th><th>example</th></tr>
 *   <tr><td>guiding</td><td>指导思想, 总体要求, 工作思路, 发展思路, 总体思路, 基本原则, 工作原则</td>
 *       <td>一、指导思想</td></tr>
 *   <tr><td>goals</td><td>工作目标, 总体目标, 具体目标, 目标任务, 主要目标, 发展目标, 战略目标</td>
 *       <td>二、工作目标</td></tr>
 *   <tr><td>safeguards</td><td>保障措施, 工作要求, 工作措施, 组织领导, 实施保障, 保障机制, 保障体系, 组织保障,
 *       组织实施, 实施要求</td><td>四、保障措施</td></tr>
 *   <tr><td>schedule</td><td>工作安排, 进度安排, 时间安排, 实施步骤, 工作步骤, 进度, 月份, 行事历</td>
 *       <td>五、工作安排</td></tr>
 *   <tr><td>preamble</td><td>引言, 前言, 序言, 导言</td><td>引言：强师筑基</td></tr>
 *   <tr><td>other</td><td>总则, 背景, 回顾, 附则, 附件, 展望, 结语, 结束语</td><td>第一章 总则</td></tr>
 *   <tr><td>tasks</td><td>主要任务, 重点工作, 工作重点, 主要工作, 主要措施, and every other (topical) heading</td>
 *       <td>三、主要任务; 一、促进公平，进一步增强人民群众获得感</td></tr>
 * </table>
 *
 * <p>How to change it: edit {@link #TABLE} (and this javadoc with it); the earliest match in the heading wins, so
 * "工作目标与主要任务" is goals and "主要任务和保障措施" is tasks.
 */
final class SectionTypes {
  record Row(SectionType type, List<String> keywords) {}

  static final List<Row> TABLE =
      List.of(
          new Row(SectionType.GUIDING, List.of("指导思想", "总体要求", "工作思路", "发展思路", "总体思路", "基本原则", "工作原则")),
          new Row(SectionType.GOALS, List.of("工作目标", "总体目标", "具体目标", "目标任务", "主要目标", "发展目标", "战略目标")),
          new Row(
              SectionType.SAFEGUARDS,
              List.of("保障措施", "工作要求", "工作措施", "组织领导", "实施保障", "保障机制", "保障体系", "组织保障", "组织实施", "实施要求")),
          new Row(SectionType.SCHEDULE, List.of("工作安排", "进度安排", "时间安排", "实施步骤", "工作步骤", "进度", "月份", "行事历")),
          new Row(SectionType.PREAMBLE, List.of("引言", "前言", "序言", "导言")),
          new Row(SectionType.OTHER, List.of("总则", "背景", "回顾", "附则", "附件", "展望", "结语", "结束语")),
          new Row(SectionType.TASKS, List.of("主要任务", "重点工作", "工作重点", "主要工作", "主要措施")));

  private SectionTypes() {}

  /** The type of a top-level heading (normalized text, marker included or not); tasks when nothing matches. */
  static SectionType of(String heading) {
    SectionType best = SectionType.TASKS;
    int bestAt = Integer.MAX_VALUE;
    for (Row row : TABLE) {
      for (String keyword : row.keywords()) {
        int at = heading.indexOf(keyword);
        if (at >= 0 && at < bestAt) {
          bestAt = at;
          best = row.type();
        }
      }
    }
    return best;
  }
}
