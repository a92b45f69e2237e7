package io.planscope.ingest;

import java.util.List;
import java.util.regex.Pattern;

/**
 * The names of a leading group: "组长：张某某", "副组长：李某 王某", "成员：各科室负责人" and lines of names below them.
 * They say who, not what to do, so they are no measures; the sentence that sets the group up ("成立以局长为组长的
 * 工作领导小组") is plan text and stays.
 */
final class GroupList {
  // "组长：", "副 组 长:", "成员：", "领导小组办公室主任：" — a role, a colon, then names
  private static final Pattern ROLE =
      Pattern.compile("^(常务副组长|副\\s*组\\s*长|组\\s*长|成\\s*员|组\\s*员|顾\\s*问|(领导小组)?办公室主任|办公室副主任|联\\s*络\\s*员|秘\\s*书\\s*长)\\s*[:：]");
  // "王某某 李某 张某某", "各股室负责人、各学校校长" — a line of names: short, no sentence
  private static final Pattern NAMES = Pattern.compile("^[\\p{IsHan}·\\s、,，()（）]{2,60}$");
  private static final int ROLE_MAX = 120;

  private GroupList() {}

  static boolean isRoleLine(String norm) {
    return norm.length() <= ROLE_MAX && norm.indexOf('。') < 0 && ROLE.matcher(norm).lookingAt();
  }

  // several names with separators between them; "工作要求" alone is a heading, not a name
  private static boolean isNames(String norm) {
    boolean separated = norm.indexOf(' ') > 0 || norm.indexOf('、') > 0 || norm.indexOf('，') > 0 || norm.indexOf(',') > 0;
    return separated && NAMES.matcher(norm).matches() && Marker.parse(norm) == null;
  }

  /** The end (exclusive) of the role and name lines from {@code i}. */
  static int end(List<Line> lines, int i) {
    int j = i + 1;
    while (j < lines.size()) {
      String norm = lines.get(j).norm();
      if (!isRoleLine(norm) && !isNames(norm)) break;
      j++;
    }
    return j;
  }
}
