package io.planscope.ingest.meta;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How a province's own plan names its province without the full name: the one-character abbreviation of a leader's
 * visit ("来陕考察", "来川视察重要讲话精神"), the visit or instructions with the name ("考察调研山西重要指示", "对四川工作
 * 系列重要指示"), and the province's nickname before 教育 ("龙江教育现代化", "八闽教育"). These phrases are the
 * province's own: a city or county plan quoting them says nothing of which city or county it is.
 */
final class ProvinceWords {
  /** One-character abbreviations no city shares (宁, 青, 新 and 蒙 are left out: 宁 is also 南京's, 青 青岛's). */
  static final Map<Character, String> ABBREVIATIONS =
      Map.ofEntries(
          Map.entry('京', "北京市"), Map.entry('津', "天津市"), Map.entry('沪', "上海市"), Map.entry('渝', "重庆市"),
          Map.entry('冀', "河北省"), Map.entry('晋', "山西省"), Map.entry('辽', "辽宁省"), Map.entry('吉', "吉林省"),
          Map.entry('黑', "黑龙江省"), Map.entry('苏', "江苏省"), Map.entry('浙', "浙江省"), Map.entry('皖', "安徽省"),
          Map.entry('闽', "福建省"), Map.entry('赣', "江西省"), Map.entry('鲁', "山东省"), Map.entry('豫', "河南省"),
          Map.entry('鄂', "湖北省"), Map.entry('湘', "湖南省"), Map.entry('粤', "广东省"), Map.entry('桂', "广西壮族自治区"),
          Map.entry('琼', "海南省"), Map.entry('川', "四川省"), Map.entry('贵', "贵州省"), Map.entry('黔', "贵州省"),
          Map.entry('云', "云南省"), Map.entry('滇', "云南省"), Map.entry('藏', "西藏自治区"), Map.entry('陕', "陕西省"),
          Map.entry('甘', "甘肃省"));
  // the names a province calls itself by in its own plans ("服务龙江振兴", "三秦大地"); each means one province only
  private static final Map<String, String> NICKNAMES =
      Map.ofEntries(
          Map.entry("龙江", "黑龙江省"), Map.entry("三秦", "陕西省"), Map.entry("八闽", "福建省"), Map.entry("齐鲁", "山东省"),
          Map.entry("三晋", "山西省"), Map.entry("荆楚", "湖北省"), Map.entry("三湘", "湖南省"), Map.entry("燕赵", "河北省"),
          Map.entry("八桂", "广西壮族自治区"), Map.entry("巴蜀", "四川省"), Map.entry("陇原", "甘肃省"));
  // "来陕考察", "来川视察": a leader's visit to the province the plan is written in
  private static final Pattern VISIT = Pattern.compile("来(\\p{IsHan})(?:考察|视察)");
  // "考察调研山西", "视察江苏", "对四川工作": the visit or instructions right before the province's name
  private static final String[] BEFORE_NAME = {"考察", "视察", "调研", "对"};

  private ProvinceWords() {}

  /** The provinces a leader's visit names by abbreviation ("来陕考察" → 陕西省), in text order. */
  static List<Visit> visits(String text) {
    List<Visit> out = new ArrayList<>();
    Matcher m = VISIT.matcher(text);
    while (m.find()) {
      String province = ABBREVIATIONS.get(m.group(1).charAt(0));
      if (province != null) out.add(new Visit(m.start(1), m.end(1), province));
    }
    return out;
  }

  /** A province named by abbreviation at {@code [start, end)}. */
  record Visit(int start, int end, String province) {}

  /** Whether a province name at {@code start} follows a visit or instructions ("考察调研|山西", "对|四川工作"). */
  static boolean visited(String text, int start, int end) {
    for (String before : BEFORE_NAME) {
      if (!text.startsWith(before, start - before.length())) continue;
      return !before.equals("对") || text.startsWith("工作", end);
    }
    return false;
  }

  /** The province a nickname means ("龙江" → 黑龙江省), or null. */
  static String nickname(String word) {
    return NICKNAMES.get(word);
  }
}
