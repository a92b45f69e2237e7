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
 */
record Page(List<Line> lines, List<String> titleHints, List<RemovedLine> removed, List<Line> allLines) {
  Page {
    lines = List.copyOf(lines);
    titleHints = List.copyOf(titleHints);
    removed = List.copyOf(removed);
    allLines = List.copyOf(allLines);
  }

  /** A page whose text is all content (plain text, docx, pdf). */
  static Page of(List<Line> lines) {
    return new Page(lines, List.of(), List.of(), lines);
  }

  /** Splits text into stripped, non-blank lines. */
  static List<Line> linesOf(String text) {
    List<Line> out = new java.util.ArrayList<>();
    for (String raw : text.split("\r\n|\r|\n|\u2028|\u2029")) {
      Line line = Line.of(raw).strip();
      if (!line.text().isEmpty()) out.add(line);
    }
    return out;
  }
}
