package io.planscope.index;

import io.planscope.plan.Measure;
import io.planscope.plan.Plan;
import io.planscope.text.Fold;
import java.util.ArrayList;
import java.util.List;

/**
 * The normalized form exact-wording search compares, with a map back to the original's offsets.
 *
 * <p>Policy, the same for indexed text and quoted phrases: each char is folded context-free (the 1:1 T→S table, then
 * full-width → ASCII, ASCII letters lower-cased), then whitespace and punctuation are dropped. So "机制,加" matches
 * "机制，加" and "机制、加", and "2023 年" matches "2023年". Kept: letters (Han included), digits, symbols (+, ×, ℃)
 * and '%' '‰' (so "95%" keeps its sign) and a '.' between digits ("95.5"). The fold is context-free on purpose:
 * then a substring of a text always folds to a substring of the folded text, which the context-aware transliterator
 * does not guarantee ("乾隆" alone vs. in a sentence).
 *
 * @param folded the kept chars, folded
 * @param starts for each char of {@code folded}, its offset in the original
 */
public record ExactText(String folded, int[] starts) {

  /** Normalizes an original text, remembering where each kept char came from. */
  public static ExactText of(String original) {
    StringBuilder sb = new StringBuilder(original.length());
    int[] starts = new int[original.length()];
    for (int i = 0; i < original.length(); i++) {
      char c = fold(original.charAt(i));
      if (Character.isHighSurrogate(c) && i + 1 < original.length()) {
        int cp = Character.toCodePoint(c, original.charAt(i + 1));
        if (Character.isLetterOrDigit(cp) || isSymbol(cp)) {
          starts[sb.length()] = i;
          starts[sb.length() + 1] = i + 1;
          sb.append(c).append(original.charAt(i + 1));
        }
        i++;
      } else if (keeps(original, i, c)) {
        starts[sb.length()] = i;
        sb.append(c);
      }
    }
    return new ExactText(sb.toString(), starts);
  }

  /**
   * The headings and title a measure carries as exact wording: each heading on the measure that opens it (its path
   * differs from the measure before from there on), the plan's title on its first measure. So a quoted phrase finds
   * 「持续推进双减工作」 where it is a heading, once per plan in a search, a concordance and a trend, like the wording it is.
   *
   * @param headings the headings opened at the measure, outermost first
   * @param title the plan's title on its first measure, else null
   */
  public record Opened(List<String> headings, String title) {}

  /**
   * {@link Opened} for each of the plan's passages (preamble, then measures), in order: what the index and the
   * benchmark's peer both search.
   */
  public static List<Opened> opened(Plan plan) {
    List<Opened> out = new ArrayList<>(plan.passages().size());
    List<String> above = List.of();
    for (Measure m : plan.passages()) {
      List<String> path = m.path();
      int same = 0;
      while (same < path.size() && same < above.size() && path.get(same).equals(above.get(same))) same++;
      boolean first = out.isEmpty() && plan.title() != null && !plan.title().isBlank();
      out.add(new Opened(List.copyOf(path.subList(same, path.size())), first ? plan.title() : null));
      above = path;
    }
    return out;
  }

  /** Just the folded kept chars, e.g. for a brute-force scan or a quoted phrase. */
  public static String normalize(String text) {
    return of(text).folded();
  }

  /**
   * The query for a phrase of one (folded) char: every {@code exact} term that starts with it, i.e. the bigrams it
   * starts and the unigram of a text's last char (see {@link ExactTokenizer}).
   */
  public static org.apache.lucene.search.Query oneCharQuery(String foldedChar) {
    return oneCharQuery(Fields.EXACT, foldedChar);
  }

  /** As {@link #oneCharQuery(String)}, in another field of exact wording (a heading's or a title's). */
  public static org.apache.lucene.search.Query oneCharQuery(String field, String foldedChar) {
    return new org.apache.lucene.search.PrefixQuery(new org.apache.lucene.index.Term(field, foldedChar));
  }

  /** Original offset where the folded range [start, end) begins. */
  public int originalStart(int foldedStart) {
    return starts[foldedStart];
  }

  /** Original offset just past the folded range [start, end) (its last char, plus a surrogate's second half). */
  public int originalEnd(int foldedEnd) {
    return starts[foldedEnd - 1] + 1;
  }

  static char fold(char c) {
    char f = Fold.normalizeChar(Fold.simplify(c));
    return f >= 'A' && f <= 'Z' ? (char) (f + 32) : f;
  }

  private static boolean keeps(String original, int i, char c) {
    if (Character.isLetterOrDigit(c) || isSymbol(c) || c == '%' || c == '‰') return true;
    // "95.5%" — a decimal point stays; a sentence's full stop does not.
    return c == '.' && i > 0 && i + 1 < original.length()
        && Character.isDigit(fold(original.charAt(i - 1))) && Character.isDigit(fold(original.charAt(i + 1)));
  }

  private static boolean isSymbol(int cp) {
    int t = Character.getType(cp);
    return t == Character.MATH_SYMBOL || t == Character.CURRENCY_SYMBOL || t == Character.OTHER_SYMBOL;
  }
}
