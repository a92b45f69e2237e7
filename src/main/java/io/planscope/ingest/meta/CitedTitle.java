package io.planscope.ingest.meta;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The title a news lead gives the plan it reprints: "2月8日，《某部2099年工作要点》发布，具体内容有哪些？" names
 * "某部2099年工作要点". Only a cited title right before a verb of publication counts: "根据《某省教育规划》，…" cites
 * a superior's document, not the plan's own name.
 */
public final class CitedTitle {
  private static final int LINES = 2;
  private static final Pattern CITED =
      Pattern.compile("《([^《》]{4,50}?(?:计划|要点|方案|意见|安排|规划))》\\s*(?:正式)?(?:发布|印发|出台|公布|全文)");

  private CitedTitle() {}

  /** The title cited before 发布 (印发, 出台, 公布, 全文) in the first lines, or empty. */
  public static Optional<String> in(List<String> lines) {
    for (String line : lines.subList(0, Math.min(LINES, lines.size()))) {
      Matcher m = CITED.matcher(line);
      if (m.find()) return Optional.of(m.group(1));
    }
    return Optional.empty();
  }
}
