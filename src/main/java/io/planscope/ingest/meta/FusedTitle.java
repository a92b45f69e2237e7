package io.planscope.ingest.meta;

import io.planscope.text.Fold;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A title a library's text extraction fused with the body that follows it: "某市教育局六月份的工作安排局长主持召开
 * 办公会议，研究部署…" holds the title "某市教育局六月份的工作安排"; "某局工作要点范例2099年全局工作的总体要求是：…"
 * holds "某局工作要点范例". Only the opening of an untitled plan's first line is read, and only when a sentence
 * follows: "2099年教育工作要点如下" stays one sentence. A library's page counter ("1、") and a document number
 * ("某教发〔2099〕3号") before the title are passed over; a notice fused with its addressees and handover
 * ("…关于印发某某方案的通知各学校：现将…印发给你们。某局 2099年1月8日某某方案为落实…") gives the plan's own heading
 * after the signature date, else the notice's title (which {@link TitleCleaner} unwraps). Rules match the normalized
 * line (traditional pages too); the title is returned as written.
 */
public final class FusedTitle {
  // the head names a bureau, a time or a school and ends in a kind of plan, perhaps with a farm's 范文 or the plan's
  // period ("(2099-2101年)"); no stop, comma or colon inside it ("为做好2099年工作，特制定工作计划…" is a sentence)
  private static final Pattern HEAD =
      Pattern.compile(
          "^([^，,。；;：:、()（）\\s]{2,30}?(?:计划|要点|安排|方案|规划|打算|思路)(?:范文|范例|模板)?"
              + "(?:\\(\\s*\\d{4}\\s*[-—–至]+\\s*\\d{4}\\s*年?\\))?)"
              + "(?!如下|的|和|及|与|暨|是|要|中|里|[，,。；;：:、\\s])(.+)$");
  // "为…", "根据…", "现将…": a head that opens with a verb starts a sentence
  private static final Pattern VERB_START = Pattern.compile("^(为|根据|按照|现将|特|制定|做好|加强|认真|围绕|结合|以|在)");
  private static final Pattern NAMES_OWNER = Pattern.compile("局|厅|委|教育|学校|年|月|季度");
  private static final Pattern SENTENCE = Pattern.compile("[，,。；;：:]");
  // "1、", "12、": a library's page counter; "滨教函202011号", "某教发(2099)3号": a notice's number (〔〕 fold to ())
  private static final Pattern LEAD =
      Pattern.compile("^\\s*(?:\\d{1,3}\\s*、\\s*)?(?:[\\p{IsHan}]{1,8}\\s*(?:\\(\\s*\\d{4}\\s*\\)|\\d{4})\\s*\\d{1,4}\\s*号\\s*)?");
  // "某市教育局关于印发某某方案的通知" and what follows it on the line
  private static final Pattern NOTICE =
      Pattern.compile("^([^。；;，,：:《》]{0,40}?关于(?:印发|转发|下发)[^。；;：:]{4,80}?的通知)(?=.{12})");
  // the signature's date, then the plan's own heading: "…印发给你们。某局 2099年1月8日某某方案为落实…"
  private static final Pattern SIGNED = Pattern.compile("(?:19|20)\\d{2}\\s*年\\s*\\d{1,2}\\s*月\\s*\\d{1,2}\\s*日\\s*");
  private static final int SIGNATURE_WITHIN = 600;
  private static final int MIN_BODY = 12;

  private FusedTitle() {}

  /** The title at the start of a first line that runs on into a sentence, or empty when the line is no such. */
  public static Optional<String> head(String line) {
    String norm = Fold.normalize(line);
    Matcher lead = LEAD.matcher(norm);
    int start = lead.lookingAt() ? lead.end() : 0;
    Matcher notice = NOTICE.matcher(norm).region(start, norm.length());
    if (notice.lookingAt()) {
      return afterSignature(line, norm, notice.end()).or(() -> Optional.of(line.substring(start, notice.end())));
    }
    return headAt(line, norm, start);
  }

  // the plan's own heading right after the notice's signature date, within the notice's usual length
  private static Optional<String> afterSignature(String line, String norm, int from) {
    Matcher date = SIGNED.matcher(norm).region(from, Math.min(norm.length(), from + SIGNATURE_WITHIN));
    return date.find() ? headAt(line, norm, date.end()) : Optional.empty();
  }

  private static Optional<String> headAt(String line, String norm, int start) {
    Matcher m = HEAD.matcher(norm).region(start, norm.length());
    if (!m.matches()) return Optional.empty();
    String head = m.group(1);
    String rest = m.group(2);
    if (VERB_START.matcher(head).find() || !NAMES_OWNER.matcher(head).find()) return Optional.empty();
    if (rest.length() < MIN_BODY || !SENTENCE.matcher(rest).find()) return Optional.empty();
    return Optional.of(line.substring(m.start(1), m.end(1)));
  }
}
