package io.planscope.ingest;

import io.planscope.plan.SectionType;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The one table that types a plan's top-level sections by their heading. A measure inherits the type of the
 * top-level section it stands in; text before the first heading is {@code preamble}.
 *
 * <table>
 *   <caption>Heading keywords per section type (the earliest keyword in the heading wins)</caption>
 *   <tr><th>type</th><th>heading contains</th><th>example</th></tr>
 *   <tr><td>review</td><td>工作回顾, 回顾, 工作总结, 总结, 主要工作成效, 主要工作回顾, 主要工作情况, 工作完成情况,
 *       工作开展情况, 完成情况, 工作成效, 主要成效, 取得的成绩, 主要成绩, 工作成绩, 存在的问题, 存在的主要问题,
 *       存在的不足, 存在的困难, 存在问题, 问题与不足, 问题和不足, 不足之处, 亮点工作, 工作亮点, 主要亮点, 工作进展,
 *       进展情况 — only as the heading's subject: before
 *       the keyword at most a year, period or scope ("2024年度", "过去一年", "全县教育"), after it the end or a
 *       conjunction</td><td>一、2024年工作回顾; 一、2024年亮点工作; 二、存在的问题和不足</td></tr>
 *   <tr><td>guiding</td><td>指导思想, 总体要求, 工作思路, 发展思路, 总体思路, 基本原则, 工作原则</td>
 *       <td>一、指导思想</td></tr>
 *   <tr><td>goals</td><td>工作目标, 总体目标, 具体目标, 目标任务, 主要目标, 发展目标, 战略目标</td>
 *       <td>二、工作目标</td></tr>
 *   <tr><td>safeguards</td><td>保障措施, 工作要求, 工作措施, 组织领导, 实施保障, 保障机制, 保障体系, 组织保障,
 *       组织实施, 实施要求</td><td>四、保障措施</td></tr>
 *   <tr><td>schedule</td><td>工作安排, 进度安排, 时间安排, 实施步骤, 工作步骤, 进度, 月份, 行事历</td>
 *       <td>五、工作安排</td></tr>
 *   <tr><td>preamble</td><td>引言, 前言, 序言, 导言</td><td>引言：强师筑基</td></tr>
 *   <tr><td>other</td><td>总则, 背景, 回顾 (other than as above), 附则, 附件, 展望, 结语, 结束语</td><td>第一章 总则</td></tr>
 *   <tr><td>tasks</td><td>主要任务, 重点工作, 工作重点, 主要工作, 主要措施, and every other (topical) heading</td>
 *       <td>三、主要任务; 一、促进公平，进一步增强人民群众获得感</td></tr>
 * </table>
 *
 * <p>How to change it: edit {@link #TABLE} (and this javadoc with it); the earliest match in the heading wins, so
 * "工作目标与主要任务" is goals and "主要任务和保障措施" is tasks; on a tie the earlier row wins ("主要工作成效" is
 * review, not tasks by its 主要工作).
 *
 * <p>Why review is guarded: a summary-plus-plan page looks back before it plans ("一、2024年工作总结 … 二、2025年工作
 * 计划"), and those measures should not pass for plans. But the same words stand in a task heading ("三、着力解决
 * 存在的问题", "五、总结表彰先进"), so a review keyword counts only as the subject of the heading.
 */
final class SectionTypes {
  record Row(SectionType type, List<String> keywords) {}

  static final List<Row> TABLE =
      List.of(
          new Row(
              SectionType.REVIEW,
              List.of(
                  "主要工作成效", "主要工作回顾", "主要工作情况", "工作完成情况", "工作开展情况", "完成情况", "工作成效", "主要成效",
                  "工作回顾", "回顾", "工作总结", "总结", "取得的成绩", "主要成绩", "工作成绩",
                  "存在的问题", "存在的主要问题", "存在的不足", "存在的困难", "存在问题", "问题与不足", "问题和不足", "不足之处",
                  "亮点工作", "工作亮点", "主要亮点", "工作进展", "进展情况")),
          new Row(SectionType.GUIDING, List.of("指导思想", "总体要求", "工作思路", "发展思路", "总体思路", "基本原则", "工作原则")),
          new Row(SectionType.GOALS, List.of("工作目标", "总体目标", "具体目标", "目标任务", "主要目标", "发展目标", "战略目标")),
          new Row(
              SectionType.SAFEGUARDS,
              List.of("保障措施", "工作要求", "工作措施", "组织领导", "实施保障", "保障机制", "保障体系", "组织保障", "组织实施", "实施要求")),
          new Row(SectionType.SCHEDULE, List.of("工作安排", "进度安排", "时间安排", "实施步骤", "工作步骤", "进度", "月份", "行事历")),
          new Row(SectionType.PREAMBLE, List.of("引言", "前言", "序言", "导言")),
          new Row(SectionType.OTHER, List.of("总则", "背景", "回顾", "附则", "附件", "展望", "结语", "结束语")),
          new Row(SectionType.TASKS, List.of("主要任务", "重点工作", "工作重点", "主要工作", "主要措施")));

  // what may stand before a review keyword: "2024年", "2024年度", "过去一年", "上半年", "全县教育", "一年来"
  private static final Pattern REVIEW_BEFORE =
      Pattern.compile(
          "^(?:(?:19|20)\\d\\d\\s*年度?|[〇零一二三四五六七八九]{4}年度?|过去的?一年|一年来|近年来|今年|去年|上半年|下半年"
              + "|[上本]学期|本年度|年度|全年|[全本我][省市县区]|教育系统|教育|系统|工作|主要|以来|的|[、\\s])*$");
  // what may follow it: the end, punctuation, or a conjunction ("存在的问题和不足", "工作总结及2025年工作计划")
  private static final Pattern REVIEW_AFTER = Pattern.compile("^(?:$|[:：,，。;；、\\s(（]|[与和及暨])");

  private SectionTypes() {}

  /** The type of a top-level heading (normalized text, marker included or not); tasks when nothing matches. */
  static SectionType of(String heading) {
    SectionType best = SectionType.TASKS;
    int bestAt = Integer.MAX_VALUE;
    for (Row row : TABLE) {
      for (String keyword : row.keywords()) {
        int at = heading.indexOf(keyword);
        if (row.type() == SectionType.REVIEW && at >= 0 && !isSubject(heading, at, keyword)) continue;
        if (at >= 0 && at < bestAt) {
          bestAt = at;
          best = row.type();
        }
      }
    }
    return best;
  }

  /** Whether a heading names a section of a plan by a keyword of the table ("工作目标", "保障措施"), not by its topic. */
  static boolean names(String heading) {
    for (Row row : TABLE) {
      for (String keyword : row.keywords()) {
        int at = heading.indexOf(keyword);
        if (at >= 0 && (row.type() != SectionType.REVIEW || isSubject(heading, at, keyword))) return true;
      }
    }
    return false;
  }

  // "2024年工作回顾" yes; "着力解决存在的问题", "总结表彰先进" no
  private static boolean isSubject(String heading, int at, String keyword) {
    return REVIEW_BEFORE.matcher(heading.substring(0, at)).matches()
        && REVIEW_AFTER.matcher(heading.substring(at + keyword.length())).find();
  }
}
