package io.planscope.ingest.meta;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The province a provincial document's number names: "某府〔2099〕4号" atop the page is the 某 province government's
 * file. Only a line that is the number alone counts (a number cited in the body, "（国发〔2099〕19号）", names
 * another body's file), and only the abbreviations {@link ProvinceWords#ABBREVIATIONS} lists.
 */
final class DocumentNumber {
  private static final int HEAD_LINES = 5;
  // "粤府〔2099〕4号", "浙教发[2099]12号", "苏政办发(2099)3号" (normalized: 〔〕 fold to ())
  private static final Pattern NUMBER =
      Pattern.compile("^\\s*(\\p{IsHan})(?:府|政|教|委)\\p{IsHan}{0,3}\\s*[(\\[〔【]\\s*\\d{4}\\s*[)\\]〕】]\\s*\\d{1,4}\\s*号\\s*$");

  // any issuer's number alone on a line: "某教发(2099)3号", "(某政办〔2099〕12号)"
  private static final Pattern ANY_NUMBER =
      Pattern.compile("^\\s*\\(?\\s*\\p{IsHan}{1,10}\\s*[(\\[〔【]\\s*(\\d{4})\\s*[)\\]〕】]\\s*\\d{1,4}\\s*号\\s*\\)?\\s*$");

  private DocumentNumber() {}

  /**
   * The year of the document number among the page's first lines (normalized), 0 when there is none: the year the
   * file was issued, so a plan it carries is for that year or later.
   */
  static int year(List<String> pageLines) {
    for (String line : pageLines.subList(0, Math.min(HEAD_LINES, pageLines.size()))) {
      Matcher m = ANY_NUMBER.matcher(line);
      if (m.matches()) return Integer.parseInt(m.group(1));
    }
    return 0;
  }

  /** The province whose abbreviation opens a document number among the page's first lines (normalized). */
  static Optional<String> province(List<String> pageLines) {
    for (String line : pageLines.subList(0, Math.min(HEAD_LINES, pageLines.size()))) {
      Matcher m = NUMBER.matcher(line);
      String province = m.matches() ? ProvinceWords.ABBREVIATIONS.get(m.group(1).charAt(0)) : null;
      if (province != null) return Optional.of(province);
    }
    return Optional.empty();
  }
}
