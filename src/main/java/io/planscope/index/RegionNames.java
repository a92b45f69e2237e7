package io.planscope.index;

import io.planscope.plan.Region;
import io.planscope.text.Fold;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** The forms a region name is found by: the full name and its short form without the administrative suffix. */
public final class RegionNames {
  // Longest first: "广西壮族自治区" → "广西", "西湖区" → "西湖".
  private static final String[] SUFFIXES = {
    "维吾尔自治区", "壮族自治区", "回族自治区", "特别行政区", "自治区", "自治州", "自治县", "地区", "新区",
    "省", "市", "区", "县", "州", "盟", "旗"
  };

  private RegionNames() {}

  /** Full and short forms, folded to simplified; the short form only when it keeps two chars or more. */
  public static Set<String> forms(String name) {
    Set<String> forms = new LinkedHashSet<>();
    String full = Fold.toSimplified(name.strip());
    if (full.isEmpty()) return forms;
    forms.add(full);
    String shortForm = shorten(full);
    if (shortForm.length() >= 2) forms.add(shortForm);
    return forms;
  }

  /** The name without its administrative suffix ("浙江省" → "浙江"); the name itself when it has none. */
  public static String shorten(String name) {
    String s = name;
    for (String suffix : SUFFIXES) {
      if (s.endsWith(suffix) && s.length() > suffix.length()) {
        s = s.substring(0, s.length() - suffix.length());
        break;
      }
    }
    return s;
  }

  /** The facet path province › city › county, stopping at the first unknown level; ["unknown"] when none. */
  public static List<String> facetPath(Region region) {
    List<String> path = new ArrayList<>(3);
    for (String name : new String[] {region.province(), region.city(), region.county()}) {
      if (name == null || name.isBlank()) break;
      path.add(name);
    }
    if (path.isEmpty()) path.add(Dimension.UNKNOWN);
    return path;
  }
}
