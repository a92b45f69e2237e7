package io.planscope.search;

import io.planscope.index.ExactText;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Marks matches on the original text. Words and phrases are found in {@link ExactText}'s folded form (the same fold
 * as the exact field: T→S, width, punctuation dropped) and mapped back through its offset table, so marks land right
 * on traditional originals queried in simplified and the other way round. Re-running smartcn per hit was the main
 * cost of a search (measured), so snippets do without it. Everything else is HTML-escaped.
 */
public final class Snippets {
  /** Measures longer than this are cut to a window around the first match. */
  static final int MAX_CHARS = 220;

  static final int LEAD = 40;

  private Snippets() {}

  /** Match spans [start, end) on the original text, sorted and merged. */
  public static List<int[]> spans(String text, CompiledQuery.Highlight h) {
    List<int[]> spans = new ArrayList<>();
    ExactText exact = null;
    for (CompiledQuery.Highlight.Term t : h.terms()) {
      if (exact == null) exact = ExactText.of(text);
      int before = spans.size();
      if (!t.phrase().isEmpty()) find(exact, t.phrase(), spans);
      // Matched through scattered tokens ("毛入园率" cut 毛|入园|率 and found apart): mark the tokens, the one-char
      // ones only when there is nothing longer, so a stray 园 is not lit everywhere.
      if (spans.size() == before) for (String token : fallbackTokens(t.tokens())) find(exact, token, spans);
    }
    return merge(spans);
  }

  private static List<String> fallbackTokens(List<String> tokens) {
    List<String> folded = tokens.stream().map(ExactText::normalize).filter(s -> !s.isEmpty()).distinct().toList();
    List<String> longer = folded.stream().filter(s -> s.codePointCount(0, s.length()) > 1).toList();
    return longer.isEmpty() ? folded : longer;
  }

  /** Occurrences of folded phrases in a text, as original offsets. */
  public static void phraseSpans(String text, List<String> phrases, List<int[]> out) {
    ExactText exact = ExactText.of(text);
    for (String p : phrases) find(exact, p, out);
  }

  /**
   * Finds a folded phrase in the folded text and maps each hit back through the offset table, so the span is right
   * on the original even when it is traditional or has punctuation inside ("机制，加").
   */
  private static void find(ExactText exact, String phrase, List<int[]> out) {
    String folded = exact.folded();
    for (int at = folded.indexOf(phrase); at >= 0; at = folded.indexOf(phrase, at + 1)) {
      out.add(new int[] {exact.originalStart(at), exact.originalEnd(at + phrase.length())});
    }
  }

  static List<int[]> merge(List<int[]> spans) {
    spans.sort(Comparator.<int[]>comparingInt(s -> s[0]).thenComparingInt(s -> -s[1]));
    List<int[]> merged = new ArrayList<>();
    for (int[] s : spans) {
      int[] last = merged.isEmpty() ? null : merged.get(merged.size() - 1);
      if (last != null && s[0] <= last[1]) {
        last[1] = Math.max(last[1], s[1]);
      } else {
        merged.add(new int[] {s[0], s[1]});
      }
    }
    return merged;
  }

  /** The HTML snippet: escaped text, {@code <mark>} around each span, cut to a window when long. */
  public static String html(String text, List<int[]> spans) {
    int from = 0;
    int to = text.length();
    if (text.length() > MAX_CHARS) {
      from = spans.isEmpty() ? 0 : Math.max(0, spans.get(0)[0] - LEAD);
      to = Math.min(text.length(), from + MAX_CHARS);
      from = Math.max(0, Math.min(from, to - MAX_CHARS));
    }
    StringBuilder sb = new StringBuilder(to - from + 32);
    if (from > 0) sb.append('…');
    int at = from;
    for (int[] s : spans) {
      int start = Math.max(s[0], from);
      int end = Math.min(s[1], to);
      if (start >= end) continue;
      escape(text, at, start, sb);
      sb.append("<mark>");
      escape(text, start, end, sb);
      sb.append("</mark>");
      at = end;
    }
    escape(text, at, to, sb);
    if (to < text.length()) sb.append('…');
    return sb.toString();
  }

  /** The original wording of each span, distinct, in order: why the measure matched. */
  public static List<String> matched(String text, List<int[]> spans) {
    List<String> out = new ArrayList<>();
    for (int[] s : spans) {
      String m = text.substring(s[0], s[1]);
      if (!out.contains(m)) out.add(m);
    }
    return out;
  }

  static void escape(String text, int from, int to, StringBuilder sb) {
    for (int i = from; i < to; i++) {
      char c = text.charAt(i);
      switch (c) {
        case '&' -> sb.append("&amp;");
        case '<' -> sb.append("&lt;");
        case '>' -> sb.append("&gt;");
        case '"' -> sb.append("&quot;");
        case '\'' -> sb.append("&#39;");
        default -> sb.append(c);
      }
    }
  }

  /** HTML-escapes a whole string. */
  public static String escape(String text) {
    StringBuilder sb = new StringBuilder(text.length() + 16);
    escape(text, 0, text.length(), sb);
    return sb.toString();
  }
}
