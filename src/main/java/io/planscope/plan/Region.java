package io.planscope.plan;

import java.util.ArrayList;
import java.util.List;

/**
 * Where a plan's bureau sits: province, city and county names as in GB/T 2260, and the code of the most specific
 * level known. Any part may be null: a ministry plan has none, a masked "XX市" plan has no names at all.
 */
public record Region(String province, String city, String county, String code) {
  public static final Region NONE = new Region(null, null, null, null);

  /** The known names from the top down, e.g. [浙江省, 杭州市, 西湖区]. */
  public List<String> names() {
    List<String> names = new ArrayList<>(3);
    if (province != null) names.add(province);
    if (city != null) names.add(city);
    if (county != null) names.add(county);
    return List.copyOf(names);
  }

  /** A readable label, e.g. "浙江省 › 杭州市 › 西湖区", or "" when nothing is known. */
  public String label() {
    return String.join(" › ", names());
  }
}
