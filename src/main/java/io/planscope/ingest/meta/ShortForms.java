package io.planscope.ingest.meta;

import java.util.Comparator;
import java.util.List;
import java.util.Set;

/**
 * Common short forms of place names, generated from the full names: a province keeps its first two characters
 * (three for 黑龙江 and 内蒙古); a city drops 市, 地区 or 盟, and an autonomous prefecture its ethnic suffix
 * (延边朝鲜族自治州 → 延边); an autonomous county or banner drops the same (长阳土家族自治县 → 长阳). Other counties get
 * none.
 *
 * <p>How to keep a short form that is an everyday word from matching: add it to {@link #STOP} with the phrase it
 * hides in, and that phrase to {@code RegionGazetteerTest.everydayPhrasesAreNotPlaces}.
 */
final class ShortForms {
  private static final Set<String> LONG_PROVINCE_SHORT_FORMS = Set.of("黑龙江", "内蒙古");
  // Short forms that read as ordinary words or are mostly political references ("延安精神", "遵义会议").
  static final Set<String> STOP =
      Set.of(
          "阿里", "北海", "来宾", "白银", "安康", "中山", "黄山", "大同", "大庆", "日照", "朝阳", "红河", "大理", "玉树",
          "普洱", "白山", "兴安", "延安", "遵义", "山南", "海东", "海西", "海北", "黄南", "三沙", "长治", "文山",
          "果洛", "互助", "大通", "民和", "长阳", "五峰", "城步", "江华", "通道", "新晃", "芷江", "靖州", "麻阳",
          // inside everyday phrases: 确保定期, 平安顺利, 沟通化解, 新乡村, 推广安全, 平安阳光, 传承德育, 和田径
          "保定", "安顺", "通化", "新乡", "广安", "安阳", "承德", "和田");
  // Ethnic groups as they appear in autonomous names, longest first so 土家族 wins over 土族.
  private static final List<String> ETHNIC =
      List.of(
              "蒙古族", "蒙古", "回族", "藏族", "维吾尔", "苗族", "彝族", "壮族", "布依族", "朝鲜族", "满族", "侗族",
              "瑶族", "白族", "土家族", "哈尼族", "哈萨克", "傣族", "黎族", "傈僳族", "佤族", "畲族", "拉祜族", "水族",
              "东乡族", "纳西族", "景颇族", "柯尔克孜", "土族", "达斡尔族", "仫佬族", "羌族", "布朗族", "撒拉族",
              "毛南族", "仡佬族", "锡伯族", "阿昌族", "普米族", "塔吉克", "怒族", "鄂温克族", "德昂族", "保安族",
              "裕固族", "京族", "独龙族", "鄂伦春", "赫哲族", "门巴族", "珞巴族", "基诺族", "各族")
          .stream()
          .sorted(Comparator.comparingInt(String::length).reversed())
          .toList();

  private ShortForms() {}

  /** The generated short form, or null; the gazetteer leaves out those in {@link #STOP}. */
  static String of(Place p) {
    String n = p.name();
    return switch (p.level()) {
      case PROVINCE -> n.substring(0, LONG_PROVINCE_SHORT_FORMS.contains(n.substring(0, 3)) ? 3 : 2);
      case CITY -> cityShortForm(n);
      default -> n.endsWith("自治县") || n.endsWith("自治旗") ? withoutEthnic(n.substring(0, n.length() - 3)) : null;
    };
  }

  private static String cityShortForm(String n) {
    String s;
    if (n.endsWith("自治州")) s = withoutEthnic(n.substring(0, n.length() - 3));
    else if (n.endsWith("地区")) s = n.substring(0, n.length() - 2);
    else if (n.endsWith("市") || n.endsWith("盟")) s = n.substring(0, n.length() - 1);
    else s = null;
    return s == null || s.length() < 2 ? null : s;
  }

  private static String withoutEthnic(String s) {
    boolean stripped = true;
    while (stripped) {
      stripped = false;
      for (String e : ETHNIC) {
        if (s.length() > e.length() + 1 && s.endsWith(e)) {
          s = s.substring(0, s.length() - e.length());
          stripped = true;
          break;
        }
      }
    }
    return s.length() < 2 ? null : s;
  }
}
