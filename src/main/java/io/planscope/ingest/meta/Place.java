package io.planscope.ingest.meta;

import io.planscope.plan.Level;
import java.util.Set;

/**
 * One row of the gazetteer: a province, a city (prefecture) or a county (districts and county-level cities
 * included), with its code as in the source data: 2 digits for a province, 4 for a city, 6 for a county.
 *
 * @param code the code prefix, e.g. {@code 33}, {@code 3301}, {@code 330106}
 * @param name the full name, e.g. 浙江省, 杭州市, 西湖区
 * @param parentCode the parent's code; empty for a province
 */
public record Place(String code, String name, String parentCode) {
  /** City rows that are not cities: "市辖区" under a municipality, "省直辖县级行政区划" (e.g. 仙桃市's parent). */
  static final Set<String> PLACEHOLDERS = Set.of("市辖区", "县", "省直辖县级行政区划", "自治区直辖县级行政区划");

  /** The administrative level; county-level cities and districts are {@link Level#COUNTY}. */
  public Level level() {
    return switch (code.length()) {
      case 2 -> Level.PROVINCE;
      case 4 -> Level.CITY;
      default -> Level.COUNTY;
    };
  }

  /** Whether this is a placeholder row rather than a real city, e.g. 1101 市辖区. */
  public boolean placeholder() {
    return PLACEHOLDERS.contains(name);
  }

  /** The six-digit GB/T 2260 code, e.g. 330000 for 浙江省, 330100 for 杭州市. */
  public String gbCode() {
    return (code + "000000").substring(0, 6);
  }

  /** Whether this is a county-level city (寿光市, a former city's name such as 藁城市): county level, named 市. */
  public boolean countyLevelCity() {
    return level() == Level.COUNTY && name.endsWith("市");
  }

  /** Whether this is a municipality directly under the central government (北京, 天津, 上海, 重庆). */
  public boolean municipality() {
    return code.length() == 2 && name.endsWith("市");
  }
}
