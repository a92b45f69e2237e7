package io.planscope.compare;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The year-over-year chains of corpus/demo/CHAINS.md: the corpus' own record of the edits that turn one year's plan
 * into the next. What it states about a pair of years is what a comparison of the two plans must show.
 */
record DemoChains(List<Step> pairs) {
  private static final Pattern STEP = Pattern.compile("- \\*\\*(\\S+) (\\d{4})\\*\\* `([^`]+)` \\((\\d+) measures\\)");
  private static final Pattern EDIT = Pattern.compile(" {2}- ([^:(]+?)(?: \\([^)]*\\))?(?:: (.*))?");
  // target raised: “全国学前三年毛入园率达到90%以上” → “…达到91%以上”
  private static final Pattern RAISED = Pattern.compile("“([^”]+)” → “([^”]+)”");
  private static final Pattern NUMBER = Pattern.compile("\\d+(?:\\.\\d+)?");

  /** One year of a chain, with the year before it: its file, both measure counts and the edits between them. */
  record Step(String chain, String fileBefore, int measuresBefore, String file, int measures, List<Edit> edits) {
    long count(String kind) {
      return edits.stream().filter(e -> e.kind().equals(kind)).count();
    }

    /** Each raised target as "old→new" numbers ("90→91", "5.2→6"), in the order CHAINS.md lists them. */
    List<String[]> raisedNumbers() {
      List<String[]> out = new ArrayList<>();
      for (Edit e : edits) {
        Matcher m = e.kind().equals("target raised") ? RAISED.matcher(e.detail()) : null;
        if (m != null && m.find()) out.add(differingNumbers(m.group(1), m.group(2)));
      }
      return out;
    }
  }

  /** An edit line: its kind ("measure added", "target raised", ...) and what follows the colon. */
  record Edit(String kind, String detail) {}

  static DemoChains read(Path chainsMd) throws IOException {
    List<Step> pairs = new ArrayList<>();
    String[] previous = null; // chain, file, measures
    boolean yearOverYear = false;
    for (String line : Files.readAllLines(chainsMd, StandardCharsets.UTF_8)) {
      if (line.startsWith("## ")) yearOverYear = line.equals("## Year over year");
      Matcher step = STEP.matcher(line);
      Matcher edit = EDIT.matcher(line);
      if (yearOverYear && step.matches()) {
        String[] current = {step.group(1), step.group(3), step.group(4)};
        if (previous != null && previous[0].equals(current[0])) {
          pairs.add(new Step(current[0], previous[1], Integer.parseInt(previous[2]), current[1],
              Integer.parseInt(current[2]), new ArrayList<>()));
        }
        previous = current;
      } else if (yearOverYear && edit.matches() && !pairs.isEmpty() && last(pairs).file().equals(previous[1])) {
        last(pairs).edits().add(new Edit(edit.group(1).strip(), edit.group(2) == null ? "" : edit.group(2)));
      }
    }
    return new DemoChains(List.copyOf(pairs));
  }

  private static Step last(List<Step> steps) {
    return steps.get(steps.size() - 1);
  }

  /** The first number where the texts part: “学位5.2万个”, “学位6万个” → {"5.2", "6"}; “达到90%”, “达到91%” → {"90", "91"}. */
  static String[] differingNumbers(String before, String after) {
    int common = 0;
    int shorter = Math.min(before.length(), after.length());
    while (common < shorter && before.charAt(common) == after.charAt(common)) common++;
    while (common > 0 && (Character.isDigit(before.charAt(common - 1)) || before.charAt(common - 1) == '.')) common--;
    Matcher a = NUMBER.matcher(before).region(common, before.length());
    Matcher b = NUMBER.matcher(after).region(common, after.length());
    if (!a.lookingAt() || !b.lookingAt()) {
      throw new IllegalArgumentException("no number where “" + before + "” and “" + after + "” part");
    }
    return new String[] {a.group(), b.group()};
  }
}
