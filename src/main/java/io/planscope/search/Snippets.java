package io.planscope.search;

import io.planscope.index.Analyzers;
import io.planscope.index.ExactText;
import io.planscope.index.Fields;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;

/**
 * Marks matches on the original text. Ranked tokens are found by running the same folding analyzer over the original
 * (its char filter keeps the length, so token offsets are offsets in the original, traditional or not); exact phrases
 * are found in {@link ExactText}'s folded form and mapped back through its offset table. Everything else is
 * HTML-escaped.
 */
public final class Snippets {
  /** Measures longer than this are cut to a window around the first match. */
  static final int MAX_CHARS = 220;

  static final int LEAD = 40;

  private Snippets() {}

  /** Match spans [start, end) on the original text, sorted and merged. */
  public static List<int[]> spans(String text, CompiledQuery.Highlight h) {
    List<int[]> spans = new ArrayList<>();
    Set<String> fallbackTokens = new HashSet<>();
    for (CompiledQuery.Highlight.Term t : h.terms()) {
      int before = spans.size();
      if (!t.phrase().isEmpty()) phraseSpans(text, List.of(t.phrase()), spans);
      if (spans.size() == before) fallbackTokens.addAll(t.tokens()); // matched through scattered tokens
    }
    if (!fallbackTokens.isEmpty()) tokenSpans(text, fallbackTokens, spans);
    return merge(spans);
  }

  /** Occurrences of folded phrases in a text, as original offsets. */
  public static void phraseSpans(String text, List<String> phrases, List<int[]> out) {
    ExactText exact = ExactText.of(text);
    String folded = exact.folded();
    for (String p : phrases) {
      for (int at = folded.indexOf(p); at >= 0; at = folded.indexOf(p, at + 1)) {
        out.add(new int[] {exact.originalStart(at), exact.originalEnd(at + p.length())});
      }
    }
  }

  private static void tokenSpans(String text, Set<String> tokens, List<int[]> out) {
    try (TokenStream ts = Analyzers.ranked().tokenStream(Fields.TEXT, text)) {
      CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
      OffsetAttribute offset = ts.addAttribute(OffsetAttribute.class);
      ts.reset();
      while (ts.incrementToken()) {
        if (tokens.contains(term.toString())) out.add(new int[] {offset.startOffset(), offset.endOffset()});
      }
      ts.end();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot analyze a measure for its snippet", e);
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
