package io.planscope.ingest.meta;

import io.planscope.plan.Level;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Education bureau names in text, normalized to the five kinds PlanScope reports: 教育局 (also 教育科技局, 教科局),
 * 教育体育局 (also 教体局, 教育和体育局, 教科体局, 教文体局), 教育厅, 教委 (also 教育委员会) and 教育部. "教育部门"
 * (education departments) is not 教育部.
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

  // longest first; every name starts with 教, so the scan only tries where a 教 is
  private static final List<String> NAMES =
      List.of(
          "教育和科学技术局", "教育科学技术局", "教育科技体育局", "教育文化体育局", "教育和体育局", "教育体育局", "教育委员会",
          "教育科技局", "教育文体局", "教科体局", "教文体局", "教体局", "教科局", "教育局", "教育厅", "教委", "教育部");

  // the area's education as a whole, after its name: "青岛市教育工作坚持…"
  private static final Pattern OWN_EDUCATION = Pattern.compile("教育(?:工作|系统|事业)");

  private Bureau() {}

  /** Every bureau name in the text, in order. */
  static List<Found> all(String text) {
    List<Found> out = new ArrayList<>();
    for (int i = text.indexOf('教'); i >= 0; i = text.indexOf('教', i + 1)) {
      String name = nameAt(text, i);
      if (name == null) continue;
      out.add(new Found(normalize(name), i, i + name.length()));
      i += name.length() - 1;
    }
    return List.copyOf(out);
  }

  private static String nameAt(String text, int i) {
    for (String n : NAMES) {
      if (!text.startsWith(n, i)) continue;
      // "教育部门" (education departments) and "教育部署" are not the ministry
      int after = i + n.length();
      boolean notMinistry = n.equals(MINISTRY) && after < text.length() && "门署".indexOf(text.charAt(after)) >= 0;
      return notMinistry ? null : n;
    }
    return null;
  }

  /** The normalized kind of a bureau name as written. */
  static String normalize(String written) {
    return switch (written) {
      // a county's bureau that also runs sports (and culture or science): "县教科体局", "区教文体局"
      case "教育和体育局", "教育体育局", "教体局", "教育科技体育局", "教育文化体育局", "教育文体局", "教科体局", "教文体局" ->
          EDUCATION_SPORTS_BUREAU;
      case "教育委员会", "教委" -> COMMISSION;
      case "教育厅" -> DEPARTMENT;
      case "教育部" -> MINISTRY;
      default -> EDUCATION_BUREAU;
    };
  }

  /** Whether a bureau name proper ("教育局", not just "教育") starts at {@code at}. */
  static boolean nameStartsAt(String text, int at) {
    return text.startsWith("教", at) && nameAt(text, at) != null;
  }

  /**
   * Whether the issuer's own name can end right before {@code at}: a bureau name, 人民政府, or the area's education
   * as a whole ("青岛市教育工作", "全市教育系统", "某县教育事业"), but not another body ("某省教育学会征文").
   */
  static boolean startsAt(String text, int at) {
    if (at >= text.length()) return false;
    return nameStartsAt(text, at)
        || text.startsWith("人民政府", at)
        || text.startsWith("政府", at)
        || OWN_EDUCATION.matcher(text).region(at, text.length()).lookingAt();
  }

}
