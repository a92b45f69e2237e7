package io.planscope.ingest.meta;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The body that signed the notice handing a plan over: "现将《2099年教育督导工作要点》印发给你们，请…贯彻执行。" then,
 * a line or two below, "某市人民政府教育督导室" and the date. The signer issued the plan, so it names the plan's place
 * when the plan's own title does not ("2099年教育督导工作要点"). A notice that forwards another body's plan (转发) is
 * signed by the forwarder, and never counts.
 */
final class NoticeSigner {
  // "印发给你们", "印发给各单位", "现印发你们"
  private static final Pattern HANDS_OVER = Pattern.compile("印发(?:给|你们)");
  // what may stand between the hand-over and the signature: blank lines, "附件：…", "(此件公开发布)"
  private static final Pattern BETWEEN = Pattern.compile("^\\s*$|^\\s*附件|^\\s*[(（]此件");
  // a body's name, short and without a clause: "某省教育厅", "中共某县委教育工委 某县教育局", "某市人民政府教育督导室"
  private static final Pattern SIGNER =
      Pattern.compile("^[^,，。;；:：、《》]{2,40}?(?:局|厅|委|委员会|政府|办公室|督导室|研究所|研究院|中心)\\s*$");
  private static final int LOOK_BELOW = 4;
  // a page read as one run-on line: "…印发给你们。各单位要…贡献。某县教育局 2099 年 3 月 30 日 - 2 -2099 年…", the
  // signer right after a sentence and right before the date
  private static final Pattern SIGNED_INLINE =
      Pattern.compile(
          "[。!！]\\s*([^,，。;；:：、《》\\s]{2,30}?(?:局|厅|委|委员会|政府|办公室|督导室|研究所|研究院|中心))"
              + "\\s*(?:(?:19|20)\\d{2}\\s*年|[二〇零○][〇零○一二三四五六七八九]{3}年)");
  private static final int INLINE_WINDOW = 300;

  private NoticeSigner() {}

  /** The signer of the first notice on the page that hands a plan over (normalized lines in); empty if none. */
  static Optional<String> of(List<String> pageLines) {
    for (int i = 0; i < pageLines.size(); i++) {
      String line = pageLines.get(i);
      if (!HANDS_OVER.matcher(line).find()) continue;
      if (line.contains("转发")) return Optional.empty();
      int at = i;
      return signedInline(line).or(() -> signerBelow(pageLines, at));
    }
    return Optional.empty();
  }

  private static Optional<String> signedInline(String line) {
    Matcher hand = HANDS_OVER.matcher(line);
    if (!hand.find()) return Optional.empty();
    Matcher m = SIGNED_INLINE.matcher(line).region(hand.start(), Math.min(line.length(), hand.end() + INLINE_WINDOW));
    return m.find() ? Optional.of(m.group(1)) : Optional.empty();
  }

  private static Optional<String> signerBelow(List<String> pageLines, int at) {
    for (int i = at + 1; i < Math.min(pageLines.size(), at + 1 + LOOK_BELOW); i++) {
      String line = pageLines.get(i).strip();
      if (SIGNER.matcher(line).matches()) return Optional.of(line);
      if (!BETWEEN.matcher(line).find()) return Optional.empty();
    }
    return Optional.empty();
  }
}
