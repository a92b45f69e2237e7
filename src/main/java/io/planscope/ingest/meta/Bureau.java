package io.planscope.ingest.meta;

import io.planscope.plan.Level;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Education bureau names in text, normalized to the five kinds PlanScope reports: 教育局, 教育体育局 (also 教体局,
 * 教育和体育局), 教育厅, 教委 (also 教育委员会) and 教育部. "教育部门" (education departments) is not 教育部.
 */
final class Bureau {
  static final String EDUCATION_BUREAU = "教育局";
  static final String EDUCATION_SPORTS_BUREAU = "教育体育局";
  static final String DEPARTMENT = "教育厅";
  static final String COMMISSION = "教委";
  static final String MINISTRY = "教育部";

  /** One bureau name at {@code [start, end)}, normalized to {@code name}. */
  record Found(String name, int start, int end) {
    /** The level this name implies by itself: 教育部 national, 教育厅 province, otherwise null. */
    Level impliedLevel() {
      return switch (name) {
        case MINISTRY -> Level.NATIONAL;
        case DEPARTMENT -> Level.PROVINCE;
        default -> null;
      };
    }
  }

  private static final Pattern NAMES =
      Pattern.compile(
          "教育和体育局|教育体育局|教体局|教育和科学技术局|教育科学技术局|教育科技局|教育局|教育厅|教育委员会|教委|教育部(?![门署])");

  private Bureau() {}

  /** Every bureau name in the text, in order. */
  static List<Found> all(String text) {
    List<Found> out = new ArrayList<>();
    Matcher m = NAMES.matcher(text);
    while (m.find()) out.add(new Found(normalize(m.group()), m.start(), m.end()));
    return List.copyOf(out);
  }

  /** The normalized kind of a bureau name as written. */
  static String normalize(String written) {
    return switch (written) {
      case "教育和体育局", "教育体育局", "教体局" -> EDUCATION_SPORTS_BUREAU;
      case "教育委员会", "教委" -> COMMISSION;
      case "教育厅" -> DEPARTMENT;
      case "教育部" -> MINISTRY;
      default -> EDUCATION_BUREAU;
    };
  }

  /** Whether a bureau name (or 人民政府, or the word 教育 opening a phrase) starts at {@code at}. */
  static boolean startsAt(String text, int at) {
    if (at >= text.length()) return false;
    return text.startsWith("教", at) || text.startsWith("人民政府", at) || text.startsWith("政府", at);
  }
}
