package io.planscope.ingest;

/**
 * A line being glued together from pieces, both forms in builders: joining n pieces costs their total length, where
 * {@code new Line(a.text() + b.text(), …)} in a loop copies the growing line once per piece (quadratic on a page of
 * thousands of short visual lines).
 */
final class LineBuilder {
  private final StringBuilder text = new StringBuilder();
  private final StringBuilder norm = new StringBuilder();

  LineBuilder(Line first) {
    append("", first);
  }

  LineBuilder append(String gap, Line line) {
    text.append(gap).append(line.text());
    norm.append(gap).append(line.norm());
    return this;
  }

  int length() {
    return norm.length();
  }

  /** The last char of the normalized form that is not a space, or 0 when there is none. */
  char lastNonSpace() {
    for (int i = norm.length() - 1; i >= 0; i--) if (!Character.isWhitespace(norm.charAt(i))) return norm.charAt(i);
    return 0;
  }

  char last() {
    return norm.charAt(norm.length() - 1);
  }

  Line toLine() {
    return new Line(text.toString(), norm.toString());
  }
}
