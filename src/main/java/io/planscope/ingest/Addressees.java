package io.planscope.ingest;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The addressee line of a notice or letter, of any length: "各市（州）教育局，各高校，各省属中职学校、普通高中，厅机关各处室、
 * 厅属各单位：", "局属各单位、各中小学校：", "各有关单位:", "区教育系统各相关单位：", "各区、县（市）人民政府，市政府各部门：".
 * It says whom the text is sent to, never what is to be done. The line ends in a colon and is a list of bodies: each
 * piece between commas names "各…" members or ends in what a body is called (局, 学校, 高中, 政府, 股室…), and one at
 * least names members with 各. A sentence that addresses them ("各学校要做好以下工作：", "会议要求各学校、各幼儿园：") has
 * a verb and stays.
 */
final class Addressees {
  private static final int MAX = 200;
  private static final int PIECE_MAX = 24;
  private static final Pattern BRACKETS = Pattern.compile("\\([^()]{0,20}\\)");
  private static final Pattern PIECE = Pattern.compile("([^,，、]*)([,，、]|$)");
  private static final Pattern BODY =
      Pattern.compile(".*(局|学校|单位|处室|科室|股室|部门|委员会|委|政府|院校|幼儿园|园|中心|校|机构|办|室|处|院|厅|公司|集团|站|队|协会|"
          + "小组|中小学|中学|小学|大学|高中|高校|中职|职高|中专|学院|街道|乡镇|镇|乡|社区|股|科|党委|党组|工委|支部|管委会|机关|团体|企业)");
  // a verb or a word of a sentence: the line asks something of them, it does not name them
  private static final Pattern SENTENCE =
      Pattern.compile("[。；;！!？?]|要|应|须|请|做好|开展|如下|以下|现将|按照|根据|为了|通过|关于|印发|要求|主要|重点|具体|工作|任务|措施|目标");
  private static final Pattern SHARED_NAME = Pattern.compile("\\p{IsHan}{2,6}");

  private Addressees() {}

  /** Whether the normalized line is a notice's list of addressees. */
  static boolean isAddressees(String norm) {
    String n = norm.strip();
    if (n.length() > MAX || n.length() < 3 || !(n.endsWith(":") || n.endsWith("：")) || n.indexOf('各') < 0) return false;
    String list = BRACKETS.matcher(n.substring(0, n.length() - 1)).replaceAll("");
    if (SENTENCE.matcher(list).find()) return false;
    Matcher piece = PIECE.matcher(list);
    boolean members = false;
    boolean sharedWanted = false; // "梅河口、公主岭市教育局": a short name shares the next body's ending
    while (piece.find() && piece.start() < list.length()) {
      String body = piece.group(1).strip();
      if (body.isEmpty() || body.length() > PIECE_MAX) return false;
      boolean named = body.indexOf('各') >= 0 || BODY.matcher(body).matches();
      members |= body.indexOf('各') >= 0;
      if (!named && !("、".equals(piece.group(2)) && SHARED_NAME.matcher(body).matches())) return false;
      sharedWanted = !named;
    }
    return members && !sharedWanted;
  }
}
