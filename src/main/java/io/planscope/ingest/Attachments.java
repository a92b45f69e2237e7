package io.planscope.ingest;

import java.util.List;
import java.util.regex.Pattern;

/**
 * The list of attachments under a plan or its notice: "附件：1.2099年重点工作任务分解表" / "2.2099年民生实事项目清单". Its
 * numbered lines are titles of other documents, not items of the plan, and the last item of the plan must not take
 * them as its text. Only document titles go (…表, …清单, …方案): an attachment's own content (a task table, the plan
 * the notice hands over) stays.
 */
final class Attachments {
  private static final String DOCUMENT = "(表|单|方案|办法|细则|计划|要点|意见|目录|名单|标准|指标|安排|制度|规划|通知|说明|模板|样表|汇编)";
  // "附件", "附件：", "附件1：某某表", "附件:1.某某分解表", "附件列表"
  private static final Pattern HEADER =
      Pattern.compile("^附\\s*件\\s*(列表|下载)?\\s*\\d{0,2}\\s*[:：]?\\s*(\\d{1,2}\\s*[.、]\\s*)?([^。；;]{2,50}" + DOCUMENT + "[》」”)]?)?\\s*$");
  // "2.某某项目清单", "3、某某名单"
  private static final Pattern ITEM = Pattern.compile("^\\d{1,2}\\s*[.、]\\s*[^。；;]{2,50}" + DOCUMENT + "[》」”)]?\\s*$");
  private static final int MAX = 60;

  private Attachments() {}

  /** Whether the line opens an attachment list. */
  static boolean isHeader(Line line) {
    return line.length() <= MAX && line.norm().startsWith("附") && HEADER.matcher(line.norm()).matches();
  }

  /** The end (exclusive) of the list whose header is at i: the header and the document titles below it. */
  static int end(List<Line> lines, int i) {
    int j = i + 1;
    while (j < lines.size() && lines.get(j).length() <= MAX && ITEM.matcher(lines.get(j).norm()).matches()) j++;
    return j;
  }
}
