package io.planscope.ingest.meta;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The province a provincial document's number names: "某府〔2099〕4号" atop the page is the 某 province government's
 * file. Only a line that is the number alone counts (a number cited in the body, "（国发〔2099〕19号）", names
 * another body's file), and only the one-character abbreviations no city shares (宁, 青, 新 and 蒙 are left out: 宁
 * is also 南京's, 青 青岛's).
 */
final class DocumentNumber {
  private static final int HEAD_LINES = 5;
  // "粤府〔2099〕4号", "浙教发[2099]12号", "苏政办发(2099)3号" (normalized: 〔〕 fold to ())
  private static final Pattern NUMBER =
      Pattern.compile("^\\s*(\\p{IsHan})(?:府|政|教|委)\\p{IsHan}{0,3}\\s*[(\\[〔【]\\s*\\d{4}\\s*[)\\]〕】]\\s*\\d{1,4}\\s*号\\s*$");
  private static final Map<Character, String> PROVINCES =
      Map.ofEntries(
          Map.entry('京', "北京市"), Map.entry('津', "天津市"), Map.entry('沪', "上海市"), Map.entry('渝', "重庆市"),
          Map.entry('冀', "河北省"), Map.entry('晋', "山西省"), Map.entry('辽', "辽宁省"), Map.entry('吉', "吉林省"),
          Map.entry('黑', "黑龙江省"), Map.entry('苏', "江苏省"), Map.entry('浙', "浙江省"), Map.entry('皖', "安徽省"),
          Map.entry('闽', "福建省"), Map.entry('赣', "江西省"), Map.entry('鲁', "山东省"), Map.entry('豫', "河南省"),
          Map.entry('鄂', "湖北省"), Map.entry('湘', "湖南省"), Map.entry('粤', "广东省"), Map.entry('桂', "广西壮族自治区"),
          Map.entry('琼', "海南省"), Map.entry('川', "四川省"), Map.entry('贵', "贵州省"), Map.entry('黔', "贵州省"),
          Map.entry('云', "云南省"), Map.entry('滇', "云南省"), Map.entry('藏', "西藏自治区"), Map.entry('陕', "陕西省"),
          Map.entry('甘', "甘肃省"));

  private DocumentNumber() {}

  /** The province whose abbreviation opens a document number among the page's first lines (normalized). */
  static Optional<String> province(List<String> pageLines) {
    for (String line : pageLines.subList(0, Math.min(HEAD_LINES, pageLines.size()))) {
      Matcher m = NUMBER.matcher(line);
      if (m.matches() && PROVINCES.containsKey(m.group(1).charAt(0))) return Optional.of(PROVINCES.get(m.group(1).charAt(0)));
    }
    return Optional.empty();
  }
}
