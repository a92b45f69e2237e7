package io.planscope.ingest.meta;

import io.planscope.text.Fold;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The kind of plan from its title: 工作计划, 工作要点 or 工作方案 for a general plan, or a special plan named with its
 * subject ("学校安全工作计划" → 安全工作计划, "教师队伍建设实施方案", "教育数字化转型行动计划"). What is left of the
 * title after the issuer (places, masked names, bureau), years and generic words (年度, 重点, 学校) is the subject.
 */
final class PlanKind {
  private static final Pattern SUFFIX =
      Pattern.compile("(?:工作|实施|行动|发展|专项)?(?:计划|要点|方案|规划)");
  private static final Pattern STRIP =
      Pattern.compile(
          "关于印发|关于|印发|的通知|通知"
              + "|(?:19|20)\\d\\d(?:\\s*[-—–~至到]+\\s*(?:19|20)\\d\\d)?\\s*(?:学年度|学年|年度|年)?"
              + "|[一二三四五六七八九〇零○]{4}年度?|(?:19|20)[xX×]{2}\\s*年?|[xX×]{2}年|[xX×*○某]{1,3}[省市县区旗州]"
              // the bureau with the place before it, even a place the gazetteer lacks: "临河县教育局"
              + "|(?:\\p{IsHan}{0,8}?[省市县区州旗])?(?:教育和体育局|教育体育局|教体局|教育局|教育厅|教育委员会|教委|教育部)"
              + "|上半年|下半年|第[一二]学期|[上下]学期|春季学期|秋季学期|学期|本年度|年度|全年|重点|主要|[十][一二三四五]五"
              + "|[()（）《》“”\"\\s,，、:：.。·]");
  private static final Pattern GENERIC_PREFIX =
      Pattern.compile("^(?:全[省市县区]|[省市县区](?=教育)|教育系统|系统|中小学校?|各级各类学校|学校|局机关|机关)+");
  // what is left is only an unknown place and 教育: "雄安新区教育工作要点", "XX镇教育工作计划"
  private static final Pattern GENERIC_SUBJECT =
      Pattern.compile("(?:\\p{IsHan}{0,10}?(?:新区|开发区|市|县|区|旗|州|镇|乡))?(?:教育体育|教育|局|年|本)?");

  private PlanKind() {}

  /** The kind, or null when the title names no plan (no 计划, 要点, 方案 or 规划). */
  static String of(String title, RegionGazetteer gazetteer) {
    String norm = Fold.normalize(title == null ? "" : title);
    Matcher m = SUFFIX.matcher(norm);
    int start = -1;
    String suffix = null;
    while (m.find()) {
      start = m.start();
      suffix = m.group();
    }
    if (suffix == null) return null;
    String subject = subject(norm.substring(0, start), gazetteer);
    return GENERIC_SUBJECT.matcher(subject).matches() ? general(suffix) : subject + suffix;
  }

  private static String subject(String before, RegionGazetteer gazetteer) {
    StringBuilder s = new StringBuilder(before);
    List<RegionMention> mentions = gazetteer.mentions(before);
    for (int i = mentions.size() - 1; i >= 0; i--) {
      RegionMention r = mentions.get(i);
      if (!r.weak() || r.start() == 0) s.delete(r.start(), r.end());
    }
    String stripped = STRIP.matcher(s).replaceAll("");
    return GENERIC_PREFIX.matcher(stripped).replaceAll("");
  }

  private static String general(String suffix) {
    if (suffix.endsWith("要点")) return "工作要点";
    if (suffix.endsWith("方案")) return "工作方案";
    return "工作计划";
  }
}
