package io.planscope.ingest.meta;

import io.planscope.text.Fold;
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

  // the notice's sentence handing the plan over: "现将《X》印发给你们", "《X》已经市委、市政府同意，现印发给你们",
  // "《X》(以下简称《行动计划》)，现印发给你们" (on normalized text: 印發給你們 reads 印发给你们)
  private static final Pattern HANDED_OVER =
      Pattern.compile("《([^《》]{4,80})》(?:[^《》。；;]|《[^《》]{1,12}》){0,36}?(?:印发|转发|下发)给你们");
  private static final int NOTICE_LINES = 40;

  private CitedTitle() {}

  /**
   * The full name of the plan a notice hands over ("现将《某县教育局2099年工作要点》印发给你们") when the title chosen
   * for it is only a part of that name: a notice title that left out its issuer ("关于印发2099年工作要点的通知"),
   * or the last line of a title set over several ("督导评估规划实施细则"). Empty when no notice in the page's first
   * lines hands over a longer name containing the title; the name comes as the page writes it (traditional kept).
   */
  public static Optional<String> handedOver(String rawTitle, List<String> pageTexts) {
    String cleaned = TitleCleaner.clean(rawTitle);
    if (!TitleCleaner.isTitle(cleaned)) return Optional.empty(); // a heading or sentence is no part of a name
    String title = Fold.normalize(cleaned).replaceAll("\\s+", "");
    for (String text : pageTexts.subList(0, Math.min(NOTICE_LINES, pageTexts.size()))) {
      String norm = Fold.normalize(text); // same length as the text, so offsets carry over
      Matcher m = HANDED_OVER.matcher(norm);
      while (m.find()) {
        String name = m.group(1).replaceAll("\\s+", "");
        if (name.length() > title.length() && name.contains(title)) {
          return Optional.of(text.substring(m.start(1), m.end(1)).strip());
        }
      }
    }
    return Optional.empty();
  }

  // a name that names a plan: it ends in a plan word ("…2099年工作要点", "…工作总结和2099年工作要点"), perhaps
  // followed by its span ("…三年行动计划(2099-2101年)")
  private static final Pattern PLAN_NAME =
      Pattern.compile(".*(?:计划|要点|方案|意见|安排|规划|打算|思路)(?:\\s*[(（][^()（）]{4,16}[)）])?$");

  /**
   * The plan a notice in the page's first lines hands over ("现将《2098年某市教育工作总结和2099年工作要点》印发给你们"),
   * for a plan whose chosen title names none (an addressee list, the signer): empty when no notice names a plan.
   */
  public static Optional<String> handedOverPlan(List<String> pageTexts) {
    for (String text : pageTexts.subList(0, Math.min(NOTICE_LINES, pageTexts.size()))) {
      String norm = Fold.normalize(text);
      Matcher m = HANDED_OVER.matcher(norm);
      while (m.find()) {
        if (!PLAN_NAME.matcher(m.group(1).strip()).matches()) continue;
        return Optional.of(text.substring(m.start(1), m.end(1)).strip());
      }
    }
    return Optional.empty();
  }

  // "某工委、某厅向全省教育系统发出《关于印发2099年工作要点的通知》": a reprint's lead names the notice it carries
  private static final Pattern NOTICE_SENT = Pattern.compile("(?:发出|下发|印发)了?《((?:关于)?印发[^《》]{4,50}?的通知)》");

  /**
   * The title cited before 发布 (印发, 出台, 公布, 全文) in the first lines, or the notice a lead says was sent out
   * ("发出《关于印发2099年工作要点的通知》", unwrapped when the title is cleaned), as written; or empty.
   */
  public static Optional<String> in(List<String> lines) {
    for (String line : lines.subList(0, Math.min(LINES, lines.size()))) {
      String norm = Fold.normalize(line); // same length: offsets carry over to the text as written
      Matcher m = CITED.matcher(norm);
      if (m.find()) return Optional.of(line.substring(m.start(1), m.end(1)));
      m = NOTICE_SENT.matcher(norm);
      if (m.find()) return Optional.of(line.substring(m.start(1), m.end(1)));
    }
    return Optional.empty();
  }
}
