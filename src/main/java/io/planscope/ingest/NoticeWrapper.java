package io.planscope.ingest;

import io.planscope.text.Fold;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The lines of a notice that wraps a plan ("关于印发《某市教育局2024年工作要点》的通知"): its addressees ("各县（区）教育局，
 * 各直属学校："), the sentence handing the plan over ("现将《…》印发给你们，请结合实际认真贯彻落实。"), its disclosure note
 * ("（此件主动公开）") and its document number ("某教〔2024〕3号"). They belong to the notice, not to the plan's text.
 */
final class NoticeWrapper {
  // "各县（区）教育局，各直属学校，机关各科室，二级机构：" — whom the notice is sent to: names of bodies, each ending in
  // what a body is called ("各市、县人民政府" names whole areas: 市, 县, 州, 旗); "各学校要做好以下工作：" is a sentence,
  // not a list of bodies
  private static final Pattern BRACKETS = Pattern.compile("\\([^()]*\\)");
  private static final Pattern BODY = Pattern.compile(".*(局|学校|单位|处室|科室|部门|委|政府|院校|园|所|中心|校|机构|办|室|会|处|院|厅|区|城|公司|集团|站|队|团体|协会|企业|小组|市|县|州|旗|中小学|中学|小学|大学)");
  // "梅河口、公主岭市教育局" — a short name that shares the next body's ending
  private static final Pattern SHARED_NAME = Pattern.compile("[\\p{IsHan}]{2,4}");
  private static final Pattern PIECE = Pattern.compile("([^,，、]*)([,，、]|$)");
  // "现将《…》印发给你们", "已经市委、市政府同意，现印发给你们"
  private static final Pattern HANDOVER =
      Pattern.compile("(印发|转发|下发|印送)给你们|现予印发|现予转发|现印发|予以印发|现转发|现将.{0,40}(印发|转发|下发)");
  private static final Pattern DISCLOSURE =
      Pattern.compile("^[(（]?\\s*此件(主动公开|公开发布|依申请公开|不公开|不予公开|删减后公开|发至)[^)）]{0,10}[)）]?$");
  // "苏教〔2023〕2号", "某教发(2024)15号" — 〔〕 are normalized to ()
  private static final Pattern NUMBER = Pattern.compile("[\\p{IsHan}]{1,12}\\s*[(\\[]\\s*\\d{4}\\s*[)\\]]\\s*\\d{1,4}\\s*号$");
  private static final int NUMBER_MAX = 40;
  // "市属各高校，各区教育局，局属各单位：", "省政府各部门、各直属机构：": addressees led by the members of a body ("会议
  // 要求各学校、各幼儿园：" is a sentence)
  private static final Pattern MEMBERS_FIRST = Pattern.compile("\\p{IsHan}{1,5}?(?:属|直|机关|政府)各");
  private static final int MAX = 250;
  private static final int SINGLE_ADDRESSEE = 12;

  private NoticeWrapper() {}

  private static boolean isAddressees(String n) {
    if (!n.endsWith(":") && !n.endsWith("：")) return false;
    // a page in traditional script ("省政府各部門、各直屬機構:") names the same bodies
    String list = BRACKETS.matcher(Fold.toSimplified(n.substring(0, n.length() - 1))).replaceAll("");
    if (list.contains("。") || list.contains("；") || list.contains(";")) return false;
    // a piece and the separator after it: "梅河口、" ends in 、, so it may share the next body's ending
    Matcher piece = PIECE.matcher(list);
    boolean sharedWanted = false;
    while (piece.find() && piece.start() < list.length()) {
      String body = piece.group(1).strip();
      boolean isBody = BODY.matcher(body).matches();
      if (sharedWanted && !isBody) return false;
      sharedWanted = !isBody;
      if (!isBody && !("、".equals(piece.group(2)) && SHARED_NAME.matcher(body).matches())) return false;
    }
    return !sharedWanted;
  }

  /** "某教(2024)3号", and the same in brackets under a title: "(某教发(2013)1号)". */
  private static boolean isNumber(String n) {
    String bare = n.length() > 2 && n.charAt(0) == '(' && n.endsWith(")") ? n.substring(1, n.length() - 1).strip() : n;
    return bare.endsWith("号") && bare.length() <= NUMBER_MAX && NUMBER.matcher(bare).find();
  }

  static boolean isWrapperLine(String norm) {
    if (norm.length() > MAX) return false;
    String n = norm.strip();
    if ((n.startsWith("各") || MEMBERS_FIRST.matcher(n).lookingAt()) && isAddressees(n)) return true;
    // "县政府：", "市教育局：" — a single addressee on its own line
    if (n.length() <= SINGLE_ADDRESSEE && isAddressees(n)) return true;
    if (n.contains("此件") && DISCLOSURE.matcher(n).matches()) return true;
    if (isNumber(n)) return true;
    return (n.contains("印") || n.contains("转发") || n.contains("下发")) && HANDOVER.matcher(n).find();
  }
}
