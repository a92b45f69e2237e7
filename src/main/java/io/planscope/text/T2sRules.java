package io.planscope.text;

import com.ibm.icu.text.Transliterator;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * ICU's Traditional-Simplified transform, run from its own rules by a lookup table instead of ICU's general rule
 * engine: the same output for every input, about a hundred times faster.
 *
 * <p>The rules are ICU's own, as {@link Transliterator#toRules} prints them, bundled in {@value #RESOURCE}: building
 * ICU's transliterator takes about a second, reading the rules a few milliseconds. {@code T2sRulesTest} checks that
 * the bundled copy is what the ICU on the class path prints (after an ICU upgrade it says how to refresh it), and
 * that the two fold every char alike. They are plain string rewrites without context ("乾隆 > 乾隆;", "餘地 > 余地;", "國 > 国;"). ICU applies, at each
 * position, the first rule in file order whose key matches, writes its replacement and moves past the key; where no
 * rule matches it copies one code point. ICU refuses rule sets where an earlier key is a prefix of a later one, so the
 * first match is always the longest one: this class tries the keys starting with a char longest first, and a single
 * char with a 1:1 rule comes from a plain table.
 */
final class T2sRules {
  /** One rewrite: a key of two or more chars, or a single char whose replacement is not one char ("蔿" > a pair). */
  private record Rule(String key, String value) {}

  private static final Comparator<Rule> LONGEST_FIRST = Comparator.comparingInt(r -> -r.key().length());

  /** The 1:1 single-char rules over the BMP; 0 where there is none. */
  private final char[] single = new char[0x10000];
  /** The other rules by their first char, longest key first (a stable sort keeps ICU's order among equals). */
  private final Map<Character, Rule[]> byFirst;
  /** Whether {@link #byFirst} has rules for a char: a flag read per char, the map only where it is set. */
  private final boolean[] complex = new boolean[0x10000];

  private T2sRules(List<Rule> rules) {
    Map<Character, List<Rule>> lists = new HashMap<>();
    for (Rule r : rules) {
      char first = r.key().charAt(0);
      if (r.key().length() == 1 && r.value().length() == 1) {
        if (single[first] == 0) single[first] = r.value().charAt(0); // the first rule for a key wins, as in ICU
      } else {
        lists.computeIfAbsent(first, c -> new ArrayList<>()).add(r);
        complex[first] = true;
      }
    }
    Map<Character, Rule[]> sorted = new HashMap<>();
    lists.forEach((c, list) -> sorted.put(c, list.stream().sorted(LONGEST_FIRST).toArray(Rule[]::new)));
    this.byFirst = Map.copyOf(sorted);
  }

  /** The bundled copy of ICU's rules. */
  static final String RESOURCE = "traditional-simplified.txt";

  /** The rules of ICU's "Traditional-Simplified" transliterator: the bundled copy, else ICU's (slow to build). */
  static T2sRules load() {
    String bundled = bundledRules();
    return parse(bundled != null ? bundled : icuRules());
  }

  /** The rules as the ICU on the class path prints them. */
  static String icuRules() {
    return Transliterator.getInstance("Traditional-Simplified").toRules(false);
  }

  /** The bundled rules, or null when the resource is missing (a trimmed jar): then ICU is asked. */
  static String bundledRules() {
    try (InputStream in = T2sRules.class.getResourceAsStream(RESOURCE)) {
      return in == null ? null : new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read the bundled rules " + RESOURCE + ": " + e.getMessage(), e);
    }
  }

  /**
   * Reads rules as {@link Transliterator#toRules} prints them, one "key > value;" a line. Anything else (context,
   * variables, filters, escapes) would mean ICU's rules changed shape; that fails loudly rather than fold differently.
   */
  static T2sRules parse(String source) {
    List<Rule> rules = new ArrayList<>();
    for (String line : source.split("\n")) {
      if (line.isBlank()) continue;
      int arrow = line.indexOf(" > ");
      if (arrow <= 0 || !line.endsWith(";") || !plain(line.substring(0, arrow)) || !plain(value(line, arrow))) {
        throw new IllegalStateException("Unexpected Traditional-Simplified rule from ICU: '" + line + "'");
      }
      rules.add(new Rule(line.substring(0, arrow), value(line, arrow)));
    }
    return new T2sRules(rules);
  }

  private static String value(String line, int arrow) {
    return line.substring(arrow + 3, line.length() - 1);
  }

  /** Han text only: no syntax chars, spaces or escapes. */
  private static boolean plain(String s) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c < 0x2E80 && !Character.isSurrogate(c)) return false;
    }
    return true;
  }

  /** The 1:1 replacement of a char by a single-char rule, or 0 when it has none. */
  char single(char c) {
    return single[c];
  }

  /** What ICU's transliterator makes of the text (possibly of another length). */
  String apply(String text) {
    int n = text.length();
    StringBuilder out = new StringBuilder(n);
    int i = 0;
    while (i < n) {
      char c = text.charAt(i);
      Rule r = complex[c] ? match(text, i, c) : null;
      if (r != null) {
        out.append(r.value());
        i += r.key().length();
      } else {
        char s = single[c];
        out.append(s == 0 ? c : s);
        i++;
      }
    }
    return out.toString();
  }

  private Rule match(String text, int i, char first) {
    for (Rule r : byFirst.get(first)) {
      if (text.startsWith(r.key(), i)) return r;
    }
    return null;
  }
}
