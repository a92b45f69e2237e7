package io.planscope.ingest.meta;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The issuer a notice's own heading names: "某市教育局关于印发《2099年教育工作要点》的通知" above the plan
 * "2099年教育工作要点". When the page keeps the plan's own heading as its title, the notice's heading is the only
 * line that says who issued it (a page often drops the signature under "印发给你们"). A notice forwarding another
 * body's plan (转发) names the forwarder, and never counts.
 */
final class NoticeHeading {
  // issuer, 关于?, the verb, the plan's name, 的通知: the issuer ends in what a body is called
  private static final Pattern HEADING =
      Pattern.compile(
          "^\\s*([^,，。;；:：《》]{2,40}?(?:局|厅|委|委员会|政府|办公室|办公厅))\\s*(?:关于)?(?:印发|下发|颁发|发布)"
              + "\\s*(.{4,80}?)\\s*的?通知\\s*$");
  // how far down the page a notice heading may stand: above the plan, never in a related-links list below it
  private static final int HEAD_LINES = 40;
  // an untitled plan takes a heading only near the top of the page
  private static final int UNTITLED_LINES = 8;

  private NoticeHeading() {}

  /**
   * The issuer of the first notice heading among the page's first lines that hands over this plan: one whose
   * plan name and the plan's title (normalized) contain each other; any near the top when the plan has no title.
   */
  static Optional<String> issuer(List<String> pageLines, String planTitle) {
    String title = bare(planTitle);
    int n = Math.min(pageLines.size(), title.isEmpty() ? UNTITLED_LINES : HEAD_LINES);
    for (int i = 0; i < n; i++) {
      String line = pageLines.get(i);
      if (line.indexOf("通知") < 0) continue;
      Matcher m = HEADING.matcher(line);
      if (!m.matches()) continue;
      String inner = bare(m.group(2));
      if (title.isEmpty() || inner.contains(title) || title.contains(inner)) return Optional.of(m.group(1).strip());
    }
    return Optional.empty();
  }

  // the plan's name without 《》, quotes and spaces, as notices and titles write it differently
  private static String bare(String text) {
    return text == null ? "" : text.replaceAll("[\\s《》“”\"]", "");
  }
}
