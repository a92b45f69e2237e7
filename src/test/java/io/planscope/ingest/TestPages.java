package io.planscope.ingest;

/** Small made-up plans for tests (original wording, not taken from any site). */
final class TestPages {
  private TestPages() {}

  static final String PLAN_TITLE = "某县教育局2024年工作要点";

  /** A plan body of a few headings and items, as lines. */
  static final String PLAN_BODY =
      String.join(
          "\n",
          "2024年，全县教育系统以办好人民满意的教育为目标，扎实推进各项工作。",
          "一、指导思想",
          "坚持立德树人根本任务，推动教育优质均衡发展。",
          "二、主要任务",
          "（一）加强党的建设。落实全面从严治党责任，建强学校党组织。",
          "（二）推进优质均衡。新建小学一所，改扩建幼儿园两所。",
          "三、保障措施",
          "（一）加强组织领导。成立工作专班，定期调度进展。",
          "（二）强化经费保障。足额落实生均公用经费。");

  static String html(String body) {
    return "<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>" + PLAN_TITLE + "_某县人民政府</title></head>"
        + "<body><div class=\"nav\"><a href=\"/\">首页</a> <a href=\"/a\">政务公开</a></div>"
        + "<div class=\"TRS_Editor\">" + body + "</div></body></html>";
  }

  static String paragraphs(String text) {
    StringBuilder sb = new StringBuilder();
    for (String line : text.split("\n")) sb.append("<p>").append(line).append("</p>");
    return sb.toString();
  }
}
