package io.planscope.ingest;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An encyclopedia mirror's entry label glued before the text: "释义 | 某发改规划〔2099〕12号 未来5年,是…". The label goes;
 * a document number right after it goes on a line of its own (where the notice rules read and drop it), so that the
 * plan's text starts with its own words.
 */
final class EntryLabels {
  private static final Pattern LABEL = Pattern.compile("^释义\\s*[|｜]\\s*");
  private static final Pattern NUMBER = Pattern.compile("^\\p{IsHan}{2,12}[(〔\\[]\\d{4}[)〕\\]]\\s*\\d{1,4}\\s*号(?=\\s)");

  private EntryLabels() {}

  /** The line without its entry label, its leading document number split off; the line itself when it has none. */
  static List<Line> split(Line line) {
    if (!line.norm().startsWith("释义")) return List.of(line);
    Matcher label = LABEL.matcher(line.norm());
    if (!label.lookingAt() || label.end() == line.length()) return List.of(line);
    Line rest = line.from(label.end()).strip();
    Matcher number = NUMBER.matcher(rest.norm());
    if (!number.lookingAt()) return List.of(rest);
    Line text = rest.from(number.end()).strip();
    return text.norm().isEmpty() ? List.of(rest) : List.of(rest.slice(0, number.end()), text);
  }
}
