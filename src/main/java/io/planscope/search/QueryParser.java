package io.planscope.search;

import io.planscope.index.Dimension;
import io.planscope.text.Fold;
import java.util.ArrayList;
import java.util.List;

/**
 * Recursive-descent parser of the query language:
 *
 * <pre>
 * query   := or EOF
 * or      := and ("OR" and)*
 * and     := unary+
 * unary   := "-" primary | primary
 * primary := "(" or ")" | '"' chars '"' | field ":" value | word
 * </pre>
 *
 * Full-width punctuation is folded first (（ ） ： ＂), and Chinese quotes “…” work like "…". A field is ASCII letters
 * followed by a colon; anything else with a colon ("目标:") is a word. Errors name the column. The fields are the
 * {@link Dimension}s.
 */
public final class QueryParser {
  /** Longer queries are refused: pasted paragraphs would expand past Lucene's clause limit. */
  public static final int MAX_LENGTH = 1000;

  private final String input;
  private final String q;
  private int pos;
  private int depth; // open '(' around the current position

  private QueryParser(String input) {
    this.input = input;
    char[] chars = input.toCharArray();
    for (int i = 0; i < chars.length; i++) chars[i] = Fold.normalizeChar(chars[i]);
    this.q = new String(chars);
  }

  /** Parses a query; blank means everything. Throws {@link QueryException} quoting the problem and its column. */
  public static QueryNode parse(String query) {
    if (query == null || query.isBlank()) return new QueryNode.All();
    if (query.length() > MAX_LENGTH) {
      throw new QueryException("the query is " + query.length() + " characters long; keep it under " + MAX_LENGTH
          + " (quote a shorter stretch of the wording)", MAX_LENGTH + 1);
    }
    QueryParser p = new QueryParser(query);
    QueryNode node = p.or();
    p.skipSpace();
    if (p.pos < p.q.length()) {
      throw p.error(p.q.charAt(p.pos) == ')' ? "unmatched ')'; remove it or add a '(' before" : "unexpected '"
          + p.q.charAt(p.pos) + "'", p.pos);
    }
    return node;
  }

  private QueryNode or() {
    List<QueryNode> parts = new ArrayList<>();
    skipSpace();
    if (atOr()) throw error("OR needs a term on its left, e.g. 课后服务 OR 托管", pos);
    parts.add(and());
    while (atOr()) {
      int at = pos;
      pos += 2;
      skipSpace();
      if (pos >= q.length() || q.charAt(pos) == ')' || atOr()) {
        throw error("OR needs a term on its right, e.g. 课后服务 OR 托管", at);
      }
      parts.add(and());
    }
    return parts.size() == 1 ? parts.get(0) : new QueryNode.Or(parts);
  }

  private QueryNode and() {
    List<QueryNode> parts = new ArrayList<>();
    while (true) {
      skipSpace();
      if (pos >= q.length() || q.charAt(pos) == ')' || atOr()) break;
      parts.add(unary());
    }
    if (parts.isEmpty()) {
      if (pos >= q.length()) throw error("the query ends too early", pos);
      throw error(depth == 0 ? "unmatched ')'; remove it or add a '(' before" : "empty parentheses; put a term inside",
          pos);
    }
    return parts.size() == 1 ? parts.get(0) : new QueryNode.And(parts);
  }

  private QueryNode unary() {
    if (q.charAt(pos) == '-') {
      int at = pos;
      pos++;
      if (pos >= q.length() || Character.isWhitespace(q.charAt(pos)) || q.charAt(pos) == ')') {
        throw error("'-' must be followed by the term to exclude, e.g. -幼儿园", at);
      }
      if (q.charAt(pos) == '-') throw error("'--' is not allowed; write one '-' before the term to exclude", at);
      return new QueryNode.Not(primary());
    }
    return primary();
  }

  private QueryNode primary() {
    char c = q.charAt(pos);
    if (c == '(') {
      int at = pos;
      pos++;
      skipSpace();
      if (pos < q.length() && q.charAt(pos) == ')') throw error("empty parentheses; put a term inside", at);
      depth++;
      QueryNode inner = or();
      depth--;
      skipSpace();
      if (pos >= q.length() || q.charAt(pos) != ')') throw error("'(' is never closed; add a ')'", at);
      pos++;
      return inner;
    }
    if (isQuote(c)) {
      int column = pos + 1;
      return new QueryNode.Phrase(quoted(), column);
    }
    return wordOrFilter();
  }

  private QueryNode wordOrFilter() {
    int start = pos;
    int colon = -1;
    while (pos < q.length() && !endsWord(q.charAt(pos))) {
      if (q.charAt(pos) == ':' && colon < 0) colon = pos;
      pos++;
    }
    if (colon > start && isFieldName(q.substring(start, colon))) {
      return filter(q.substring(start, colon), colon, start);
    }
    if (colon == start) throw error("':' needs a field name before it, e.g. region:浙江", start);
    return new QueryNode.Word(input.substring(start, pos), start + 1);
  }

  private QueryNode filter(String field, int colon, int start) {
    Dimension d = Dimension.find(field).orElseThrow(() -> error("unknown field '" + field + "'; use one of "
        + String.join(", ", Dimension.names()), start));
    pos = colon + 1;
    String value;
    if (pos < q.length() && isQuote(q.charAt(pos))) {
      value = quoted();
    } else {
      int vs = pos;
      while (pos < q.length() && !endsWord(q.charAt(pos))) pos++;
      value = q.substring(vs, pos);
    }
    if (value.isBlank()) throw error("'" + field + ":' needs a value, e.g. " + d.example(), start);
    return new QueryNode.Filter(d.id(), value.strip(), start + 1);
  }

  private String quoted() {
    int at = pos;
    pos++;
    int start = pos;
    while (pos < q.length() && !isQuote(q.charAt(pos))) pos++;
    if (pos >= q.length()) throw error("quote is never closed; add a closing '\"'", at);
    String text = input.substring(start, pos);
    pos++;
    if (text.isBlank()) throw error("empty quotes; put the exact wording inside, e.g. \"双减\"", at);
    return text;
  }

  private boolean atOr() {
    return q.startsWith("OR", pos)
        && (pos + 2 >= q.length() || Character.isWhitespace(q.charAt(pos + 2)) || q.charAt(pos + 2) == '(')
        && (pos == 0 || Character.isWhitespace(q.charAt(pos - 1)) || q.charAt(pos - 1) == ')');
  }

  private static boolean endsWord(char c) {
    return Character.isWhitespace(c) || c == '(' || c == ')' || isQuote(c);
  }

  private static boolean isQuote(char c) {
    return c == '"' || c == '“' || c == '”';
  }

  private static boolean isFieldName(String s) {
    return !s.isEmpty() && s.chars().allMatch(ch -> (ch >= 'a' && ch <= 'z') || (ch >= 'A' && ch <= 'Z'));
  }

  private void skipSpace() {
    while (pos < q.length() && Character.isWhitespace(q.charAt(pos))) pos++;
  }

  private QueryException error(String message, int at) {
    return new QueryException(message + " in query '" + input + "'", at + 1);
  }
}
