package io.planscope.ingest.meta;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A title a library's text extraction fused with the body that follows it: "某市教育局六月份的工作安排局长主持召开
 * 办公会议，研究部署…" holds the title "某市教育局六月份的工作安排"; "某局工作要点范例2099年全局工作的总体要求是：…"
 * holds "某局工作要点范例". Only the opening of an untitled plan's first line is read, and only when a sentence
 * follows: "2099年教育工作要点如下" stays one sentence.
 */
public final class FusedTitle {
  // the head names a bureau, a time or a school and ends in a kind of plan, perhaps with a farm's 范文; no stop,
  // comma or colon inside it ("为做好2099年工作，特制定工作计划…" is a sentence, not a title)
  private static final Pattern HEAD =
      Pattern.compile(
          "^([^，,。；;：:、()（）\\s]{2,30}?(?:计划|要点|安排|方案|规划|打算|思路)(?:范文|范例|模板)?)"
              + "(?!如下|的|和|及|与|暨|是|要|中|里|[，,。；;：:、\\s])(.+)$");
  // "为…", "根据…", "现将…": a head that opens with a verb starts a sentence
  private static final Pattern VERB_START = Pattern.compile("^(为|根据|按照|现将|特|制定|做好|加强|认真|围绕|结合|以|在)");
  private static final Pattern NAMES_OWNER = Pattern.compile("局|厅|委|教育|学校|年|月|季度");
  private static final Pattern SENTENCE = Pattern.compile("[，,。；;：:]");
  private static final int MIN_BODY = 12;

  private FusedTitle() {}

  /** The title at the start of a first line that runs on into a sentence, or empty when the line is no such. */
  public static Optional<String> head(String line) {
    Matcher m = HEAD.matcher(line.strip());
    if (!m.matches()) return Optional.empty();
    String head = m.group(1);
    String rest = m.group(2);
    if (VERB_START.matcher(head).find() || !NAMES_OWNER.matcher(head).find()) return Optional.empty();
    if (rest.length() < MIN_BODY || !SENTENCE.matcher(rest).find()) return Optional.empty();
    return Optional.of(head);
  }
}
