package io.planscope.ingest.meta;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What an untitled plan's opening says it is: "现将我局2098年工作完成情况以及2099年重点工作计划汇报如下" names
 * "我局2098年工作完成情况以及2099年重点工作计划", "特制定2099年教育工作要点如下" names "2099年教育工作要点", "特制订《某市学前教育行动计划(2099—2101年)》" names the
 * plan with its period. The
 * document describing itself stands in for the missing title when year and kind are read; a passing mention
 * ("完成十五五规划编制") is no such description.
 */
final class Preamble {
  private static final int LINES = 2;
  private static final String PLAN_WORD = "(?:计划|要点|方案|意见|安排|打算|思路)";
  // "(2099—2101年)" after the plan word: the plan's period, the year it starts
  private static final String PERIOD = "(?:\\(\\s*\\d{4}[^()]{0,12}\\))?";
  // "现将…汇报如下", "现将…印发给你们", "特制定…如下": the verb frames the document's own name
  private static final Pattern NAMING =
      Pattern.compile(
          "现将([^。；;]{4,80}?" + PLAN_WORD + ")[^。；;，,]{0,8}?(?:汇报|报告|通报|印发|下发|公布|安排)"
              + "|(?:特|现)制[定订](?:本|如下)?([^。；;，,]{2,40}?" + PLAN_WORD + PERIOD + ")");
  // "1、制定教师培训计划" is a measure, not the opening describing the document
  private static final Pattern NUMBERED = Pattern.compile("^\\s*(?:[(（]?[一二三四五六七八九十\\d]+[)）、.．])");

  private Preamble() {}

  /** The name the opening gives the plan, or empty when its first lines describe nothing. */
  static Optional<String> named(List<String> lines) {
    for (String line : lines.subList(0, Math.min(LINES, lines.size()))) {
      if (NUMBERED.matcher(line).find()) continue;
      Matcher m = NAMING.matcher(line);
      if (m.find()) return Optional.of(m.group(1) != null ? m.group(1) : m.group(2));
    }
    return Optional.empty();
  }
}
