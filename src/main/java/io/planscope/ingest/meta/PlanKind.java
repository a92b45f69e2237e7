package io.planscope.ingest.meta;

import io.planscope.text.Fold;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The kind of plan from its title, in a closed vocabulary so that {@code kind:} filters and facets stay a short list:
 *
 * <ul>
 *   <li>{@value #POINTS}: 要点, 重点 ("2024年工作要点", "2024年教育工作重点");
 *   <li>{@value #PLAN}: 计划, 打算, 思路, and every summary-plus-plan ("2024年工作总结及2025年工作计划", "…总结和2025年
 *       工作打算", "…总结暨2025年工作思路");
 *   <li>{@value #PROGRAMME}: 方案 ("2023年下半年工作方案");
 *   <li>{@value #IMPLEMENTATION}: 实施方案, 行动方案 ("教师队伍建设三年行动方案");
 *   <li>{@value #OPINIONS}: 意见 ("关于2024年全市教育工作的意见", "…工作意见");
 *   <li>{@value #ARRANGEMENTS}: 安排 ("2024年教育工作安排");
 *   <li>{@value #DEVELOPMENT}: 规划 ("十四五教育事业发展规划"): multi-year plans bureaus publish beside their yearly ones.
 * </ul>
 *
 * A plan's subject (安全, 德育, 教师队伍建设) is not a kind: it stays in the title, where search finds it. The word
 * that counts is the last one in the title ("关于印发2023年教育工作要点的通知" is 工作要点), so a subject that names a
 * plan word earlier ("学校安全计划落实工作要点") does not decide it.
 *
 * <p>How to add a kind: only when real plans are titled with it; add a row to {@link #WORDS}, a constant and a line
 * above, a case in {@code PlanKindTest}, and the README's kind list.
 */
final class PlanKind {
  static final String POINTS = "工作要点";
  static final String PLAN = "工作计划";
  static final String PROGRAMME = "工作方案";
  static final String IMPLEMENTATION = "实施方案";
  static final String OPINIONS = "工作意见";
  static final String ARRANGEMENTS = "工作安排";
  static final String DEVELOPMENT = "发展规划";

  /** A title word and the kind it gives; longer words first where one contains another (实施方案 before 方案). */
  private record Word(String word, String kind) {}

  private static final List<Word> WORDS =
      List.of(
          new Word("实施方案", IMPLEMENTATION),
          new Word("行动方案", IMPLEMENTATION),
          new Word("方案", PROGRAMME),
          new Word("要点", POINTS),
          new Word("重点", POINTS),
          new Word("计划", PLAN),
          new Word("打算", PLAN),
          new Word("思路", PLAN),
          new Word("意见", OPINIONS),
          new Word("安排", ARRANGEMENTS),
          new Word("规划", DEVELOPMENT));

  private static final Pattern ANY_WORD =
      Pattern.compile(String.join("|", WORDS.stream().map(Word::word).toList()));
  // "2024年工作要点(征求意见稿)": a draft note, not a plan word
  private static final Pattern DRAFT = Pattern.compile("征求意见稿|征求意见|意见稿");
  // "2024年工作总结及2025年工作计划": a look back before the plan word
  private static final Pattern SUMMARY = Pattern.compile("总结|回顾");

  private PlanKind() {}

  /** The kind, or null when the title names no plan ("2023年教育局工作总结"). */
  static String of(String title) {
    String norm = DRAFT.matcher(Fold.normalize(title == null ? "" : title)).replaceAll("");
    Matcher m = ANY_WORD.matcher(norm);
    String last = null;
    int at = -1;
    while (m.find()) {
      last = m.group();
      at = m.start();
    }
    if (last == null) return null;
    if (SUMMARY.matcher(norm.substring(0, at)).find()) return PLAN;
    return kindOf(last);
  }

  private static String kindOf(String word) {
    for (Word w : WORDS) {
      if (w.word().equals(word)) return w.kind();
    }
    throw new IllegalStateException("no kind for plan word '" + word + "'; add it to PlanKind.WORDS");
  }
}
