package io.planscope.ingest;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A document's own number run into a line of its text: before the opening ("某教发〔2099〕12号 2099年全县教育工作的总体要求
 * 是:…") or after the title or the last sentence ("…的若干意见(试行)(某政函〔2099〕39号)"). The number goes on a line of its
 * own, where the notice rules know it; the text stays. A number cited inside a sentence ("根据《…的通知》(某教发〔2099〕
 * 12号)等文件精神") names another document and stays where it is.
 */
final class DocNumbers {
  // "某教发(2099)12号", "某政函[2099]39号" — 〔〕 are normalized to ()
  private static final String NUMBER = "\\p{IsHan}{1,12}\\s*[(\\[]\\s*(?:19|20)\\d{2}\\s*[)\\]]\\s*\\d{1,4}\\s*号";
  private static final Pattern LEADING = Pattern.compile("^\\s*(\\(\\s*" + NUMBER + "\\s*\\)|" + NUMBER + ")\\s*");
  private static final Pattern TRAILING = Pattern.compile("\\s*\\(\\s*" + NUMBER + "\\s*\\)\\s*$");
  /** The text left beside the number must be a line's worth: "某教发(2099)12号文" is a word, not a number run on. */
  private static final int MIN_TEXT = 4;

  private DocNumbers() {}

  /** The line with its own document number split off, before or after the text; the line itself when it has none. */
  static List<Line> split(Line line) {
    String norm = line.norm();
    if (norm.indexOf('号') < 0) return List.of(line);
    Matcher lead = LEADING.matcher(norm);
    if (lead.find() && norm.length() - lead.end() >= MIN_TEXT) {
      return List.of(line.slice(lead.start(1), lead.end(1)), line.from(lead.end()).strip());
    }
    Matcher trail = TRAILING.matcher(norm);
    if (trail.find() && trail.start() >= MIN_TEXT) return List.of(line.slice(0, trail.start()).strip(), line.from(trail.start()).strip());
    return List.of(line);
  }
}
