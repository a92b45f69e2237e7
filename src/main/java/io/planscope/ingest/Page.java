package io.planscope.ingest;

import java.util.List;

/**
 * What a reader gives: the document's text as non-blank lines in reading order, and the title hints only markup
 * has.
 *
 * @param lines the text, one block (paragraph, list item, table cell, heading) per line, stripped
 * @param titleHints title candidates from markup, best first (an h1, then {@code <title>}); empty for plain text
 * @param removed lines the reader already dropped (e.g. text of {@code javascript:} links), with reasons
 * @param allLines every line of the page, also outside the main content (the "发布时间" line above an article),
 *     for metadata
 * @param outside the lines of {@code allLines} outside the main content, in page order: they feed metadata only,
 *     and {@code parse --explain} lists them so a user sees why they are not in a plan
 * @param warnings what the reader noticed and the user should see (text that did not decode), for every plan
 */
record Page(
    List<Line> lines,
    List<String> titleHints,
    List<RemovedLine> removed,
    List<Line> allLines,
    List<Line> outside,
    List<String> warnings) {
  Page {
    warnings = List.copyOf(warnings);
    lines = List.copyOf(lines);
    titleHints = List.copyOf(titleHints);
    removed = List.copyOf(removed);
    allLines = List.copyOf(allLines);
    outside = List.copyOf(outside);
  }

  Page(List<Line> lines, List<String> titleHints, List<RemovedLine> removed, List<Line> allLines, List<Line> outside) {
    this(lines, titleHints, removed, allLines, outside, List.of());
  }

  /** This page with the reader's warnings. */
  Page withWarnings(List<String> more) {
    if (more.isEmpty()) return this;
    List<String> all = new java.util.ArrayList<>(warnings);
    all.addAll(more);
    return new Page(lines, titleHints, removed, allLines, outside, all);
  }

  /** A page whose text is all content (plain text, docx, pdf). */
  static Page of(List<Line> lines) {
    return new Page(lines, List.of(), List.of(), lines, List.of());
  }

  /** Splits text into stripped, non-blank lines at \n, \r, \r\n, U+2028 and U+2029. */
  static List<Line> linesOf(String text) {
    List<Line> out = new java.util.ArrayList<>();
    int start = 0;
    for (int i = 0; i <= text.length(); i++) {
      if (i < text.length() && !isBreak(text.charAt(i))) continue;
      if (hasNonSpace(text, start, i)) out.add(Line.of(text.substring(start, i)).strip());
      start = i + 1;
    }
    return out;
  }

  private static boolean isBreak(char c) {
    return c == '\n' || c == '\r' || c == '\u2028' || c == '\u2029';
  }

  /** Whether [start, end) has a char {@link Line#strip} keeps: blank lines are not even normalized. */
  private static boolean hasNonSpace(String text, int start, int end) {
    for (int i = start; i < end; i++) {
      if (!Line.isSpace(text.charAt(i))) return true;
    }
    return false;
  }
}
