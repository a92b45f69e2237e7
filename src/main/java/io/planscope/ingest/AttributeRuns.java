package io.planscope.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A law database's article-attribute block run into one line with the text around it, as its pages read once the
 * markup is gone: "某市人民政府关于…的意见(试行)文章属性•【制定机关】某市人民政府•【公布日期】2099.02.01•【字号】某政函[2099]3号
 * •【施行日期】2099.02.01•【效力等级】地方规范性文件•【时效性】现行有效•【主题分类】基础教育正文某市人民政府关于…". The block
 * is split off as a line of its own, which {@link #isBlock} then names as attributes; the title before it and the text
 * after its "正文" stay. The block's fields are read for metadata from the page's lines, before any repair.
 *
 * <p>A block is at least {@link #MIN_FIELDS} fields "【label】value" in a row, one of whose labels an attribute block
 * always has (制定机关, 公布日期, 效力等级…): a plan's own 【】 headings ("【工作目标】…") never make one.
 */
final class AttributeRuns {
  static final String REASON = "article attributes (文章属性)";
  private static final int MIN_FIELDS = 2;
  private static final int MAX_BLOCK = 600;
  private static final int LAST_VALUE_MAX = 40;
  // "•【制定机关】某市人民政府", "【主题分类】基础教育正文" — one field; its value stops at the next field or bullet
  private static final Pattern FIELD = Pattern.compile("[•·\\s]*【\\s*(\\p{IsHan}{2,6})\\s*】([^【•·]{0,80})");
  private static final Pattern KNOWN =
      Pattern.compile("制定机关|发文机关|发布机关|公布日期|发布日期|施行日期|实施日期|成文日期|效力等级|效力级别|时效性|主题分类|发文字号|字号|文号|索引号|发布部门");
  private static final String HEADER = "文章属性";
  private static final String TEXT_MARK = "正文";

  private AttributeRuns() {}

  /** The line split before and after an attribute block run into it; the line itself when it holds none. */
  static List<Line> split(Line line) {
    String norm = line.norm();
    if (norm.indexOf('【') < 0 || norm.indexOf('】') < 0) return List.of(line);
    Matcher m = FIELD.matcher(norm);
    int start = -1;
    int end = -1;
    int lastValue = -1;
    int fields = 0;
    boolean known = false;
    while (m.find()) {
      if (fields > 0 && m.start() != end) break; // the run ended: text between two fields
      if (fields == 0) start = m.start();
      fields++;
      known |= KNOWN.matcher(m.group(1)).matches();
      end = m.end();
      lastValue = m.start(2);
      if (m.group(2).contains(TEXT_MARK)) break;
    }
    if (fields < MIN_FIELDS || !known || end - start > MAX_BLOCK) return List.of(line);
    int headerAt = norm.lastIndexOf(HEADER, start);
    if (headerAt >= 0 && norm.substring(headerAt + HEADER.length(), start).isBlank()) start = headerAt;
    int textAt = norm.indexOf(TEXT_MARK, lastValue);
    if (textAt >= 0 && textAt < end) return pieces(line, start, textAt, textAt + TEXT_MARK.length());
    // no "正文": the last value may run on into the text, so only a short one ends the block
    if (end - lastValue > LAST_VALUE_MAX) return List.of(line);
    return pieces(line, start, end, end);
  }

  private static List<Line> pieces(Line line, int start, int blockEnd, int restStart) {
    List<Line> out = new ArrayList<>(3);
    for (Line piece : List.of(line.slice(0, start), line.slice(start, blockEnd), line.from(restStart))) {
      Line p = piece.strip();
      if (!p.norm().isEmpty()) out.add(p);
    }
    return out;
  }

  /** A line that is an attribute block: "文章属性…", or two or more known fields "【label】value" and nothing else. */
  static boolean isBlock(String norm) {
    if (norm.length() > MAX_BLOCK || norm.indexOf('【') < 0) return false;
    if (norm.startsWith(HEADER) && norm.indexOf('【') >= 0) return true;
    Matcher m = FIELD.matcher(norm);
    int fields = 0;
    int end = 0;
    boolean known = false;
    while (m.find()) {
      if (m.start() != end) return false;
      fields++;
      known |= KNOWN.matcher(m.group(1)).matches();
      end = m.end();
    }
    return fields >= MIN_FIELDS && known && end == norm.length();
  }
}
