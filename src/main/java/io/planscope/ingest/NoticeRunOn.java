package io.planscope.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits a notice that lost its line breaks: "关于印发…的通知(某教〔2099〕3号)各县(区)教育局,局属各单位:现将《…》印发给你们,
 * 请遵照执行。 某市教育局 2099年1月8日某市…方案为落实…" (a document site's extract, a law mirror's abstract). The notice's
 * parts become lines of their own, where {@link NoticeWrapper} and the plan splitter know them: its title, its
 * addressees, its handover sentence, the issuer and the date it was signed on; what follows is the plan's text. Each
 * cut needs the part's own shape, so a line that only names bodies in passing ("各学校要做好以下工作:") stays whole.
 * Work per line is bounded: only its first {@link #REACH} chars are looked at.
 */
final class NoticeRunOn {
  private static final int MIN_LENGTH = 40;
  private static final int REACH = 400;
  private static final int MAX_ADDRESSEES = 120;
  private static final int MAX_SENTENCE = 200;
  // what ends a notice's title or its number before the addressees: "…的通知", "…的意见", "(某教〔2099〕3号)"
  private static final Pattern TITLE_END = Pattern.compile("(?:通知|意见|决定|的函|号\\)?|号\\s*\\))\\s*$");
  // "某市教育局 2099年1月8日": the issuer (optional) and the date a notice was signed on, then the plan's own text
  private static final Pattern SIGNED =
      Pattern.compile("^\\s*([\\p{IsHan}()]{2,30}?(?:局|厅|委|委员会|政府|办公室|办公厅))?\\s*((?:19|20)\\d{2}\\s*年\\s*\\d{1,2}\\s*月\\s*\\d{1,2}\\s*日)");

  private static final int MAX_REQUEST = 60;
  // "1、某教函209911号" before a notice's title: a page counter and a document number
  private static final Pattern LEAD = Pattern.compile("\\s*(?:\\d{1,3}\\s*[、.．]\\s*)?(\\p{IsHan}{1,10}?\\s*[(\\[〔【]?\\s*"
      + "(?:19|20)\\d{2}\\s*[)\\]〕】]?\\s*\\d{1,4}\\s*号)\\s*");
  // "某市名校长培养方案(2096-2099年)" before "为落实…": a heading up to its first plan word and its span of years
  private static final Pattern PLAN_HEAD = Pattern.compile(
      "[^。,，:：;；]{2,60}?(?:要点|计划|方案|意见|规划|安排)(?:\\s*[(（]\\s*(?:19|20)\\d{2}[^()（）]{0,16}[)）])?");

  private NoticeRunOn() {}

  private static boolean isRequest(String norm, int at) {
    while (at < norm.length() && Line.isSpace(norm.charAt(at))) at++;
    return norm.startsWith("请", at) || norm.startsWith("望", at) || norm.startsWith("希", at);
  }

  /** The line in its notice's parts, or the line alone when it holds no run-on notice. */
  static List<Line> split(Line line) {
    String norm = line.norm();
    if (norm.length() < MIN_LENGTH || norm.indexOf('各') < 0 || norm.indexOf(':') < 0 && norm.indexOf('：') < 0) {
      return List.of(line);
    }
    int colon = colon(norm);
    if (colon < 0) return List.of(line);
    int from = addresseesStart(norm, colon);
    if (from < 0) return List.of(line);
    List<Line> parts = new ArrayList<>(5);
    if (from > 0) titleParts(line.slice(0, from).strip(), parts);
    parts.add(line.slice(from, colon + 1).strip());
    afterAddressees(line.from(colon + 1).strip(), parts);
    parts.removeIf(p -> p.norm().isEmpty());
    return parts;
  }

  /**
   * The notice's title, with the document number ("某教函〔2099〕11号", brackets often lost in extracts) that a run-on
   * line puts before it on a line of its own, as the page had it. A document site's page counter before the number
   * ("1、") is dropped: kept, it would read as the plan's first numbered item.
   */
  private static void titleParts(Line title, List<Line> parts) {
    Matcher lead = LEAD.matcher(title.norm());
    if (lead.lookingAt() && lead.end() < title.length()) {
      parts.add(title.slice(lead.start(1), lead.end()).strip());
      title = title.from(lead.end()).strip();
    }
    parts.add(title);
  }

  private static int colon(String norm) {
    for (int i = 0; i < Math.min(norm.length() - 1, REACH); i++) {
      char c = norm.charAt(i);
      if (c == ':' || c == '：') return i;
      if (c == '。') return -1; // the text has begun before any addressee
    }
    return -1;
  }

  /**
   * Where the addressees ending at the colon begin: the line's start, or right after a notice's title or number
   * ("…的通知" + "各县区教育局,…:"); -1 when the words before the colon are no list of bodies.
   */
  private static int addresseesStart(String norm, int colon) {
    for (int s = Math.max(0, colon - MAX_ADDRESSEES); s < colon; s++) {
      if (norm.charAt(s) != '各') continue;
      if (s > 0 && !TITLE_END.matcher(norm.substring(0, s)).find()) continue;
      if (NoticeWrapper.isWrapperLine(norm.substring(s, colon + 1))) return s;
    }
    return -1;
  }

  /** The handover sentence, then the issuer and the signed date, each on a line of its own; the rest as it is. */
  private static void afterAddressees(Line rest, List<Line> parts) {
    int stop = rest.norm().indexOf('。');
    if (stop <= 0 || stop >= MAX_SENTENCE || !NoticeWrapper.isWrapperLine(rest.norm().substring(0, stop + 1))) {
      parts.add(rest);
      return;
    }
    // "…印发给你们。请结合实际认真抓好落实。": the notice's request goes with its handover
    int end = stop + 1;
    for (int next = rest.norm().indexOf('。', end); next > 0 && next - end <= MAX_REQUEST && isRequest(rest.norm(), end);
        next = rest.norm().indexOf('。', end)) {
      end = next + 1;
    }
    parts.add(rest.slice(0, end).strip());
    rest = rest.from(end).strip();
    // only after a handover: elsewhere a date opens a sentence of the plan ("2099年3月1日起,…")
    Matcher signed = SIGNED.matcher(rest.norm());
    if (signed.lookingAt() && signed.end() < rest.length()) {
      if (signed.group(1) != null) parts.add(rest.slice(signed.start(1), signed.end(1)).strip());
      parts.add(rest.slice(signed.start(2), signed.end(2)).strip());
      rest = rest.from(signed.end()).strip();
      // a signed notice is followed by the plan's own heading, here fused with its first sentence
      Matcher head = PLAN_HEAD.matcher(rest.norm());
      if (head.lookingAt() && head.end() < rest.length()) {
        parts.add(rest.slice(0, head.end()).strip());
        rest = rest.from(head.end()).strip();
      }
    }
    parts.add(rest);
  }
}
