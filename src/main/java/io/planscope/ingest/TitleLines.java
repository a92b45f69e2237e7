package io.planscope.ingest;

import java.util.regex.Pattern;

/** What a title line looks like: short, no sentence, and naming a kind of plan ("2023年教育工作要点"). */
final class TitleLines {
  private static final Pattern PLAN_WORD = Pattern.compile("计划|要点|方案|安排|打算|思路|规划|重点|意见|任务|部署");
  private static final Pattern SENTENCE = Pattern.compile("[。；;！!？?]");
  private static final int MAX_LENGTH = 50;

  private TitleLines() {}

  static boolean hasPlanWord(String norm) {
    return PLAN_WORD.matcher(norm).find();
  }

  static boolean isTitleLike(Line line) {
    String n = line.norm();
    return n.length() >= 4
        && n.length() <= MAX_LENGTH
        && hasPlanWord(n)
        && !SENTENCE.matcher(n).find()
        && Marker.parse(n) == null
        && !n.endsWith(":")
        && !n.endsWith("：");
  }

  /** The text compared when looking for a repeated title: no spaces, no brackets, no quotes. */
  static String key(String norm) {
    return norm.replaceAll("[\\s《》“”\"【】\\[\\]]", "");
  }
}
