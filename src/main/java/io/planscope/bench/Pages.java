package io.planscope.bench;

import java.util.List;

/** Renders generated plans as pages: a bureau site's article page, a plain-text file, or a content-farm compilation. */
final class Pages {
  private static final String[] PIAN = {"一", "二", "三", "四", "五"};

  private Pages() {}

  static String html(CorpusGenerator.GenPlan p, String charset) {
    StringBuilder sb = new StringBuilder();
    sb.append("<!DOCTYPE html>\n<html lang=\"zh-CN\">\n<head>\n<meta charset=\"").append(charset).append("\">\n<title>")
        .append(p.title()).append('_').append(p.bureau().name()).append("网站</title>\n</head>\n<body>\n")
        .append("<div class=\"topbar\">欢迎访问").append(p.bureau().name()).append("网站 <a href=\"/wza/\">无障碍浏览</a></div>\n")
        .append("<nav><a href=\"/\">首页</a> <a href=\"/zwgk/\">政务公开</a> <a href=\"/jyxw/\">教育新闻</a></nav>\n")
        .append("<div class=\"crumb\">当前位置：<a href=\"/\">首页</a> &gt; <a href=\"/zwgk/jhzj/\">计划总结</a></div>\n")
        .append("<div class=\"article\">\n<h1>").append(p.title()).append("</h1>\n<div class=\"info\">发布时间：")
        .append(p.date()).append("　　来源：").append(p.bureau().name()).append("</div>\n<div class=\"content\">\n");
    for (String line : body(p)) sb.append("<p>").append(line).append("</p>\n");
    sb.append("</div>\n</div>\n<div class=\"footer\">版权所有：").append(p.bureau().name())
        .append("　地址：人民路1号　ICP备案号：00000000号</div>\n</body>\n</html>\n");
    return sb.toString();
  }

  static String text(CorpusGenerator.GenPlan p) {
    StringBuilder sb = new StringBuilder(p.title()).append("\n\n");
    for (String line : body(p)) sb.append(line).append("\n\n");
    return sb.toString();
  }

  static String farm(List<CorpusGenerator.GenPlan> plans) {
    StringBuilder sb = new StringBuilder("<!DOCTYPE html>\n<html>\n<head>\n<meta charset=\"utf-8\">\n<title>教育局工作计划（精选")
        .append(PIAN[plans.size() - 1]).append("篇）_范文网</title>\n</head>\n<body>\n")
        .append("<div class=\"nav\">范文网 &gt; 工作计划 &gt; 教育工作计划</div>\n<div class=\"article\">\n<h1>教育局工作计划（精选")
        .append(PIAN[plans.size() - 1]).append("篇）</h1>\n<p>时间过得真快，新的一年又要开始了。下面是小编为大家收集的教育局工作计划，希望对大家有所帮助。</p>\n");
    for (int i = 0; i < plans.size(); i++) {
      CorpusGenerator.GenPlan p = plans.get(i);
      sb.append("<h2>【篇").append(PIAN[i]).append("】").append(p.title()).append("</h2>\n");
      for (String line : body(p)) sb.append("<p>").append(line).append("</p>\n");
    }
    sb.append("</div>\n<div class=\"related\">相关推荐：<a href=\"/a/1.html\">学校工作计划</a></div>\n</body>\n</html>\n");
    return sb.toString();
  }

  /**
   * The plan's paragraphs: preamble, then "一、heading" and "（一）measure" lines; a plan without section headings (as
   * some real plans are, a flat list of measures) numbers its measures "1．", "2．" ….
   */
  static List<String> body(CorpusGenerator.GenPlan p) {
    List<String> lines = new java.util.ArrayList<>();
    if (headless(p.body())) {
      int n = 0;
      for (MeasurePool.Section s : p.body().sections()) for (String m : s.measures()) lines.add(++n + "．" + m);
      return lines;
    }
    int top = 0;
    for (MeasurePool.Section s : p.body().sections()) {
      if (s.heading().isEmpty()) {
        lines.addAll(s.measures());
        continue;
      }
      lines.add(CorpusGenerator.numeral(top++) + "、" + s.heading());
      for (int i = 0; i < s.measures().size(); i++) lines.add("（" + CorpusGenerator.numeral(i) + "）" + s.measures().get(i));
    }
    return lines;
  }

  /** Whether a plan's outline has no section heading at all: its measures are one flat list. */
  static boolean headless(MeasurePool.Skeleton plan) {
    return plan.sections().stream().allMatch(s -> s.heading().isEmpty());
  }
}
