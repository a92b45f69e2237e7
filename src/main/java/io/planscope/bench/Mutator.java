package io.planscope.bench;

import io.planscope.plan.Level;
import java.util.List;
import java.util.SplittableRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Edits a measure the way bureaus edit what they borrow: years moved to the plan's year, numbers and targets changed
 * ("新增学位1800个" → "新增学位2400个"), a clause dropped or one inserted from another measure, and "我市/我县" made to
 * fit the bureau's level. Deterministic for a given random source.
 */
final class Mutator {
  private static final Pattern YEAR = Pattern.compile("20[0-3][0-9](?=年)");
  private static final Pattern NUMBER = Pattern.compile("(?<![0-9.])[0-9]{1,4}(?![0-9年])(%|％)?");
  private static final Pattern OUR = Pattern.compile("我(市|县|区|省)");

  private final SplittableRandom rng;

  Mutator(SplittableRandom rng) {
    this.rng = rng;
  }

  /** A full mutation: years, numbers, our-place words, and maybe a clause dropped or inserted from {@code donor}. */
  String mutate(String text, int year, Level level, String donor, double intensity) {
    String t = years(text, year);
    if (rng.nextDouble() < intensity) t = numbers(t);
    t = ourPlace(t, level);
    if (rng.nextDouble() < 0.25 * intensity) t = dropClause(t);
    if (donor != null && rng.nextDouble() < 0.2 * intensity) t = insertClause(t, donor);
    return t;
  }

  String years(String text, int year) {
    Matcher m = YEAR.matcher(text);
    StringBuilder sb = new StringBuilder();
    while (m.find()) {
      int shift = rng.nextInt(10) < 8 ? 0 : 1 - rng.nextInt(3);
      m.appendReplacement(sb, String.valueOf(year + shift));
    }
    return m.appendTail(sb).toString();
  }

  String numbers(String text) {
    Matcher m = NUMBER.matcher(text);
    StringBuilder sb = new StringBuilder();
    while (m.find()) {
      int n = Integer.parseInt(m.group().replaceAll("[%％]", ""));
      int changed = rng.nextBoolean() ? n : Math.max(1, (int) Math.round(n * (0.6 + 1.2 * rng.nextDouble())));
      if (m.group(1) != null) changed = Math.min(100, changed);
      m.appendReplacement(sb, changed + (m.group(1) == null ? "" : m.group(1)));
    }
    return m.appendTail(sb).toString();
  }

  static String ourPlace(String text, Level level) {
    String word = switch (level) {
      case PROVINCE -> "我省";
      case COUNTY -> "我县";
      default -> "我市";
    };
    return OUR.matcher(text).replaceAll(word);
  }

  String dropClause(String text) {
    List<String> clauses = List.of(text.split("(?<=，)"));
    if (clauses.size() < 3) return text;
    int drop = 1 + rng.nextInt(clauses.size() - 2);
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < clauses.size(); i++) if (i != drop) sb.append(clauses.get(i));
    return sb.toString();
  }

  String insertClause(String text, String donor) {
    String[] donorClauses = donor.split("[，。；]");
    String clause = donorClauses[rng.nextInt(donorClauses.length)].strip();
    int at = text.indexOf('，');
    if (clause.length() < 4 || at < 0) return text;
    return text.substring(0, at + 1) + clause + "，" + text.substring(at + 1);
  }
}
