package io.planscope.plan;

import java.util.List;

/**
 * The issuing body's name, one value for one issuer across years: 杭州市西湖区教育局, 昆山市教育局, 浙江省教育厅, 教育部.
 * It is read from the plan's region and body type, never from its title, so the spellings of titles do not split one
 * issuer in two: a county under its prefecture (a county-level city, 昆山市, stands alone), a city alone, a province
 * alone, the ministry by its name. A body without a known place has no issuer (a farm's 县教育局 is no one's).
 */
public final class Issuer {
  private Issuer() {}

  /** The issuer of a plan, or null when its body or its place is unknown. */
  public static String of(Plan plan) {
    return of(plan.region(), plan.bureau(), plan.level());
  }

  static String of(Region region, String bureau, Level level) {
    if (bureau == null || bureau.isBlank()) return null;
    if (region == null || (region.province() == null && region.city() == null && region.county() == null)) {
      return level == Level.NATIONAL ? bureau : null;
    }
    String above = region.city() != null ? region.city() : region.province();
    if (region.county() != null) {
      return (region.county().endsWith("市") || above == null ? "" : above) + region.county() + bureau;
    }
    return (region.city() != null ? region.city() : region.province()) + bureau;
  }

  /** "杭州市" + "西湖区教育局": a prefecture (市, 州, 盟) before a district or county (区, 县, 旗) and its body. */
  private static final java.util.regex.Pattern UNDER_PREFECTURE =
      java.util.regex.Pattern.compile("^.{2,7}?[市州盟](.{1,8}?[区县旗].+)$");

  /**
   * Shorter names the issuer is also known by: 西湖区教育局 for 杭州市西湖区教育局. An issuer filter finds either; the
   * facet counts the full name.
   */
  public static List<String> shortForms(String issuer) {
    java.util.regex.Matcher m = UNDER_PREFECTURE.matcher(issuer);
    return m.matches() ? List.of(m.group(1)) : List.of();
  }
}
