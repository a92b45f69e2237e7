package io.planscope.ingest.meta;

import java.util.List;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The year a template's masked title ("“某局xx年计划”教育工作计划") hides, read from the page's own rendering of the
 * same title with the year filled in ("“某局2099年计划”教育工作计划 工作计划范文", a library's file name): the title's
 * words must all be there, in order, around the year.
 */
final class MaskedTitle {
  // "xx年", "20xx年", "XX年", "20××年"
  private static final Pattern MASK = Pattern.compile("(?:19|20)?[xX×]{2}\\s*年");
  private static final int PAGE_LINES = 40;
  private static final int MAX_LINE = 120;

  private MaskedTitle() {}

  /** The year filled into the masked title on one of the page's first lines; empty when none or no mask. */
  static OptionalInt year(String normTitle, List<String> pageLines) {
    String key = words(normTitle);
    Matcher mask = MASK.matcher(key);
    if (!mask.find()) return OptionalInt.empty();
    Pattern filled =
        Pattern.compile(
            Pattern.quote(key.substring(0, mask.start())) + "((?:19|20)\\d\\d)年"
                + Pattern.quote(MASK.matcher(key.substring(mask.end())).replaceAll("")));
    for (String line : pageLines.subList(0, Math.min(PAGE_LINES, pageLines.size()))) {
      if (line.length() > MAX_LINE) continue;
      Matcher m = filled.matcher(words(line));
      if (m.find()) return OptionalInt.of(Integer.parseInt(m.group(1)));
    }
    return OptionalInt.empty();
  }

  /** The title with its (first) masked year filled in: "“某局xx年计划”" → "“某局2099年计划”". */
  static String fill(String title, int year) {
    Matcher m = MASK.matcher(title);
    return m.find() ? title.substring(0, m.start()) + year + "年" + title.substring(m.end()) : title;
  }

  // the words of a line: no spaces, quotes or brackets a rendering may add or drop
  private static String words(String text) {
    return text.replaceAll("[\\s“”\"《》【】「」]", "");
  }
}
